package id.pkd.portal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pkd.portal.AlurPersetujuanUji;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.persetujuan.PersetujuanService;
import id.pkd.portal.tenant.TenantId;
import id.pkd.portal.umum.IsianTidakSahException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * The approval workflow over real HTTP with real tokens: each step needs the token's role as on the screens (403
 * JSON without it), a wrong order answers 409, a rejection without reason 422 at {@code alasan}, the history names
 * who did what and why, another tenant's token does not find the agency, and token creation and revocation are on
 * the audit trail. Uses Balangan's 2026, a year no other test touches.
 */
class PersetujuanApiTest extends PortalIntegrationTest {

    static final int TAHUN = 2026;

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
    String kodePd;

    @BeforeEach
    void siapkan() {
        http = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .requestFactory(new JdkClientHttpRequestFactory())
                .build();
        balangan = tenant("63.11");
        pdId = jdbc.sql("SELECT id FROM perangkat_daerah WHERE tenant_id = ? ORDER BY id LIMIT 1")
                .param(balangan.value())
                .query(Long.class)
                .single();
        kodePd = jdbc.sql("SELECT kode FROM perangkat_daerah WHERE id = ?")
                .param(pdId)
                .query(String.class)
                .single();
    }

    @AfterEach
    void kembaliKeDraf() {
        AlurPersetujuanUji.bukaKembali(persetujuan, balangan, pdId, TAHUN);
    }

    record Jawaban(int status, JsonNode json) {}

