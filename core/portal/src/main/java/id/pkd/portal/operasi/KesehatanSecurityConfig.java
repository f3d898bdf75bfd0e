package id.pkd.portal.operasi;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The load balancer asks {@code /actuator/health/**} without a session: no sign-in, no CSRF token, no session
 * created by its checks. Anonymous callers see the status (and readiness its components) but no details; the
 * other actuator endpoints are not exposed over HTTP at all (management.endpoints.web.exposure.include).
 */
@Configuration(proxyBeanMethods = false)
class KesehatanSecurityConfig {

    @Bean
    @Order(3)
    SecurityFilterChain kesehatanSecurityFilterChain(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder jalur = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(
                        new OrRequestMatcher(jalur.matcher("/actuator/health"), jalur.matcher("/actuator/health/**")))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable);
        return http.build();
    }
}
