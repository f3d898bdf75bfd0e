package id.pkd.klaster;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like HTTP client (its own cookies) and the portal's API calls the test makes. */
final class Http {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    final CookieManager kue = new CookieManager();
    private final HttpClient klien = HttpClient.newBuilder()
            .cookieHandler(kue)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    HttpResponse<String> get(String url, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return klien.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> unduh(String url, String token) throws IOException, InterruptedException {
        return klien.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> kirim(String metode, String url, String token, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(300))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(
                        metode,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return klien.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts one file as the multipart/form-data part {@code bagian}, as a data integration uploads evidence. */
    HttpResponse<String> unggah(String url, String token, String bagian, String nama, byte[] isi)
            throws IOException, InterruptedException {
        String batas = "----pkd-klaster-" + System.nanoTime();
        java.io.ByteArrayOutputStream badan = new java.io.ByteArrayOutputStream();
        badan.write(("--" + batas + "\r\nContent-Disposition: form-data; name=\"" + bagian + "\"; filename=\"" + nama
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        badan.write(isi);
        badan.write(("\r\n--" + batas + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return klien.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + batas)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(badan.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Signs in on the portal's login page as a browser does: the form posts the CSRF token that Flow writes into
     * the page's meta tags. Answers where the portal sent the browser afterwards.
     */
    String masuk(String dasar, String pengguna, String kataSandi) throws IOException, InterruptedException {
        HttpResponse<String> halaman = get(dasar + "/login", null);
        Matcher m = CSRF.matcher(halaman.body());
        if (!m.find()) {
            throw new IllegalStateException("Halaman masuk tanpa token CSRF (status " + halaman.statusCode() + ")");
        }
        String form = "username=" + enc(pengguna) + "&password=" + enc(kataSandi) + "&_csrf=" + enc(m.group(1));
        HttpResponse<String> r = klien.send(
                HttpRequest.newBuilder(URI.create(dasar + "/login"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return r.headers().firstValue("Location").orElse("(status " + r.statusCode() + ")");
    }

    /** The value of a cookie this client holds, e.g. HAProxy's PKD_NODE. */
    Optional<String> cookie(String nama) {
        return kue.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(nama))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    static String teks(String json, String kunci) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(kunci) + "\"\\s*:\\s*\"([^\"]*)\"")
                .matcher(json);
        return m.find() ? m.group(1) : null;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
