package id.pkd.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.IsianRealisasi;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.perencanaan.RealisasiIndikator;
import id.pkd.portal.perencanaan.RealisasiService;
import id.pkd.portal.persetujuan.PersetujuanService;
import id.pkd.portal.persetujuan.StatusPersetujuan;
import id.pkd.portal.tenant.TenantId;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The realisasi of Balangan 2022 through the whole approval workflow, in Debian's Chromium:
 * entry with Indonesian numbers and evidence, rejection with a reason, correction, verification,
 * adoption and the lock that follows. Restores the demo figures at the end for the other tests.
 */
class PersetujuanE2ETest extends PortalDiPeramban {

    static final int TAHUN = 2022;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersetujuanService persetujuan;

    @Autowired
    RealisasiService realisasi;

    @Autowired
    PerencanaanService perencanaan;

    TenantId balangan;
    long pdId;
    long iku6;
    RealisasiIndikator semula;

    /** The demo's own waiting submissions (the illustrative agencies, see RencanaIlustratif), by agency. */
    List<Map<String, Object>> antreanDemo;

    @BeforeEach
    void siapkan() {
        balangan = new TenantId(jdbc.sql("SELECT id FROM tenant WHERE kode_wilayah = '63.11'")
                .query(Long.class)
                .single());
        // The demo starts with other agencies' 2022 waiting; out of the queue this test counts, back after it.
        antreanDemo = jdbc.sql("SELECT perangkat_daerah_id, status FROM persetujuan WHERE tenant_id = ? AND tahun = ?"
                        + " AND status IN ('DIAJUKAN', 'DIVERIFIKASI')")
                .params(balangan.value(), TAHUN)
                .query()
                .listOfRows();
        jdbc.sql("UPDATE persetujuan SET status = 'DRAFT' WHERE tenant_id = ? AND tahun = ?"
                        + " AND status IN ('DIAJUKAN', 'DIVERIFIKASI')")
                .params(balangan.value(), TAHUN)
                .update();
        Map<String, Object> ind = jdbc.sql(
                        "SELECT id, perangkat_daerah_id FROM indikator WHERE tenant_id = ? AND kode = 'IKU-6'")
                .param(balangan.value())
                .query()
                .singleRow();
        iku6 = ((Number) ind.get("id")).longValue();
        pdId = ((Number) ind.get("perangkat_daerah_id")).longValue();
        semula = SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, balangan, () -> perencanaan
                .rencana(pdId, TAHUN)
                .realisasi(iku6, TAHUN, RealisasiIndikator.TAHUNAN)
                .orElseThrow());
        assertThat(semula.nilai()).isEqualByComparingTo("2.7");
    }

    /** Back to the demo state the other tests expect: draft, IKU-6 realisasi 2,7. */
    @AfterEach
    void pulihkan() {
        for (Map<String, Object> a : antreanDemo) {
            jdbc.sql("UPDATE persetujuan SET status = ? WHERE tenant_id = ? AND perangkat_daerah_id = ? AND tahun = ?")
                    .params(a.get("status"), balangan.value(), a.get("perangkat_daerah_id"), TAHUN)
                    .update();
        }
        SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, balangan, () -> {
            StatusPersetujuan s = persetujuan.status(pdId, TAHUN).status();
            if (s == StatusPersetujuan.DITETAPKAN) {
                persetujuan.bukaKembali(pdId, TAHUN, "uji selesai");
            } else if (s != StatusPersetujuan.DRAFT) {
                // A failed run left it under review; no workflow step leads back to draft from there.
                jdbc.sql("UPDATE persetujuan SET status = 'DRAFT', alasan = NULL"
                                + " WHERE tenant_id = ? AND perangkat_daerah_id = ? AND tahun = ?")
                        .params(balangan.value(), pdId, TAHUN)
                        .update();
            }
            jdbc.sql("DELETE FROM realisasi_indikator WHERE tenant_id = ? AND indikator_id = ? AND triwulan <> 0")
                    .params(balangan.value(), iku6)
                    .update();
            return realisasi.simpan(new IsianRealisasi(
                    iku6,
                    TAHUN,
                    RealisasiIndikator.TAHUNAN,
                    semula.nilai(),
                    null,
                    null,
                    null,
                    semula.upaya(),
                    semula.hambatan(),
                    semula.rencanaTindakLanjut()));
        });
    }

    @Test
    void realisasiDiisiDitolakDiperbaikiDiverifikasiDanDitetapkanLaluTerkunci() throws IOException {
        // The pengamat only looks.
        masuk("pengamat.balangan");
        bukaRealisasi();
        pilihIku6();
        assertThat(page.locator("#nilai-realisasi")).hasAttribute("readonly", "");
        assertThat(page.locator("#simpan-realisasi")).isHidden();
        assertThat(page.locator("#alasan-terkunci")).containsText("hanya dapat dilihat");
        assertThat(page.locator("#ajukan")).hasCount(0);
        assertThat(page.locator("#unggah-bukti")).isHidden();
        keluar();

        // The operator enters 2,3 for IKU-6 (target 1,9, lower is better).
        masuk("operator.balangan");
        bukaRealisasi();
        assertThat(page.locator("#status-persetujuan")).containsText("Draf");
        assertThat(capaian()).hasText("57,89");
        assertThat(kategori()).hasText("Rendah");
        pilihIku6();
        assertThat(nilai()).hasValue("2,7");
        nilai().fill("2,3");
        page.locator("#upaya textarea").fill("Pendampingan korban dan sosialisasi di 8 kecamatan.");
        page.click("#simpan-realisasi");
        assertThat(capaian()).hasText("78,95");
        assertThat(kategori()).hasText("Tinggi");
        assertThat(nilaiTersimpan()).isEqualByComparingTo("2.3");

        // A quarter's realisasi is kept beside the year's and does not change the yearly capaian.
        pilihPeriode("Triwulan I");
        assertThat(nilai()).hasValue("");
        nilai().fill("0,6");
        page.click("#simpan-realisasi");
        assertThat(page.locator("vaadin-notification-card:has-text('(Triwulan I) disimpan')"))
                .isVisible();
        assertThat(capaian()).hasText("78,95");
        assertThat(nilaiTersimpan(1)).isEqualByComparingTo("0.6");
        pilihPeriode("Setahun");
        assertThat(nilai()).hasValue("2,3");

        // An English-format number is refused at the field, keyboard only, and nothing is saved.
        nilai().fill("2.3");
        nilai().press("Enter");
        assertThat(page.locator("#nilai-realisasi")).hasAttribute("invalid", "");
        assertThat(page.locator("#nilai-realisasi")).containsText("bukan angka berformat Indonesia");
        assertThat(nilai()).hasValue("2.3");
        assertThat(nilaiTersimpan()).isEqualByComparingTo("2.3");

        // A number no realisasi column can hold is refused at the field as typed, not lost in the log.
        nilai().fill("1.000.000.000.000.000.000.000,5");
        nilai().press("Enter");
        assertThat(page.locator("#nilai-realisasi")).hasAttribute("invalid", "");
        assertThat(page.locator("#nilai-realisasi"))
                .containsText("Angka terlalu besar: paling banyak 16 angka di depan koma.");
        assertThat(nilai()).hasValue("1.000.000.000.000.000.000.000,5");
        assertThat(nilaiTersimpan()).isEqualByComparingTo("2.3");

        // Evidence: a real PDF is listed; a PNG named .pdf is refused with the reason at the upload.
        Path folder = Files.createDirectories(Path.of("target", "e2e").toAbsolutePath());
        Path pdf = folder.resolve("laporan-simfoni.pdf");
        Files.write(pdf, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        page.setInputFiles("#unggah-bukti input[type=file]", pdf);
        assertThat(page.locator("#daftar-bukti")).containsText("laporan-simfoni.pdf");
        assertThat(page.locator("#daftar-bukti a:has-text('laporan-simfoni.pdf')"))
                .hasAttribute("href", java.util.regex.Pattern.compile(".+"));
        Path palsu = Files.createDirectories(folder.resolve("palsu")).resolve("bukti.pdf");
        Files.write(palsu, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D});
        page.setInputFiles("#unggah-bukti input[type=file]", palsu);
        assertThat(page.locator("#pesan-bukti")).containsText("adalah PNG, bukan PDF");
        assertThat(page.locator("#daftar-bukti")).not().containsText("bukti.pdf");

        ajukanWalauLkipBelumLengkap();
        assertThat(page.locator("#status-persetujuan")).containsText("Diajukan");
        pilihIku6();
        assertThat(page.locator("#nilai-realisasi")).hasAttribute("readonly", "");
        keluar();

        // The verifikator rejects with a reason.
        masuk("verifikator.balangan");
        bukaRealisasi();
        assertThat(page.locator("#status-persetujuan")).containsText("Diajukan");
        page.click("#tolak");
        page.locator("#alasan textarea").fill("Sumber data belum dilampirkan");
        page.click("#konfirmasi-tolak");
        assertThat(page.locator("#status-persetujuan")).containsText("Ditolak");
        keluar();

        // The operator sees why, corrects to 2,2 and submits again.
        masuk("operator.balangan");
        bukaRealisasi();
        assertThat(page.locator("#status-persetujuan")).containsText("Ditolak");
        assertThat(page.locator("#status-persetujuan")).containsText("Sumber data belum dilampirkan");
        pilihIku6();
        assertThat(nilai()).hasValue("2,3");
        nilai().fill("2,2");
        nilai().press("Enter");
        assertThat(capaian()).hasText("84,21");
        assertThat(nilaiTersimpan()).isEqualByComparingTo("2.2");
        page.click("#riwayat");
        assertThat(page.locator("#tabel-riwayat")).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content:text-is('2.2')").first())
                .isVisible();
        page.keyboard().press("Escape");
        ajukanWalauLkipBelumLengkap();
        assertThat(page.locator("#status-persetujuan")).containsText("Diajukan");
        keluar();

        // The verifikator verifies, the pimpinan adopts.
        masuk("verifikator.balangan");
        page.navigate(url("persetujuan"));
        assertThat(page.locator("#ringkasan-antrean")).containsText("1 realisasi menunggu");
        page.locator("a.buka-realisasi[href*='tahun=2022']").first().click();
        assertThat(page.locator("#status-persetujuan")).containsText("Diajukan");
        page.click("#verifikasi");
        assertThat(page.locator("#status-persetujuan")).containsText("Diverifikasi");
        keluar();

        masuk("pimpinan.balangan");
        bukaRealisasi();
        page.click("#tetapkan");
        assertThat(page.locator("#status-persetujuan")).containsText("Ditetapkan");
        keluar();

        // Adopted: the operator can no longer change anything.
        masuk("operator.balangan");
        bukaRealisasi();
        assertThat(page.locator("#status-persetujuan")).containsText("Ditetapkan");
        assertThat(page.locator("#ajukan")).hasCount(0);
        pilihIku6();
        assertThat(page.locator("#nilai-realisasi")).hasAttribute("readonly", "");
        assertThat(page.locator("#simpan-realisasi")).isHidden();
        assertThat(page.locator("#alasan-terkunci")).containsText("sudah ditetapkan");

        assertThat(jdbc.sql(
                                "SELECT status FROM persetujuan WHERE tenant_id = ? AND perangkat_daerah_id = ? AND tahun = ?")
                        .params(balangan.value(), pdId, TAHUN)
                        .query(String.class)
                        .single())
                .isEqualTo("DITETAPKAN");
        assertThat(nilaiTersimpan()).isEqualByComparingTo("2.2");
        keluar();

        // The admin reopens IKU-6 alone for a correction.
        masuk("admin.balangan");
        bukaRealisasi();
        pilihIku6();
        page.click("#buka-indikator");
        page.locator("#alasan textarea").fill("Koreksi data SIMFONI triwulan IV");
        page.click("#konfirmasi-buka-indikator");
        assertThat(page.locator("vaadin-notification-card:has-text('IKU-6 dibuka untuk perbaikan')"))
                .isVisible();
        assertThat(page.locator("#buka-indikator")).isHidden();
        keluar();

        masuk("operator.balangan");
        bukaRealisasi();
        pilihIku6();
        assertThat(page.locator("#alasan-terkunci")).isHidden();
        nilai().fill("2,1");
        page.click("#simpan-realisasi");
        assertThat(capaian()).hasText("89,47");
        assertThat(nilaiTersimpan()).isEqualByComparingTo("2.1");
        keluar();

        // The pimpinan locks it again once corrected.
        masuk("pimpinan.balangan");
        bukaRealisasi();
        pilihIku6();
        page.click("#kunci-indikator");
        assertThat(page.locator("vaadin-notification-card:has-text('IKU-6 dikunci kembali')"))
                .isVisible();
        assertThat(page.locator("#kunci-indikator")).isHidden();
        keluar();

        masuk("operator.balangan");
        bukaRealisasi();
        pilihIku6();
        assertThat(page.locator("#nilai-realisasi")).hasAttribute("readonly", "");
        assertThat(page.locator("#alasan-terkunci")).containsText("sudah ditetapkan");
    }

    private void pilihPeriode(String periode) {
        page.locator("#pilih-periode").click();
        page.locator("vaadin-select-item[role=option]:has-text('" + periode + "')")
                .first()
                .click();
    }

    private BigDecimal nilaiTersimpan() {
        return nilaiTersimpan(RealisasiIndikator.TAHUNAN);
    }

    private BigDecimal nilaiTersimpan(int triwulan) {
        return jdbc.sql("SELECT nilai FROM realisasi_indikator WHERE tenant_id = ? AND indikator_id = ? AND tahun = ?"
                        + " AND triwulan = ?")
                .params(balangan.value(), iku6, TAHUN, triwulan)
                .query(BigDecimal.class)
                .single();
    }

    private void bukaRealisasi() {
        page.navigate(url("realisasi?pd=" + pdId + "&tahun=" + TAHUN));
        assertThat(page.locator("#status-persetujuan")).isVisible();
    }

    /** Selects IKU-6 unless it is still selected: a click on the selected row deselects it. */
    private void pilihIku6() {
        if (!page.locator("#nilai-realisasi").isVisible()) {
            page.locator("vaadin-grid-cell-content:text-is('IKU-6')").click();
        }
        assertThat(page.locator("#nilai-realisasi")).isVisible();
    }

    private Locator nilai() {
        return page.locator("#nilai-realisasi input");
    }

    private Locator capaian() {
        return page.locator(".capaian[data-kode='IKU-6']");
    }

    private Locator kategori() {
        return page.locator(".kategori[data-kode='IKU-6']");
    }

    /** The demo's 2022 leaves one IKU's narrative empty: the operator is told before submitting, and submits. */
    private void ajukanWalauLkipBelumLengkap() {
        page.click("#ajukan");
        assertThat(page.locator("#kekurangan-ajukan")).containsText("narasi hambatan belum diisi");
        page.locator("#konfirmasi-ajukan vaadin-button[slot='confirm-button']").click();
    }
}
