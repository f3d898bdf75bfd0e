package id.pkd.portal.keamanan;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a partial sign-in ({@link AutentikasiSebagian}) on the second-factor pages: every other request of the
 * portal's pages (a view URL, a download of a generated document under {@code /VAADIN/dynamic/}) is sent there.
 * What the code page itself needs passes: Vaadin's internal requests and its static resources, sign-in and
 * sign-out, pages anyone may open. Navigation inside the running application is guarded by {@link
 * PemanduFaktorKedua}. The API has its own stateless chain, where no session counts.
 */
class PenjagaFaktorKedua extends OncePerRequestFilter {

    private final RequestUtil vaadin;
    private final List<RequestMatcher> sumberUmum;

    PenjagaFaktorKedua(RequestUtil vaadin) {
        this.vaadin = vaadin;
        this.sumberUmum = Stream.of(HandlerHelper.getPublicResources(), HandlerHelper.getPublicResourcesRoot())
                .flatMap(pola -> Arrays.stream(RequestUtil.antMatchers(pola)))
                .toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest permintaan, HttpServletResponse jawaban, FilterChain rantai)
            throws ServletException, IOException {
        var sebagian = AutentikasiSebagian.saatIni();
        if (sebagian.isPresent() && !boleh(permintaan, sebagian.get())) {
            jawaban.sendRedirect(
                    permintaan.getContextPath() + "/" + sebagian.get().halaman());
            return;
        }
        rantai.doFilter(permintaan, jawaban);
    }

    private boolean boleh(HttpServletRequest permintaan, AutentikasiSebagian sebagian) {
        String jalur =
                permintaan.getRequestURI().substring(permintaan.getContextPath().length());
        // Only its own page: an enrolled account cannot enrol a new secret in place of proving the old one.
        if (jalur.equals("/" + sebagian.halaman()) || jalur.equals("/login") || jalur.equals("/logout")) {
            return true;
        }
        if (jalur.startsWith("/VAADIN/")) {
            return !jalur.startsWith("/VAADIN/dynamic/");
        }
        return vaadin.isFrameworkInternalRequest(permintaan)
                || vaadin.isAnonymousRoute(permintaan)
                || sumberUmum.stream().anyMatch(m -> m.matches(permintaan));
    }
}
