package id.pkd.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.persetujuan.PersetujuanService;
import id.pkd.portal.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/** The plan API over real HTTP with the demo tokens: export, import, capaian, realisasi, lock. */
class RencanaApiTest extends PortalIntegrationTest {

    static final String BALANGAN = ApiTokenTest.TOKEN_BALANGAN;
    static final String KOBAR = ApiTokenTest.TOKEN_KOBAR;
    static final String PD_BALANGAN = "1.06.2.08.2.13.0.00.01.0000";

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersetujuanService persetujuan;

    RestClient http;

    @BeforeEach
    void klien() {
        http = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .requestFactory(new JdkClientHttpRequestFactory())
                .build();
    }

    record Jawaban(int status, JsonNode json) {}

    Jawaban panggil(HttpMethod method, String path, String token, String body) {
        return http.method(method)
                .uri(path)
                .headers(h -> {
                    h.setBearerAuth(token);
                    h.setContentType(MediaType.APPLICATION_JSON);
                })
                .body(body == null ? "" : body)
                .exchange((req, res) -> {
                    String isi = new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8);
                    return new Jawaban(res.getStatusCode().value(), isi.isEmpty() ? null : json.readTree(isi));
                });
    }

    @Test
    void capaianTerhitungSamaDenganYangDitampilkanDanHanyaMilikDaerahToken() {
        Jawaban balangan = panggil(HttpMethod.GET, "/api/v1/capaian/2022", BALANGAN, null);
        assertThat(balangan.status()).isEqualTo(200);
        JsonNode pd = balangan.json().get(0);
        assertThat(pd.get("rataRataIku").decimalValue()).isEqualByComparingTo("126.21");
        assertThat(pd.get("penyerapanAnggaran").decimalValue()).isEqualByComparingTo("87.42");
        List<String> capaianIku = new ArrayList<>();
        pd.get("indikator").forEach(i -> {
            if (i.get("iku").asBoolean()) {
                capaianIku.add(i.get("capaian").decimalValue().toPlainString() + " "
                        + i.get("kategori").asText());
            }
        });
        assertThat(capaianIku)
                .containsExactly(
                        "129.78 Sangat Tinggi",
                        "99.56 Sangat Tinggi",
                        "98.01 Sangat Tinggi",
                        "136.43 Sangat Tinggi",
                        "75.71 Sedang",
                        "57.89 Rendah",
                        "286.06 Sangat Tinggi");

        Jawaban kobar = panggil(HttpMethod.GET, "/api/v1/capaian/2022", KOBAR, null);
        assertThat(kobar.status()).isEqualTo(200);
        assertThat(kobar.json().toString()).doesNotContain(PD_BALANGAN).doesNotContain("Balangan");
        Jawaban ubahMilikLain =
                panggil(HttpMethod.PUT, "/api/v1/realisasi/2022/" + PD_BALANGAN + "/IKU-2", KOBAR, "{\"nilai\": 1}");
        assertThat(ubahMilikLain.status()).isEqualTo(404);
    }

    @Test
    void imporLewatApiMelaporkanSetiapKesalahanDenganPathDanTidakMenyimpanApaPun() throws Exception {
        JsonNode ekspor =
                panggil(HttpMethod.GET, "/api/v1/rencana/2022", BALANGAN, null).json();
        ObjectNode rusak = ekspor.deepCopy();
        ObjectNode sub = (ObjectNode) rusak.get("perangkatDaerah")
                .get(0)
                .get("program")
                .get(2)
                .get("kegiatan")
                .get(0)
                .get("subKegiatan")
                .get(0);
        sub.put("anggaran", -5);
        ((ObjectNode) rusak.get("perangkatDaerah").get(0).get("pejabat").get(1)).put("nip", "197313011993111001");
        Jawaban ditolak = panggil(HttpMethod.PUT, "/api/v1/rencana", BALANGAN, rusak.toString());
        assertThat(ditolak.status()).isEqualTo(422);
        List<String> path = new ArrayList<>();
        ditolak.json().get("kesalahan").forEach(k -> path.add(k.get("path").asText()));
        // the changed NIP also breaks the references to it (atasan, pihak pertama): each reported
        assertThat(path)
                .contains(
                        "perangkatDaerah[0].program[2].kegiatan[0].subKegiatan[0].anggaran",
                        "perangkatDaerah[0].pejabat[1].nip");
        assertThat(panggil(HttpMethod.GET, "/api/v1/rencana/2022", BALANGAN, null)
                        .json())
                .isEqualTo(ekspor);

        Jawaban diterima = panggil(HttpMethod.PUT, "/api/v1/rencana", BALANGAN, ekspor.toString());
        assertThat(diterima.status()).isEqualTo(200);
        // the LKIP agency's 65 and the 24 of the five illustrative agencies of the demo
        assertThat(diterima.json().get("subKegiatan").asInt()).isEqualTo(65 + 24);
    }

    @Test
    void realisasiYangSudahDitetapkanTidakDapatDiubahLewatApi() {
        long tenant = jdbc.sql("SELECT id FROM tenant WHERE kode_wilayah = '62.01'")
                .query(Long.class)
                .single();
        long pd = jdbc.sql("SELECT id FROM perangkat_daerah WHERE tenant_id = ?")
                .param(tenant)
                .query(Long.class)
                .single();
        String kodePd = jdbc.sql("SELECT kode FROM perangkat_daerah WHERE id = ?")
                .param(pd)
                .query(String.class)
                .single();
        String kodeIndikator = jdbc.sql(
                        "SELECT kode FROM indikator WHERE tenant_id = ? AND sasaran_id IS NOT NULL ORDER BY id LIMIT 1")
                .param(tenant)
                .query(String.class)
                .single();
        String path = "/api/v1/realisasi/2022/" + kodePd + "/" + kodeIndikator;
        assertThat(panggil(HttpMethod.PUT, path, KOBAR, "{\"nilai\": 12.5, \"upaya\": \"lewat API\"}")
                        .status())
                .isEqualTo(200);
        TenantId t = new TenantId(tenant);
        SebagaiSistem.jalankan(Peran.OPERATOR, t, () -> persetujuan.ajukan(pd, 2022));
        SebagaiSistem.jalankan(Peran.VERIFIKATOR, t, () -> persetujuan.verifikasi(pd, 2022));
        SebagaiSistem.jalankan(Peran.PIMPINAN, t, () -> persetujuan.tetapkan(pd, 2022));
        try {
            Jawaban terkunci = panggil(HttpMethod.PUT, path, KOBAR, "{\"nilai\": 13}");
            assertThat(terkunci.status()).isEqualTo(409);
            assertThat(terkunci.json().get("pesan").asText()).contains("sudah ditetapkan");
            // A re-import that changes nothing in the locked year passes; one that changes a locked figure is refused.
            JsonNode berkas =
                    panggil(HttpMethod.GET, "/api/v1/rencana/2022", KOBAR, null).json();
            berkas.get("perangkatDaerah").get(0).get("realisasi").forEach(r -> {
                if (r.get("indikator").asText().equals(kodeIndikator)
                        && r.get("tahun").asInt() == 2022
                        && r.get("triwulan").isNull()) {
                    ((ObjectNode) r).put("nilai", 13);
                }
            });
            Jawaban impor = panggil(HttpMethod.PUT, "/api/v1/rencana", KOBAR, berkas.toString());
            assertThat(impor.status()).isEqualTo(422);
            assertThat(impor.json().get("kesalahan").get(0).get("pesan").asText())
                    .contains("sudah ditetapkan");
            assertThat(jdbc.sql("SELECT nilai FROM realisasi_indikator r JOIN indikator i ON i.id = r.indikator_id"
                                    + " WHERE i.tenant_id = ? AND i.kode = ? AND r.tahun = 2022 AND r.triwulan = 0")
                            .param(tenant)
                            .param(kodeIndikator)
                            .query(java.math.BigDecimal.class)
                            .single())
                    .isEqualByComparingTo("12.5");
        } finally {
            SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, t, () -> persetujuan.bukaKembali(pd, 2022, "uji selesai"));
        }
    }
}
