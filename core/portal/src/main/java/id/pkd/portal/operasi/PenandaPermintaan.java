package id.pkd.portal.operasi;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id, first of all filters, so each log line of the request (the security chain's too)
 * carries it: the proxy's {@code X-Request-Id} when it sent a sane one (HAProxy's unique-id, so one id spans proxy
 * and portal logs), else a new one. Bounded to 64 letters, digits and {@code .-_:} because the header comes from
 * anyone and ends up in the logs. Echoed in the response so a user's report names the request.
 */
class PenandaPermintaan extends OncePerRequestFilter {

    static final String KEPALA = "X-Request-Id";
    static final String MDC_PERMINTAAN = "requestId";
    private static final Pattern SAH = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String dikirim = request.getHeader(KEPALA);
        String id = dikirim != null && SAH.matcher(dikirim).matches()
                ? dikirim
                : UUID.randomUUID().toString();
        MDC.put(MDC_PERMINTAAN, id);
        response.setHeader(KEPALA, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_PERMINTAAN);
        }
    }
}
