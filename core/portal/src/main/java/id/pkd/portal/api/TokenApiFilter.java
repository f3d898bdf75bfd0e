package id.pkd.portal.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API request by its {@code Authorization: Bearer <token>} header. A request
 * without a valid token stays anonymous and the API's rules then answer 401. The token itself is
 * only hashed, never logged.
 */
final class TokenApiFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokenService tokens;
    private final SecurityContextHolderStrategy konteks;

    /**
     * @param konteks the strategy Spring Security's own filters use: Vaadin 25 registers its strategy as a bean
     *     and makes it the global one only after all singletons exist, so the global one is not it yet here
     */
    TokenApiFilter(ApiTokenService tokens, SecurityContextHolderStrategy konteks) {
        this.tokens = tokens;
        this.konteks = konteks;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            tokens.autentikasi(header.substring(BEARER.length()).strip()).ifPresent(akun -> {
                SecurityContext ctx = konteks.createEmptyContext();
                ctx.setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(akun, null, akun.authorities()));
                konteks.setContext(ctx);
            });
        }
        chain.doFilter(request, response);
    }
}
