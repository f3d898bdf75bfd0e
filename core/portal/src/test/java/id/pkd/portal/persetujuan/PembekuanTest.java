package id.pkd.portal.persetujuan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.capaian.AmbangKategori;
import id.pkd.portal.capaian.AturanCapaian;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.pengukuran.PembekuanPengukuran;
import id.pkd.portal.pengukuran.PengukuranKinerja;
import id.pkd.portal.pengukuran.PengukuranKinerjaService;
import id.pkd.portal.perencanaan.IsianRealisasi;
import id.pkd.portal.perencanaan.RealisasiService;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The life of the frozen figures of one agency-year (Balangan's Dinas Sosial 2025, owned by this
 * test): frozen on submission and kept when set; an indicator reopened is live again under the
 * frozen rules and frozen anew when locked; a whole reopening goes back to today's rules; every
 * version is kept and audited; a version edited behind the portal's back is refused, not shown.
 */
class PembekuanTest extends PortalIntegrationTest {

    static final String BALANGAN = "63.11";
    static final int TAHUN = 2025;
    static final AturanCapaian LAIN = new AturanCapaian(
            new AmbangKategori(new BigDecimal("150"), new BigDecimal("80"), new BigDecimal("70"), new BigDecimal("60")),
            AturanCapaian.BAKU.pembulatan());

    @Autowired
    PersetujuanService persetujuan;

    @Autowired
    PembekuanPengukuran pembekuan;

    @Autowired
    PengukuranKinerjaService pengukuran;

    @Autowired
    RealisasiService realisasi;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    com.fasterxml.jackson.databind.ObjectMapper json;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    long tenant;
    long pd;
    long indikator;

    @BeforeEach
    void siapkan() {
        tenant = tenant(BALANGAN).value();
        pd = jdbc.sql("SELECT id FROM perangkat_daerah WHERE tenant_id = ? ORDER BY id LIMIT 1")
                .param(tenant)
                .query(Long.class)
                .single();
        indikator = jdbc.sql("SELECT id FROM indikator WHERE tenant_id = ? AND perangkat_daerah_id = ?"
                        + " AND sasaran_id IS NOT NULL AND sumber_realisasi IS NULL ORDER BY id LIMIT 1")
                .params(tenant, pd)
                .query(Long.class)
                .single();
        isiRealisasi("40");
    }

    @AfterEach
    void bersihkan() {
        sebagai(Peran.ADMIN_DAERAH, () -> {
            pengukuran.ubahAturan(AturanCapaian.BAKU.ambang(), AturanCapaian.BAKU.pembulatan());
            return null;
        });
        for (String tabel : List.of("persetujuan", "pengukuran_beku", "realisasi_indikator")) {
            jdbc.sql("DELETE FROM " + tabel + " WHERE tenant_id = ? AND tahun = ?")
                    .params(tenant, TAHUN)
                    .update();
        }
        jdbc.sql("DELETE FROM pembukaan_indikator WHERE tenant_id = ? AND tahun = ?")
                .params(tenant, TAHUN)
                .update();
    }

