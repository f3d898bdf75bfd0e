package id.pkd.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pkd.portal.PenghitungKueri;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.daerah.DaerahBaru;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.daerah.JenisDaerah;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.PenggunaBaru;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.pertukaran.ImporRencanaService;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * The query-count guard of {@code GET /api/v1/capaian/{tahun}}: the statements a call sends do not
 * grow with the number of agencies. The test owns region 63.12, loaded with the Balangan plan
 * copied into one and then four agencies.
 */
class KueriCapaianApiTest extends PortalIntegrationTest {

    static final String DAERAH = "63.12";

    /** Authentication plus the measurement of a whole tenant, whatever its size. */
    static final int BATAS_KUERI = 30;

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DaerahService daerah;

    @Autowired
    ImporRencanaService impor;

    @Autowired
    ApiTokenService tokens;

    RestClient http;

    @BeforeEach
    void klien() {
        http = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .requestFactory(new JdkClientHttpRequestFactory())
                .build();
    }

    record Panggilan(int status, JsonNode isi, List<PenghitungKueri.Kueri> kueri, String jumlahTotal) {}

    Panggilan panggil(String path, String token) {
        try (PenghitungKueri.Rekaman r = PenghitungKueri.mulai()) {
            return http.get()
                    .uri(path)
                    .headers(h -> h.setBearerAuth(token))
                    .exchange((req, res) -> new Panggilan(
                            res.getStatusCode().value(),
                            json.readTree(new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)),
                            r.dari(PenghitungKueri.SERVER),
                            res.getHeaders().getFirst(RencanaApi.HEADER_JUMLAH)));
        }
    }

    @Test
    void capaianBalangan2022() {
        panggil("/api/v1/capaian/2022", ApiTokenTest.TOKEN_BALANGAN);
        Panggilan p = panggil("/api/v1/capaian/2022", ApiTokenTest.TOKEN_BALANGAN);
        assertThat(p.status()).isEqualTo(200);
        System.out.println("[kueri] GET /api/v1/capaian/2022 Balangan (1 perangkat daerah): "
                + PenghitungKueri.Rekaman.ringkasan(p.kueri()));
        assertThat(p.kueri()).as(PenghitungKueri.Rekaman.ringkasan(p.kueri())).hasSizeLessThan(BATAS_KUERI);
    }

    @Test
    void kueriTidakBertambahDenganJumlahPerangkatDaerah() throws Exception {
        String token = daerahSendiri();
        imporSalinan(1);
        // The token's first call also notes that it was used; the measured calls are the next ones.
        panggil("/api/v1/capaian/2022", token);
        Panggilan satu = panggil("/api/v1/capaian/2022", token);
        imporSalinan(4);
        Panggilan empat = panggil("/api/v1/capaian/2022", token);
        assertThat(satu.status()).isEqualTo(200);
        assertThat(empat.isi()).hasSize(4);
        System.out.println("[kueri] GET /api/v1/capaian/2022 1 perangkat daerah: "
                + satu.kueri().size() + ", 4 perangkat daerah: " + PenghitungKueri.Rekaman.ringkasan(empat.kueri()));
        assertThat(empat.kueri())
                .as(PenghitungKueri.Rekaman.ringkasan(empat.kueri()))
                .hasSize(satu.kueri().size())
                .hasSizeLessThan(BATAS_KUERI);
    }

    @Test
    void autentikasiSatuKueri() {
        panggil("/api/v1/daerah", ApiTokenTest.TOKEN_BALANGAN);
        Panggilan daerah = panggil("/api/v1/daerah", ApiTokenTest.TOKEN_BALANGAN);
        Panggilan tanpaToken = panggil("/api/v1/daerah", "pkd_bukan_token_yang_ada_000000000000000000");
        System.out.println("[kueri] GET /api/v1/daerah: " + PenghitungKueri.Rekaman.ringkasan(daerah.kueri()));
        assertThat(daerah.status()).isEqualTo(200);
        assertThat(tanpaToken.status()).isEqualTo(401);
        // The token's row, once; the work of the call comes after.
        assertThat(tanpaToken.kueri()).hasSize(1);
        assertThat(daerah.kueri())
                .as(PenghitungKueri.Rekaman.ringkasan(daerah.kueri()))
                .hasSizeLessThanOrEqualTo(2)
                .first()
                .satisfies(k -> assertThat(k.sql()).contains("FROM api_token"));
    }

    @Test
    void halamanDanSaringanPerangkatDaerah() throws Exception {
        String token = daerahSendiri();
        imporSalinan(4);
        Panggilan semua = panggil("/api/v1/capaian/2022", token);
        Panggilan halaman2 = panggil("/api/v1/capaian/2022?halaman=2&ukuran=3", token);
        assertThat(halaman2.status()).isEqualTo(200);
        assertThat(halaman2.isi()).hasSize(1);
        assertThat(halaman2.isi().get(0)).isEqualTo(semua.isi().get(3));
        assertThat(halaman2.jumlahTotal()).isEqualTo("4");
        Panggilan satu = panggil("/api/v1/capaian/2022?pd=1.06.2.08.2.13.0.00.01.0002", token);
        assertThat(satu.isi()).hasSize(1);
        assertThat(satu.isi().get(0).get("kode").asText()).isEqualTo("1.06.2.08.2.13.0.00.01.0002");
        assertThat(panggil("/api/v1/capaian/2022?pd=9.99", token).status()).isEqualTo(404);
        Panggilan terlaluBesar = panggil("/api/v1/capaian/2022?ukuran=101", token);
        assertThat(terlaluBesar.status()).isEqualTo(422);
        assertThat(terlaluBesar.isi().toString()).contains("ukuran").contains("Ukuran halaman 1–100.");
        assertThat(panggil("/api/v1/capaian/2022?halaman=0", token).status()).isEqualTo(422);
        assertThat(panggil("/api/v1/capaian/2022?halaman=9&ukuran=2", token).isi())
                .isEmpty();
    }

    /** Registers the test's region once and gives a fresh read token for it. */
    String daerahSendiri() {
        if (jdbc.sql("SELECT COUNT(*) FROM tenant WHERE kode_wilayah = ?")
                        .param(DAERAH)
                        .query(Long.class)
                        .single()
                == 0) {
            SebagaiSistem.jalankan(
                    Peran.OPERATOR_PORTAL,
                    null,
                    () -> daerah.daftarkan(new DaerahBaru(
                            DAERAH,
                            "Kabupaten Hulu Sungai Tengah",
                            JenisDaerah.KABUPATEN,
                            "Barabai",
                            new PenggunaBaru(
                                    "admin.hst.kueri",
                                    "Rahasia-Uji-2024!",
                                    "Admin Hulu Sungai Tengah",
                                    Peran.ADMIN_DAERAH,
                                    null,
                                    "Admin Daerah"))));
        }
        return sebagai(Peran.ADMIN_DAERAH, DAERAH, () -> tokens.buat("Uji kueri " + System.nanoTime(), HakToken.BACA))
                .teks();
    }

    /** The Balangan plan with its agency copied {@code jumlah} times under other codes and NIPs. */
    void imporSalinan(int jumlah) throws Exception {
        ObjectNode doc;
        try (var isi = getClass().getResourceAsStream("/demo/balangan-2022.json")) {
            doc = (ObjectNode) json.readTree(isi);
        }
        ObjectNode asli = (ObjectNode) doc.withArray("perangkatDaerah").get(0);
        ArrayNode semua = json.createArrayNode();
        for (int n = 0; n < jumlah; n++) {
            String teks = json.writeValueAsString(asli)
                    .replace("1.06.2.08.2.13.0.00.01.0000", "1.06.2.08.2.13.0.00.01.000" + n)
                    // NIPs stay 18 digits and unique per copy.
                    .replaceAll("\"(\\d{17})\\d\"", "\"$1" + n + "\"");
            ObjectNode salinan = (ObjectNode) json.readTree(teks);
            salinan.put("nama", asli.get("nama").asText() + " " + (n + 1));
            semua.add(salinan);
        }
        doc.set("perangkatDaerah", semua);
        byte[] isi = json.writeValueAsBytes(doc);
        sebagai(Peran.ADMIN_DAERAH, DAERAH, () -> impor.impor(isi));
    }
}
