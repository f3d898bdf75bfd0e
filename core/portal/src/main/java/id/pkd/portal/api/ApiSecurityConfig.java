package id.pkd.portal.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The API's own security, ahead of the Vaadin chain: stateless, bearer tokens only, no session,
 * no login form, no CSRF (no cookie authenticates an API request). Reading needs {@value
 * AkunApi#ROLE_BACA}; any other method needs {@value AkunApi#ROLE_TULIS}. The OpenAPI description
 * and Swagger UI are public.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfig {

    /** Paths of the Spring MVC dispatcher; the Vaadin servlet is registered beside it. */
    private static final PathPatternRequestMatcher.Builder API = PathPatternRequestMatcher.withDefaults();

    static final String PESAN_TANPA_TOKEN = "Token API tidak ada, tidak dikenal atau sudah dicabut.";
    static final String PESAN_TANPA_HAK = "Token API ini tidak berhak melakukan permintaan ini.";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(
            HttpSecurity http,
            ApiTokenService tokens,
            ObjectMapper json,
            ObjectProvider<SecurityContextHolderStrategy> strategi)
            throws Exception {
        String peranBaca = AkunApi.ROLE_BACA.substring("ROLE_".length());
        String peranTulis = AkunApi.ROLE_TULIS.substring("ROLE_".length());
        http.securityMatcher(API.matcher("/api/**"))
                .authorizeHttpRequests(a -> a.requestMatchers(API.matcher(HttpMethod.GET, "/api/**"))
                        .hasRole(peranBaca)
                        .requestMatchers(API.matcher(HttpMethod.HEAD, "/api/**"))
                        .hasRole(peranBaca)
                        .anyRequest()
                        .hasRole(peranTulis))
                .addFilterBefore(
                        new TokenApiFilter(
                                tokens, strategi.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)),
                        AnonymousAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                            tulis(json, response, new JawabanKesalahan(401, PESAN_TANPA_TOKEN));
                        })
                        .accessDeniedHandler((request, response, ex) ->
                                tulis(json, response, new JawabanKesalahan(403, PESAN_TANPA_HAK))));
        return http.build();
    }

    /** The OpenAPI description and Swagger UI: readable without a token, so clients can discover the API. */
    @Bean
    @Order(2)
    SecurityFilterChain dokumentasiApiSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(new OrRequestMatcher(
                        API.matcher("/v3/api-docs"),
                        API.matcher("/v3/api-docs/**"),
                        API.matcher("/swagger-ui/**"),
                        API.matcher("/swagger-ui.html")))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable);
        return http.build();
    }

    static void tulis(ObjectMapper json, HttpServletResponse response, JawabanKesalahan jawaban) throws IOException {
        response.setStatus(jawaban.status());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), jawaban);
    }
}