    Jawaban panggil(HttpMethod method, String path, String token, String isi) {
        return http.method(method)
                .uri("/api/v1/persetujuan/" + TAHUN + "/" + kodePd + path)
                .headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .body(isi == null ? "" : isi)
                .exchange((req, res) -> {
                    String body = new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8);
                    return new Jawaban(res.getStatusCode().value(), body.isEmpty() ? null : json.readTree(body));
                });
    }

    <T> T sebagaiAdmin(TenantId tenant, Supplier<T> kerja) {
        return SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, tenant, kerja);
    }

    TokenBaru token(TenantId tenant, String nama, PeranToken peran) {
        return sebagaiAdmin(tenant, () -> tokens.buat(nama, HakToken.BACA_TULIS, peran));
    }

    @Test
    void alurLewatApiDenganHakPeranYangSamaSepertiLayar() {
        TokenBaru operator = token(balangan, "Aplikasi e-Kinerja Operator", PeranToken.OPERATOR);
        TokenBaru verifikator = token(balangan, "Aplikasi e-Kinerja Verifikator", PeranToken.VERIFIKATOR);
        TokenBaru pimpinan = token(balangan, "Aplikasi e-Kinerja Pimpinan", PeranToken.PIMPINAN);
        TokenBaru tanpaPeran = token(balangan, "Aplikasi e-Kinerja Tanpa Peran", null);

        Jawaban awal = panggil(HttpMethod.GET, "", tanpaPeran.teks(), null);
        assertThat(awal.status()).isEqualTo(200);
        assertThat(awal.json().get("status").asText()).isEqualTo("DRAFT");
        assertThat(awal.json().get("perangkatDaerah").asText()).isEqualTo(kodePd);
        assertThat(awal.json().get("bolehDiubah").asBoolean()).isTrue();

        // Without the role the screens require: 403 JSON, and nothing moves.
        for (TokenBaru salah : List.of(tanpaPeran, verifikator, pimpinan)) {
            Jawaban j = panggil(HttpMethod.POST, "/ajukan", salah.teks(), null);
            assertThat(j.status()).as(salah.token().nama()).isEqualTo(403);
            assertThat(j.json().get("pesan").asText()).isEqualTo(ApiSecurityConfig.PESAN_TANPA_HAK);
        }
        assertThat(panggil(HttpMethod.POST, "/tetapkan", operator.teks(), null).status())
                .isEqualTo(403);
        assertThat(panggil(HttpMethod.GET, "", operator.teks(), null)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("DRAFT");

        Jawaban diajukan = panggil(HttpMethod.POST, "/ajukan", operator.teks(), null);
        assertThat(diajukan.status()).isEqualTo(200);
        assertThat(diajukan.json().get("status").asText()).isEqualTo("DIAJUKAN");
        assertThat(diajukan.json().get("diubahOleh").asText())
                .isEqualTo("token-api#" + operator.token().id());

        Jawaban lagi = panggil(HttpMethod.POST, "/ajukan", operator.teks(), null);
        assertThat(lagi.status()).isEqualTo(409);
        assertThat(lagi.json().get("pesan").asText()).contains("berstatus Diajukan");

        for (String isi : new String[] {null, "{}", "{\"alasan\": \"   \"}"}) {
            Jawaban tanpaAlasan = panggil(HttpMethod.POST, "/tolak", verifikator.teks(), isi);
            assertThat(tanpaAlasan.status()).as(String.valueOf(isi)).isEqualTo(422);
            assertThat(tanpaAlasan.json().get("kesalahan").get(0).get("path").asText())
                    .isEqualTo("alasan");
            assertThat(tanpaAlasan.json().get("kesalahan").get(0).get("pesan").asText())
                    .contains("Alasan penolakan wajib diisi");
        }
        Jawaban ditolak = panggil(
                HttpMethod.POST,
                "/tolak",
                verifikator.teks(),
                "{\"alasan\": \"Bukti dukung IKU-1 belum dilampirkan\"}");
        assertThat(ditolak.status()).isEqualTo(200);
        assertThat(ditolak.json().get("status").asText()).isEqualTo("DITOLAK");
        assertThat(ditolak.json().get("alasan").asText()).isEqualTo("Bukti dukung IKU-1 belum dilampirkan");

        assertThat(panggil(HttpMethod.POST, "/ajukan", operator.teks(), null).status())
                .isEqualTo(200);
        assertThat(panggil(HttpMethod.POST, "/verifikasi", operator.teks(), null)
                        .status())
                .isEqualTo(403);
        assertThat(panggil(HttpMethod.POST, "/verifikasi", verifikator.teks(), null)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("DIVERIFIKASI");
        Jawaban ditetapkan = panggil(HttpMethod.POST, "/tetapkan", pimpinan.teks(), null);
        assertThat(ditetapkan.status()).isEqualTo(200);
        assertThat(ditetapkan.json().get("status").asText()).isEqualTo("DITETAPKAN");
        assertThat(ditetapkan.json().get("bolehDiubah").asBoolean()).isFalse();

        Jawaban riwayat = panggil(HttpMethod.GET, "/riwayat", tanpaPeran.teks(), null);
        assertThat(riwayat.status()).isEqualTo(200);
        String op = "token-api#" + operator.token().id();
        String ver = "token-api#" + verifikator.token().id();
        String pim = "token-api#" + pimpinan.token().id();
        List<String> langkah = riwayat.json()
                .valueStream()
                .map(l -> l.get("oleh").asText() + ": " + l.get("dari").asText() + " → "
                        + l.get("ke").asText()
                        + (l.get("alasan").isNull()
                                ? ""
                                : " (" + l.get("alasan").asText() + ")"))
                .toList();
        assertThat(langkah)
                .containsSubsequence(
                        op + ": Draf → Diajukan",
                        ver + ": Diajukan → Ditolak (Bukti dukung IKU-1 belum dilampirkan)",
                        op + ": Ditolak → Diajukan",
                        ver + ": Diajukan → Diverifikasi",
                        pim + ": Diverifikasi → Ditetapkan");
        assertThat(riwayat.json().get(0).get("waktu").asText()).isNotBlank();
    }

    @Test
    void tokenDaerahLainTidakMenemukanPerangkatDaerahIni() {
        TokenBaru kobar = token(tenant("62.01"), "Aplikasi Kobar Operator", PeranToken.OPERATOR);
        for (String path : List.of("", "/riwayat")) {
            Jawaban j = panggil(HttpMethod.GET, path, kobar.teks(), null);
            assertThat(j.status()).as(path).isEqualTo(404);
            assertThat(j.json().toString()).doesNotContain("Balangan");
        }
        assertThat(panggil(HttpMethod.POST, "/ajukan", kobar.teks(), null).status())
                .isEqualTo(404);
        assertThat(SebagaiSistem.jalankan(
                        Peran.PENGAMAT,
                        balangan,
                        () -> persetujuan.status(pdId, TAHUN).status().name()))
                .isEqualTo("DRAFT");
    }

    @Test
    void peranHanyaUntukTokenBacaTulisDanPembuatanSertaPencabutanTercatatDiJejak() {
        assertThatThrownBy(() -> sebagaiAdmin(
                        balangan, () -> tokens.buat("Dasbor berperan", HakToken.BACA, PeranToken.PIMPINAN)))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsOnlyKeys("peran"));

        TokenBaru t = token(balangan, "Integrasi SAKIP Verifikator", PeranToken.VERIFIKATOR);
        sebagaiAdmin(balangan, () -> {
            tokens.cabut(t.token().id());
            tokens.cabut(t.token().id());
            return null;
        });
        List<String> jejak = jdbc.sql(
                        "SELECT CONCAT(isian, ': ', COALESCE(nilai_lama, '-'), ' → ', nilai_baru)"
                                + " FROM jejak_audit WHERE tenant_id = ? AND jenis_data = 'api_token' AND data_id = ? ORDER BY id")
                .params(balangan.value(), t.token().id())
                .query(String.class)
                .list();
        assertThat(jejak)
                .containsExactly(
                        "dibuat: - → nama Integrasi SAKIP Verifikator; hak Baca dan tulis; peran Verifikator; prefiks "
                                + t.token().prefiks(),
                        "status: aktif (Integrasi SAKIP Verifikator) → dicabut");
        assertThat(panggil(HttpMethod.GET, "", t.teks(), null).status()).isEqualTo(401);
    }
}
