package id.pkd.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pkd.portal.AlurPersetujuanUji;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.persetujuan.PersetujuanService;
import id.pkd.portal.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * {@code POST /api/v1/dokumen/{jenis}/{tahun}/terbit}: a Pimpinan token registers the document as the screen's
 * *Terbitkan* does (numbered, waiting for signatures, on the registry); another role gets 403, a subject the
 * document does not have 404, a year not yet set 409. Balangan 2022, set for the test and reopened after it, as
 * the other issuing tests do.
 */
class TerbitLewatApiTest extends PortalIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    PersetujuanService persetujuan;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    RestClient http;
    TenantId balangan;
    long pdId;

    record Jawaban(int status, JsonNode json, String lokasi) {}

    @BeforeEach
    void tahunDitetapkan() {
        http = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .requestFactory(new JdkClientHttpRequestFactory())
                .build();
        balangan = tenant("63.11");
        pdId = jdbc.sql("SELECT id FROM perangkat_daerah WHERE tenant_id = ? ORDER BY id LIMIT 1")
                .param(balangan.value())
                .query(Long.class)
                .single();
        AlurPersetujuanUji.tetapkan(persetujuan, balangan, pdId, 2022);
    }

    @AfterEach
    void kembaliKeDraf() {
        AlurPersetujuanUji.bukaKembali(persetujuan, balangan, pdId, 2022);
    }

    Jawaban panggil(HttpMethod method, String path, String token) {
        return http.method(method)
                .uri(path)
                .headers(h -> h.setBearerAuth(token))
                .exchange((req, res) -> {
                    String body = new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8);
                    return new Jawaban(
                            res.getStatusCode().value(),
                            body.isEmpty() ? null : json.readTree(body),
                            res.getHeaders().getFirst("Location"));
                });
    }

    String token(PeranToken peran) {
        return SebagaiSistem.jalankan(
                        Peran.ADMIN_DAERAH,
                        balangan,
                        () -> tokens.buat("Uji terbit " + peran, HakToken.BACA_TULIS, peran))
                .teks();
    }

    @Test
    void tokenPimpinanMenerbitkanPeranLainDitolak() {
        String pimpinan = token(PeranToken.PIMPINAN);
        String operator = token(PeranToken.OPERATOR);
        String subjek = "pd:" + pdId;

        Jawaban terbit = panggil(HttpMethod.POST, "/api/v1/dokumen/IKHTISAR/2022/terbit?subjek=" + subjek, pimpinan);
        assertThat(terbit.status()).as(String.valueOf(terbit.json())).isEqualTo(201);
        String nomor = terbit.json().get("nomor").asText();
        assertThat(nomor).startsWith("PKD/63.11/IKHTISAR/2022/");
        assertThat(terbit.json().get("status").asText()).isEqualTo("MENUNGGU_TANDA_TANGAN");
        assertThat(terbit.lokasi()).isEqualTo("/api/v1/dokumen/terbit/" + nomor);
        assertThat(jdbc.sql("SELECT status FROM dokumen_terbit WHERE tenant_id = ? AND nomor = ?")
                        .params(balangan.value(), nomor)
                        .query(String.class)
                        .single())
                .isEqualTo("MENUNGGU_TANDA_TANGAN");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM jejak_audit WHERE tenant_id = ? AND isian = 'penerbitan'"
                                + " AND nilai_baru LIKE ?")
                        .params(balangan.value(), "%nomor " + nomor + ";%")
                        .query(Long.class)
                        .single())
                .as("the issuance is on the audit trail")
                .isEqualTo(1);

        Jawaban bukanPimpinan =
                panggil(HttpMethod.POST, "/api/v1/dokumen/IKHTISAR/2022/terbit?subjek=" + subjek, operator);
        assertThat(bukanPimpinan.status()).isEqualTo(403);

        Jawaban subjekLain = panggil(HttpMethod.POST, "/api/v1/dokumen/IKHTISAR/2022/terbit?subjek=pd:0", pimpinan);
        assertThat(subjekLain.status()).isEqualTo(404);

        Jawaban belumDitetapkan =
                panggil(HttpMethod.POST, "/api/v1/dokumen/IKHTISAR/2023/terbit?subjek=" + subjek, pimpinan);
        assertThat(belumDitetapkan.status()).isEqualTo(409);
        assertThat(belumDitetapkan.json().get("pesan").asText()).contains("belum dapat diterbitkan");
    }
}