    @Test
    void dibekukanSaatDiajukanDibukaPerIndikatorDenganAturanBekuLaluDibukaKembaliDenganAturanKini() {
        long jejakAwal = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM jejak_audit")
                .query(Long.class)
                .single();
        tetapkan();
        PengukuranKinerja beku = ukur();
        assertThat(sebagai(Peran.PENGAMAT, () -> pembekuan.riwayat(pd, TAHUN)))
                .as("setting keeps the version frozen on submission")
                .singleElement()
                .satisfies(v -> assertThat(v.aktif()).isTrue());

        ubahAturan(LAIN);
        assertThat(ukur()).isEqualTo(beku);

        sebagai(Peran.ADMIN_DAERAH, () -> {
            persetujuan.bukaIndikator(indikator, TAHUN, "salah ketik");
            return null;
        });
        assertThat(ukur().aturan().ambang().batasSangatTinggi())
                .as("reopened indicator: frozen rules")
                .isEqualByComparingTo("91");
        isiRealisasi("45");
        assertThat(nilai(ukur())).isEqualByComparingTo("45");

        sebagai(Peran.PIMPINAN, () -> {
            persetujuan.kunciIndikator(indikator, TAHUN);
            return null;
        });
        var versi = sebagai(Peran.PENGAMAT, () -> pembekuan.riwayat(pd, TAHUN));
        assertThat(versi).extracting(PembekuanPengukuran.Versi::aktif).containsExactly(false, true);
        PengukuranKinerja bekuKedua = ukur();
        assertThat(nilai(bekuKedua)).isEqualByComparingTo("45");
        assertThat(bekuKedua.aturan().ambang().batasSangatTinggi()).isEqualByComparingTo("91");

        sebagai(Peran.ADMIN_DAERAH, () -> persetujuan.bukaKembali(pd, TAHUN, "revisi target"));
        assertThat(ukur().aturan().ambang().batasSangatTinggi())
                .as("reopened year: today's rules")
                .isEqualByComparingTo("150");
        assertThat(sebagai(Peran.PENGAMAT, () -> pembekuan.riwayat(pd, TAHUN)))
                .extracting(PembekuanPengukuran.Versi::aktif)
                .containsExactly(false, false);
        assertThat(jdbc.sql("SELECT alasan_dilepas FROM pengukuran_beku WHERE tenant_id = ? AND tahun = ?"
                                + " ORDER BY versi")
                        .params(tenant, TAHUN)
                        .query(String.class)
                        .list())
                .containsExactly(
                        "indikator " + kodeIndikator() + " dibuka kembali: salah ketik",
                        "dibuka kembali: revisi target");
        assertThat(jdbc.sql("SELECT nilai_baru FROM jejak_audit WHERE tenant_id = ? AND jenis_data = 'pengukuran_beku'"
                                + " AND isian = ? AND id > ? ORDER BY id")
                        .params(tenant, "beku " + TAHUN, jejakAwal)
                        .query(String.class)
                        .list())
                .as("every freeze and retirement audited")
                .hasSize(4)
                .allSatisfy(t -> assertThat(t).startsWith("versi "));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM jejak_audit WHERE tenant_id = ? AND jenis_data = 'pengaturan_capaian'"
                                + " AND isian = 'batasSangatTinggi' AND nilai_lama = '91' AND nilai_baru = '150'"
                                + " AND id > ?")
                        .params(tenant, jejakAwal)
                        .query(Integer.class)
                        .single())
                .as("settings audited old → new")
                .isEqualTo(1);
    }

    @Test
    void versiBekuYangDiubahDiLuarPortalDitolak() {
        sebagai(Peran.OPERATOR, () -> persetujuan.ajukan(pd, TAHUN));
        jdbc.sql("UPDATE pengukuran_beku SET isi = REPLACE(isi, '\"tahun\":2025', '\"tahun\":2025 ')"
                        + " WHERE tenant_id = ? AND tahun = ? AND aktif")
                .params(tenant, TAHUN)
                .update();
        assertThatThrownBy(this::ukur)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tidak cocok dengan sidik SHA-256-nya");
    }

    /** Over the API the tampered version is a refusal with the reason (409), not a server error. */
    @Test
    void versiBekuYangDiubahDitolakDiApiDenganAlasan() throws Exception {
        sebagai(Peran.OPERATOR, () -> persetujuan.ajukan(pd, TAHUN));
        jdbc.sql("UPDATE pengukuran_beku SET isi = REPLACE(isi, '\"tahun\":2025', '\"tahun\":2025 ')"
                        + " WHERE tenant_id = ? AND tahun = ? AND aktif")
                .params(tenant, TAHUN)
                .update();
        var jawaban = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://localhost:" + port + "/api/v1/capaian/" + TAHUN))
                                .header("Authorization", "Bearer pkd_demo_balangan_00000000000000000000000000")
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(jawaban.statusCode()).as(jawaban.body()).isEqualTo(409);
        var isi = json.readTree(jawaban.body());
        assertThat(isi.get("status").asInt()).isEqualTo(409);
        assertThat(isi.get("pesan").asText())
                .contains("Angka kinerja beku tahun " + TAHUN)
                .contains("telah diubah di luar portal")
                .doesNotContain("Exception");
        assertThat(isi.has("referensi") && !isi.get("referensi").isNull())
                .as("a refusal, not a server fault")
                .isFalse();
    }

    void tetapkan() {
        sebagai(Peran.OPERATOR, () -> persetujuan.ajukan(pd, TAHUN));
        sebagai(Peran.VERIFIKATOR, () -> persetujuan.verifikasi(pd, TAHUN));
        sebagai(Peran.PIMPINAN, () -> persetujuan.tetapkan(pd, TAHUN));
    }

    void isiRealisasi(String nilai) {
        sebagai(
                Peran.OPERATOR,
                () -> realisasi.simpan(new IsianRealisasi(
                        indikator, TAHUN, 0, new BigDecimal(nilai), null, null, null, null, null, null)));
    }

    void ubahAturan(AturanCapaian a) {
        sebagai(Peran.ADMIN_DAERAH, () -> {
            pengukuran.ubahAturan(a.ambang(), a.pembulatan());
            return null;
        });
    }

    PengukuranKinerja ukur() {
        return sebagai(Peran.PENGAMAT, () -> pengukuran.ukur(pd, TAHUN));
    }

    BigDecimal nilai(PengukuranKinerja m) {
        return m.semuaIndikator().stream()
                .filter(b -> b.indikator().id() == indikator)
                .findFirst()
                .orElseThrow()
                .realisasi()
                .orElseThrow();
    }

    String kodeIndikator() {
        return jdbc.sql("SELECT kode FROM indikator WHERE id = ?")
                .param(indikator)
                .query(String.class)
                .single();
    }

    <T> T sebagai(Peran peran, Supplier<T> kerja) {
        return sebagai(peran, BALANGAN, kerja);
    }
}
