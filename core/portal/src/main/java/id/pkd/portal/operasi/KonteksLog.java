package id.pkd.portal.operasi;

import id.pkd.portal.tenant.MilikTenant;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the signed-in user and their tenant into the log context. Runs after the security chain has restored the
 * session's authentication and before the servlets, so the lines of a Vaadin request (UIDL, upload) and of an API
 * call name who did it; a second-factor sign-in in progress counts as its user.
 */
class KonteksLog extends OncePerRequestFilter {

    static final String MDC_TENANT = "tenant";
    static final String MDC_PENGGUNA = "pengguna";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && !(auth instanceof AnonymousAuthenticationToken)) {
            MDC.put(MDC_PENGGUNA, auth.getName());
            if (auth.getPrincipal() instanceof MilikTenant akun) {
                akun.tenantId().ifPresent(t -> MDC.put(MDC_TENANT, Long.toString(t.value())));
            }
        }
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_PENGGUNA);
            MDC.remove(MDC_TENANT);
        }
    }
}
