package id.pkd.portal.operasi;

import id.pkd.portal.pengguna.AkunMasuk;
import id.pkd.portal.pengguna.PenggunaService;
import id.pkd.portal.tenant.TenantId;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * HTTP 429 with Retry-After, before the security chain does any work, for the sign-in POST (per address and per
 * tenant of the account named) and for opening the public verification page ({@code /verifikasi},
 * {@code /verifikasi/<token>}: per address). Uploads on that page and second-factor codes are Vaadin requests,
 * limited in their views with the same buckets.
 */
class FilterBatasLaju extends OncePerRequestFilter {

    private final BatasLaju batas;
    private final PenggunaService pengguna;

    FilterBatasLaju(BatasLaju batas, PenggunaService pengguna) {
        this.batas = batas;
        this.pengguna = pengguna;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String jalur =
                request.getRequestURI().substring(request.getContextPath().length());
        BatasLaju.Hasil hasil = null;
        if ("POST".equals(request.getMethod()) && "/login".equals(jalur)) {
            hasil = batas.ambil(BatasLaju.Jenis.MASUK, request.getRemoteAddr(), tenantAkun(request));
        } else if ("GET".equals(request.getMethod())
                && (jalur.equals("/verifikasi") || jalur.startsWith("/verifikasi/"))
                && request.getParameter("v-r") == null) {
            hasil = batas.ambil(BatasLaju.Jenis.VERIFIKASI, request.getRemoteAddr(), Optional.empty());
        }
        if (hasil != null && !hasil.diizinkan()) {
            tolak(response, hasil);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The tenant of the account being signed in to, so many addresses together cannot try one region's users. */
    private Optional<TenantId> tenantAkun(HttpServletRequest request) {
        String username = request.getParameter("username");
        if (username == null || username.isBlank() || username.length() > 200) {
            return Optional.empty();
        }
        return pengguna.akunUntukMasuk(username.strip().toLowerCase()).flatMap(AkunMasuk::tenantId);
    }

    static void tolak(HttpServletResponse response, BatasLaju.Hasil hasil) throws IOException {
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(hasil.tungguDetik()));
        response.setContentType("text/html;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>Terlalu banyak"
                        + " permintaan | Portal Kinerja Daerah</title></head><body><h1>Terlalu banyak permintaan</h1>"
                        + "<p>" + HtmlUtils.htmlEscape(hasil.pesan()) + "</p><p><a href=\"/\">Kembali ke Portal"
                        + " Kinerja Daerah</a></p></body></html>");
    }
}
