package id.pkd.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pkd.portal.ProksiTcp;
import id.pkd.portal.TestMariaDb;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The walk-through of issue 11 ("when the database drops a connection the API answers 200 with the Vaadin HTML
 * page; after 30 s of outage every API call is a 302 to /login"), repeated on a real outage: the portal reaches
 * MariaDB through a relay that the test cuts. Every API call then answers 503 in JSON with Retry-After, for reads,
 * writes and token checks alike, and the portal serves again as soon as the database is back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiSaatDatabaseMatiTest {

    static final String TOKEN = "pkd_demo_balangan_00000000000000000000000000";

    static ProksiTcp proksi;

    @DynamicPropertySource
    static void melaluiProksi(DynamicPropertyRegistry registry) throws Exception {
        TestMariaDb db = TestMariaDb.get();
        URI asli = URI.create(db.jdbcUrl().substring("jdbc:".length()));
        proksi = new ProksiTcp(asli.getPort());
        registry.add("spring.datasource.url", () -> db.jdbcUrl()
                .replace(":" + asli.getPort() + "/", ":" + proksi.port() + "/"));
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
        // A short wait for a connection, so the outage is seen within the test instead of after Hikari's 30 s.
        registry.add("spring.datasource.hikari.connection-timeout", () -> "1500");
        registry.add("spring.datasource.hikari.validation-timeout", () -> "1000");
        registry.add("pkd.demo.seed", () -> "true");
        registry.add(
                "pkd.data-dir",
                () -> Path.of("target", "test-data").toAbsolutePath().toString());
        registry.add("pkd.plugins-dir", () -> Path.of(System.getProperty("pkd.plugins.dir", "target/plugins"))
                .toAbsolutePath()
                .toString());
    }

    @AfterAll
    static void tutup() throws Exception {
        proksi.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void basisDataPutusDijawab503JsonLaluPulihSendiri() throws Exception {
        assertThat(kirim("GET", "/api/v1/capaian/2022", null).statusCode()).isEqualTo(200);

        proksi.putus();
        try {
            for (var permintaan : new String[][] {
                {"GET", "/api/v1/capaian/2022", null},
                {"GET", "/api/v1/rencana/2022", null},
                {"PUT", "/api/v1/realisasi/2022/1.06.0.00.0.00.01.0000/IKU-1", "{\"nilai\": 70}"},
            }) {
                HttpResponse<String> j = kirim(permintaan[0], permintaan[1], permintaan[2]);
                assertThat(j.statusCode()).as(permintaan[1]).isEqualTo(503);
                assertThat(j.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
                assertThat(j.headers().firstValue("Retry-After")).hasValue(KesalahanApi.COBA_LAGI_DETIK);
                JsonNode isi = json.readTree(j.body());
                assertThat(isi.get("status").asInt()).isEqualTo(503);
                assertThat(isi.get("pesan").asText()).isEqualTo(KesalahanApi.PESAN_LAYANAN_GANGGUAN);
                assertThat(isi.get("referensi").asText()).matches("[0-9a-f]{12}");
            }
        } finally {
            proksi.sambung();
        }

        // Recovers by itself: the pool replaces its broken connections as requests come. On a loaded machine the
        // first request after the reconnect can still time out waiting for a new connection (503), so it is
        // allowed a few tries over at most 30 s.
        int status = 0;
        for (long batas = System.nanoTime() + 30_000_000_000L; status != 200 && System.nanoTime() < batas; ) {
            status = kirim("GET", "/api/v1/capaian/2022", null).statusCode();
            if (status != 200) {
                Thread.sleep(500);
            }
        }
        assertThat(status).isEqualTo(200);
    }

    private HttpResponse<String> kirim(String metode, String jalur, String badan) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + jalur))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Accept", "application/json");
        if (badan == null) {
            b.method(metode, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(metode, HttpRequest.BodyPublishers.ofString(badan));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
