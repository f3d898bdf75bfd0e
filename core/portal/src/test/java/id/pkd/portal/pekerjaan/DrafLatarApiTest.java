package id.pkd.portal.pekerjaan;

import static org.assertj.core.api.Assertions.assertThat;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.api.ApiTokenService;
import id.pkd.portal.api.HakToken;
import id.pkd.portal.pengguna.Peran;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A draft queued over the API (POST …/draf) is a job row like the Susun Dokumen screen's: 202 with where to follow
 * it, its progress at /api/v1/pekerjaan/{id}, its file when done, and only for the token that queued it.
 */
class DrafLatarApiTest extends PortalIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    private final HttpClient klien = HttpClient.newHttpClient();

    @Test
    void drafDiantrekanDiikutiLaluDiunduhOlehPengajunyaSaja() throws Exception {
        String token = sebagai(Peran.ADMIN_DAERAH, "63.11", () -> tokens.buat("Uji draf latar", HakToken.BACA_TULIS))
                .teks();
        String tokenBaca = sebagai(Peran.ADMIN_DAERAH, "63.11", () -> tokens.buat("Uji draf latar baca", HakToken.BACA))
                .teks();
        HttpResponse<String> subjek = kirim("GET", "/api/v1/dokumen/LKIP/2022/subjek", token);
        assertThat(subjek.statusCode()).isEqualTo(200);
        Matcher m = Pattern.compile("\"kode\"\\s*:\\s*\"([^\"]+)\"").matcher(subjek.body());
        assertThat(m.find()).isTrue();
        String kode = m.group(1);

        assertThat(kirim("POST", "/api/v1/dokumen/LKIP/2022/draf?subjek=tidak-ada", token)
                        .statusCode())
                .isEqualTo(404);
        assertThat(kirim("POST", "/api/v1/dokumen/LKIP/2022/draf?subjek=" + kode, tokenBaca)
                        .statusCode())
                .as("token baca saja tidak mengantrekan")
                .isEqualTo(403);

        HttpResponse<String> antre = kirim("POST", "/api/v1/dokumen/LKIP/2022/draf?subjek=" + kode, token);
        assertThat(antre.statusCode()).as(antre.body()).isEqualTo(202);
        String lokasi = antre.headers().firstValue("Location").orElseThrow();
        assertThat(lokasi).matches("/api/v1/pekerjaan/\\d+");
        assertThat(antre.body()).contains("\"jenis\":\"SUSUN_DRAF\"");

        String status = "";
        for (int i = 0; i < 600 && !status.equals("SELESAI") && !status.equals("GAGAL"); i++) {
            HttpResponse<String> r = kirim("GET", lokasi, token);
            assertThat(r.statusCode()).isEqualTo(200);
            Matcher s = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z]+)\"").matcher(r.body());
            assertThat(s.find()).isTrue();
            status = s.group(1);
            if (status.equals("SELESAI")) {
                assertThat(r.body()).contains("\"kemajuan\":100");
            } else {
                Thread.sleep(200);
            }
        }
        assertThat(status).isEqualTo("SELESAI");
        HttpResponse<byte[]> berkas = klien.send(
                permintaan("GET", lokasi + "/berkas", token).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(berkas.statusCode()).isEqualTo(200);
        assertThat(berkas.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(berkas.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        // Another token of the same region sees neither the job nor its file.
        assertThat(kirim("GET", lokasi, tokenBaca).statusCode()).isEqualTo(404);
        assertThat(kirim("GET", lokasi + "/berkas", tokenBaca).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> kirim(String metode, String jalur, String token) throws Exception {
        return klien.send(permintaan(metode, jalur, token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder permintaan(String metode, String jalur, String token) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + jalur))
                .header("Authorization", "Bearer " + token)
                .method(metode, HttpRequest.BodyPublishers.noBody());
    }
}
