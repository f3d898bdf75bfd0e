package id.pkd.portal.keamanan;

import static org.assertj.core.api.Assertions.assertThat;

import id.pkd.portal.PortalIntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Headers and proxies over real HTTP: the security headers on a page and on the API, HSTS and a Secure session
 * cookie only when a TLS proxy says the request came over https, SameSite set explicitly, and a sign-in that is
 * refused without the CSRF token but accepted with the token the login page carries.
 */
class KepalaKeamananTest extends PortalIntegrationTest {

    private static final String TOKEN_KOBAR = "pkd_demo_kobar_00000000000000000000000000000";
    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void halamanDanApiMembawaCspReferrerPolicyDanPermissionsPolicy() throws Exception {
        HttpResponse<String> halaman = get("/login", List.of());
        HttpResponse<String> api = get("/api/v1/daerah", List.of("Authorization", "Bearer " + TOKEN_KOBAR));
        HttpResponse<String> dokumentasi = get("/v3/api-docs", List.of());
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(dokumentasi.statusCode()).isEqualTo(200);
        // One chain each: the Vaadin pages, the API, the OpenAPI description.
        for (HttpResponse<String> r : List.of(halaman, api, dokumentasi)) {
            assertThat(r.headers().firstValue("Content-Security-Policy"))
                    .as(r.uri().getPath())
                    .hasValue(KepalaKeamananConfigurer.CSP);
            assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("frame-ancestors 'self'", "object-src 'none'", "script-src 'self' 'unsafe-inline'");
            assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
            assertThat(r.headers().firstValue("Permissions-Policy"))
                    .hasValue("camera=(), microphone=(), geolocation=()");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            // Plain HTTP (no proxy): HSTS would mean nothing and is not sent.
            assertThat(r.headers().firstValue("Strict-Transport-Security")).isEmpty();
        }
    }

    @Test
    void dibelakangProksiTlsCookieSesiSecureSameSiteLaxDanHsts() throws Exception {
        HttpResponse<String> https = get("/login", List.of("X-Forwarded-Proto", "https"));
        String cookie = cookieSesi(https);
        assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Lax");
        assertThat(https.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(v -> assertThat(v).contains("max-age="));
        // A redirect behind the proxy points at https, not at the proxy's plain-HTTP side.
        HttpResponse<String> alihkan =
                get("/", List.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "kinerja.contoh.go.id"));
        assertThat(alihkan.statusCode()).isEqualTo(302);
        assertThat(alihkan.headers().firstValue("Location")).hasValue("https://kinerja.contoh.go.id/login");

        HttpResponse<String> polos = get("/login", List.of());
        String cookiePolos = cookieSesi(polos);
        assertThat(cookiePolos).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void masukTanpaTokenCsrfDitolakDenganTokenDariHalamanMasukDiterima() throws Exception {
        HttpResponse<String> halaman = get("/login", List.of());
        String sesi = nilaiCookie(cookieSesi(halaman));
        Matcher token = META_CSRF.matcher(halaman.body());
        assertThat(token.find())
                .as("the login page carries the CSRF token for vaadin-login-form")
                .isTrue();

        HttpResponse<String> tanpaToken = postMasuk(sesi, null);
        String keTanpaToken = tanpaToken.headers().firstValue("Location").orElse("");
        // Refused before the credentials are looked at: 403, shown through the error page as a way back to the
        // login page (not "/login?error", which a wrong password gives; not "/", which a sign-in gives).
        assertThat(tanpaToken.statusCode()).as("Location %s", keTanpaToken).isIn(302, 403);
        if (tanpaToken.statusCode() == 302) {
            assertThat(keTanpaToken).endsWith("/login");
        }
        // The session is still anonymous.
        assertThat(get("/", List.of("Cookie", sesi)).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        HttpResponse<String> denganToken = postMasuk(sesi, token.group(1));
        String keDenganToken = denganToken.headers().firstValue("Location").orElse("");
        assertThat(denganToken.statusCode()).isEqualTo(302);
        assertThat(keDenganToken).doesNotContain("login").doesNotContain("error");
        // Signed in: the new session (a sign-in changes the id) opens the portal.
        String sesiMasuk = nilaiCookie(cookieSesi(denganToken));
        assertThat(get("/", List.of("Cookie", sesiMasuk)).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> postMasuk(String cookie, String csrf) throws IOException, InterruptedException {
        String isi = "username=pengamat.kobar&password=demo12345"
                + (csrf == null ? "" : "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", cookie)
                        .POST(HttpRequest.BodyPublishers.ofString(isi))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, List<String> header) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i < header.size(); i += 2) {
            b.header(header.get(i), header.get(i + 1));
        }
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookieSesi(HttpResponse<?> r) {
        return r.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie on " + r.uri() + ": " + r.headers()));
    }

    private static String nilaiCookie(String setCookie) {
        return setCookie.substring(0, setCookie.indexOf(';'));
    }
}
