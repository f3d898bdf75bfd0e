package id.pkd.portal.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.pkd.portal.umum.PengaturanPkd;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost guard of {@code /api/**}, ahead of the token check:
 *
 * <ul>
 *   <li>a body larger than the limit is refused with 413 before it is read (by its declared length)
 *       or as soon as the limit is passed (a chunked body), since the endpoints read bodies whole;
 *   <li>whatever escapes everything behind it (the token check hitting a database that is down, a
 *       failure while the answer is written) becomes the API's JSON error with a reference id.
 *       Without this the servlet container would forward to its error page, which belongs to the
 *       Vaadin chain: an HTML page or a redirect to {@code /login}.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class BatasBadanApi {

    static final String PESAN_TERLALU_BESAR = "Badan permintaan terlalu besar: paling banyak %s.";

    /** Raised by the bounded body stream; an IOException so readers report it as unreadable input. */
    static final class BadanTerlaluBesarException extends IOException {
        BadanTerlaluBesarException(DataSize batas) {
            super(PESAN_TERLALU_BESAR.formatted(teks(batas)));
        }
    }

    @Bean
    FilterRegistrationBean<PenjagaApi> penjagaApi(ObjectMapper json, PengaturanPkd pengaturan) {
        FilterRegistrationBean<PenjagaApi> r = new FilterRegistrationBean<>(new PenjagaApi(
                json, pengaturan.api().badanMaks(), pengaturan.unggah().berkasMaks()));
        r.addUrlPatterns("/api/*");
        // Before Spring Security, whose failures (the token lookup) must reach the catch here.
        r.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        return r;
    }

    static String teks(DataSize batas) {
        return batas.toMegabytes() > 0 ? batas.toMegabytes() + " MB" : batas.toKilobytes() + " KB";
    }

    static final class PenjagaApi extends OncePerRequestFilter {

        private final ObjectMapper json;
        private final DataSize batasJson;
        private final DataSize batasMultipart;

        PenjagaApi(ObjectMapper json, DataSize batasJson, DataSize batasMultipart) {
            this.json = json;
            this.batasJson = batasJson;
            this.batasMultipart = batasMultipart;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            // A file upload (evidence) is bounded by the container's limit for one file, not the JSON limit: a
            // request no larger than that never exceeds the multipart limits while Spring reads it ahead of the
            // endpoint, where the endpoint could not answer for it.
            DataSize batas = multipart(request) ? batasMultipart : batasJson;
            if (request.getContentLengthLong() > batas.toBytes()) {
                // Tomcat then discards (a bounded part of) the unread body and closes the connection.
                ApiSecurityConfig.tulis(
                        json, response, new JawabanKesalahan(413, PESAN_TERLALU_BESAR.formatted(teks(batas))));
                return;
            }
            try {
                chain.doFilter(new BadanTerbatas(request, batas), response);
            } catch (Exception e) {
                if (response.isCommitted()) {
                    throw e;
                }
                response.resetBuffer();
                JawabanKesalahan jawaban = multipartTakTerbaca(e, batas);
                if (jawaban == null) {
                    jawaban = KesalahanApi.kesalahanServer(e);
                }
                if (jawaban.status() == 503) {
                    response.setHeader(HttpHeaders.RETRY_AFTER, KesalahanApi.COBA_LAGI_DETIK);
                }
                ApiSecurityConfig.tulis(json, response, jawaban);
            }
        }
    }

    static final String PESAN_MULTIPART_RUSAK = "Badan multipart/form-data tidak dapat dibaca.";

    /**
     * The answer for a multipart body Spring could not read before any endpoint was chosen (the parts are read ahead
     * of it, where the API's error handlers do not reach): the request's fault, 400, or 413 past the container's
     * limit on a body sent without its length. Null for any other failure.
     */
    static JawabanKesalahan multipartTakTerbaca(Throwable e, DataSize batas) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.springframework.web.multipart.MaxUploadSizeExceededException) {
                return new JawabanKesalahan(413, PESAN_TERLALU_BESAR.formatted(teks(batas)));
            }
            if (t instanceof org.springframework.web.multipart.MultipartException) {
                return new JawabanKesalahan(400, PESAN_MULTIPART_RUSAK);
            }
        }
        return null;
    }

    static boolean multipart(HttpServletRequest request) {
        String jenis = request.getContentType();
        return jenis != null && jenis.regionMatches(true, 0, "multipart/", 0, "multipart/".length());
    }

    /** The request with a body stream that fails once more than the limit has been read. */
    static final class BadanTerbatas extends HttpServletRequestWrapper {

        private final DataSize batas;
        private ServletInputStream aliran;

        BadanTerbatas(HttpServletRequest request, DataSize batas) {
            super(request);
            this.batas = batas;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (aliran == null) {
                aliran = new AliranTerbatas(super.getInputStream(), batas);
            }
            return aliran;
        }
    }

    static final class AliranTerbatas extends ServletInputStream {

        private final ServletInputStream asal;
        private final DataSize batas;
        private long terbaca;

        AliranTerbatas(ServletInputStream asal, DataSize batas) {
            this.asal = asal;
            this.batas = batas;
        }

        @Override
        public int read() throws IOException {
            int b = asal.read();
            if (b >= 0) {
                hitung(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = asal.read(b, off, len);
            if (n > 0) {
                hitung(n);
            }
            return n;
        }

        private void hitung(int n) throws BadanTerlaluBesarException {
            terbaca += n;
            if (terbaca > batas.toBytes()) {
                throw new BadanTerlaluBesarException(batas);
            }
        }

        @Override
        public boolean isFinished() {
            return asal.isFinished();
        }

        @Override
        public boolean isReady() {
            return asal.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            asal.setReadListener(listener);
        }
    }
}
