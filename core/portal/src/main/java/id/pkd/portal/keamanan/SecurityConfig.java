package id.pkd.portal.keamanan;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import id.pkd.portal.pengguna.PenggunaService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
@EnableMethodSecurity(securedEnabled = true)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(PenggunaService pengguna) {
        return username -> pengguna.akunUntukMasuk(username.strip().toLowerCase())
                .map(a -> new AkunPengguna(
                        a.username(),
                        a.passwordHash(),
                        a.namaLengkap(),
                        a.peran(),
                        a.tenantId().map(t -> t.value()).orElse(null),
                        a.aktif()))
                .orElseThrow(() -> new UsernameNotFoundException("Pengguna tidak dikenal"));
    }
}
