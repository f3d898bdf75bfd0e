package id.pkd.portal.keamanan;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.RequestUtil;
import id.pkd.portal.pengguna.PenggunaService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

@Configuration
@EnableMethodSecurity(securedEnabled = true)
class SecurityConfig {

    /**
     * Vaadin's own CSRF setup exempts the login path from Spring Security's CSRF check, so a sign-in could be
     * posted from any site without a token. It is switched off and replaced by the same exemption minus the login
     * path: Vaadin's internal requests keep their own token (the UIDL security key), while the sign-in form
     * carries Spring's token, which {@code vaadin-login-form} reads from the {@code _csrf} meta tags that Flow's
     * bootstrap page writes.
     */
    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequest) throws Exception {
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequest::isFrameworkInternalRequest));
        // Every signed-in session is registered (no limit on their number), so a deactivation or role change can
        // end the user's open sessions at once (PengakhirSesi); an ended session is sent to the sign-in page.
        http.sessionManagement(sesi ->
                sesi.maximumSessions(-1).sessionRegistry(sessionRegistry()).expiredUrl("/login"));
        // A sign-in still missing its second factor reaches only the second-factor pages.
        http.addFilterBefore(new PenjagaFaktorKedua(vaadinRequest), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the registry when a session ends, so it does not keep ended sessions forever. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
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
