package id.pkd.portal.pekerjaan;

import static org.assertj.core.api.Assertions.assertThat;

import id.pkd.portal.PortalIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The draft API answers in its request but on the node's document workers: with every worker taken it waits
 * {@code tunggu-langsung} and then refuses with 503, Retry-After and the reason, instead of rendering beside them.
 */
class DrafApiSibukTest extends PortalIntegrationTest {

    /** The demo token of Balangan the README documents. */
    static final String TOKEN_BALANGAN = "pkd_demo_balangan_00000000000000000000000000";

    @LocalServerPort
    int port;

    @Autowired
    PelaksanaPekerjaan utama;

    @Test
    void drafApiDitolak503SaatSemuaPekerjaSibuk() throws Exception {
        int pekerja = utama.atur().ukuranPool();
        utama.jeda();
        // Every worker of this node taken, as by long renders (a job still running ends first).
        assertThat(utama.slot.tryAcquire(pekerja, 5, TimeUnit.MINUTES)).isTrue();
        try {
            HttpResponse<String> r = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(
                                            "http://localhost:" + port + "/api/v1/dokumen/LKIP/2022/draf?subjek=pd:1"))
                                    .header("Authorization", "Bearer " + TOKEN_BALANGAN)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(r.body()).contains(PekerjaanService.PESAN_SIBUK);
        } finally {
            utama.slot.release(pekerja);
            utama.lanjutkan();
        }
    }
}
