package id.pkd.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs in over plain HTTP as a browser would (the sign-in page's session and CSRF token, then the form post) and
 * reads pages with the session cookie, for tests of sessions, lockout and the second factor.
 */
public final class MasukHttpUji {

    private final int port;
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public MasukHttpUji(int port) {
        this.port = port;
    }

    /** The session cookie of a sign-in the password let through (fully, or to the second-factor step). */
    public String masuk(String nama, String sandi) throws Exception {
        HttpResponse<String> halaman = get("/login", null);
        String sesi = cookieSesi(halaman);
        Matcher token =
                Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(halaman.body());
        assertThat(token.find()).isTrue();
        String isi = "username=" + nama + "&password=" + URLEncoder.encode(sandi, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> masuk = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", sesi)
                        .POST(HttpRequest.BodyPublishers.ofString(isi))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(masuk.statusCode()).isEqualTo(302);
        assertThat(masuk.headers().firstValue("Location").orElse("")).doesNotContain("login", "error");
        return cookieSesi(masuk);
    }

    public HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public static String cookieSesi(HttpResponse<?> r) {
        String setCookie = r.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + r.headers()));
        return setCookie.substring(0, setCookie.indexOf(';'));
    }
}
