package id.pkd.portal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pkd.portal.PortalIntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The walk-throughs of issue 11 that took the API out of its JSON contract, repeated over real HTTP
 * with Balangan's demo token: every one is now a JSON error with the right status and nothing is
 * read beyond the limits. The requests are all refused, so no demo figure moves.
 */
class BatasApiTest extends PortalIntegrationTest {

    static final String TOKEN_BALANGAN = "pkd_demo_balangan_00000000000000000000000000";
    static final int MB = 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    final HttpClient http = HttpClient.newHttpClient();

    record Jawaban(int status, String contentType, JsonNode json) {}

    @Test
    void jsonBersarang1001TingkatDitolak422() throws Exception {
        String dalam = "[".repeat(1001) + "]".repeat(1001);
        Jawaban j = kirim("PUT", "/api/v1/rencana", "application/json", "{\"perangkatDaerah\":" + dalam + "}");
        assertThat(j.status()).isEqualTo(422);
        assertThat(j.contentType()).startsWith("application/json");
        assertThat(j.json().get("status").asInt()).isEqualTo(422);
        assertThat(j.json().toString()).contains("bersarang terlalu dalam");
    }

    @Test
    void objectMapperPortalMembatasiKedalaman() throws Exception {
        String dalam = "[".repeat(BatasJson.KEDALAMAN_MAKS + 1) + "]".repeat(BatasJson.KEDALAMAN_MAKS + 1);
        assertThatThrownBy(() -> json.readTree(dalam)).isInstanceOf(StreamConstraintsException.class);
        String cukup = "[".repeat(BatasJson.KEDALAMAN_MAKS) + "]".repeat(BatasJson.KEDALAMAN_MAKS);
        assertThat(json.readTree(cukup).isArray()).isTrue();
    }

    @Test
    void badan25MbDenganPanjangDinyatakanDitolak413TanpaDibaca() throws Exception {
        // A raw socket: the server answers after the headers and the first part of the body, and
        // closes the connection instead of reading 25 MB, which a normal client reports as an error.
        try (Socket s = new Socket("localhost", port)) {
            s.setSoTimeout(30_000);
            OutputStream keluar = s.getOutputStream();
            keluar.write(("PUT /api/v1/rencana HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TOKEN_BALANGAN
                            + "\r\nContent-Type: application/json\r\nContent-Length: " + (25 * MB)
                            + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] potongan = new byte[64 * 1024];
            Arrays.fill(potongan, (byte) ' ');
            keluar.write(potongan);
            keluar.flush();
            String jawaban = new String(bacaSampaiTutup(s.getInputStream()), StandardCharsets.UTF_8);
            assertThat(jawaban).startsWith("HTTP/1.1 413");
            assertThat(jawaban).containsIgnoringCase("Content-Type: application/json");
            String badan = jawaban.substring(jawaban.indexOf("\r\n\r\n") + 4);
            JsonNode isi = json.readTree(badan.substring(badan.indexOf('{'), badan.lastIndexOf('}') + 1));
            assertThat(isi.get("status").asInt()).isEqualTo(413);
            assertThat(isi.get("pesan").asText()).isEqualTo("Badan permintaan terlalu besar: paling banyak 5 MB.");
        }
    }

    @Test
    void badanBerpotonganMelebihiBatasDitolak413() throws Exception {
        // No Content-Length (chunked): the limit is enforced while the endpoint reads.
        byte[] besar = new byte[6 * MB];
        Arrays.fill(besar, (byte) ' ');
        besar[0] = '{';
        HttpRequest r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/rencana"))
                .header("Authorization", "Bearer " + TOKEN_BALANGAN)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(besar)))
                .build();
        Jawaban j = jawaban(http.send(r, HttpResponse.BodyHandlers.ofString()));
        assertThat(j.status()).isEqualTo(413);
        assertThat(j.json().get("pesan").asText()).isEqualTo("Badan permintaan terlalu besar: paling banyak 5 MB.");
    }

    @Test
    void contentTypeBukanJsonDitolak415() throws Exception {
        Jawaban j = kirim("PUT", "/api/v1/realisasi/2024/1.02.0.00.0.00.01.0000/IKU-1", "text/plain", "{\"nilai\": 1}");
        assertThat(j.status()).isEqualTo(415);
        assertThat(j.contentType()).startsWith("application/json");
        assertThat(j.json().get("pesan").asText()).isEqualTo("Badan permintaan harus berjenis application/json.");

        Jawaban rencana = kirim("PUT", "/api/v1/rencana", "text/plain", "{}");
        assertThat(rencana.status()).isEqualTo(415);
    }

    @Test
    void alamatSalahTetap404Json() throws Exception {
        Jawaban get = kirim("GET", "/api/v1/tidak-ada", null, null);
        assertThat(get.status()).isEqualTo(404);
        assertThat(get.contentType()).startsWith("application/json");
        assertThat(get.json().get("status").asInt()).isEqualTo(404);

        Jawaban put = kirim("PUT", "/api/v9/apa/saja", "text/plain", "x");
        assertThat(put.status()).isEqualTo(404);
        assertThat(put.contentType()).startsWith("application/json");
    }

    private Jawaban kirim(String metode, String alamat, String contentType, String badan) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + alamat))
                .header("Authorization", "Bearer " + TOKEN_BALANGAN)
                .method(
                        metode,
                        badan == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(badan));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return jawaban(http.send(b.build(), HttpResponse.BodyHandlers.ofString()));
    }

    private Jawaban jawaban(HttpResponse<String> res) throws IOException {
        return new Jawaban(
                res.statusCode(),
                res.headers().firstValue("Content-Type").orElse(""),
                res.body().isEmpty() ? null : json.readTree(res.body()));
    }

    /**
     * Reads the answer until it is complete (its declared length, or the last chunk): the server
     * may keep the connection open to discard the unread body, so waiting for it to close would
     * only wait for a timeout.
     */
    private static byte[] bacaSampaiTutup(InputStream masuk) throws IOException {
        ByteArrayOutputStream hasil = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            for (int n; (n = masuk.read(buf)) > 0; ) {
                hasil.write(buf, 0, n);
                if (lengkap(hasil.toString(StandardCharsets.UTF_8))) {
                    break;
                }
            }
        } catch (IOException reset) {
            // The server may reset the connection once it has answered; what arrived is the answer.
        }
        return hasil.toByteArray();
    }

    private static boolean lengkap(String jawaban) {
        int akhirKepala = jawaban.indexOf("\r\n\r\n");
        if (akhirKepala < 0) {
            return false;
        }
        String kepala = jawaban.substring(0, akhirKepala).toLowerCase();
        int i = kepala.indexOf("content-length:");
        if (i >= 0) {
            int panjang = Integer.parseInt(
                    kepala.substring(i + 15).lines().findFirst().orElse("0").strip());
            return jawaban.getBytes(StandardCharsets.UTF_8).length - akhirKepala - 4 >= panjang;
        }
        return jawaban.endsWith("0\r\n\r\n");
    }
}
