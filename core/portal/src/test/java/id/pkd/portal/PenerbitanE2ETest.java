package id.pkd.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.IsianRealisasi;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.perencanaan.RealisasiIndikator;
import id.pkd.portal.perencanaan.RealisasiService;
import id.pkd.portal.persetujuan.PersetujuanService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In the browser: the pimpinan issues the LKIP 2022, signs it with the demo PKCS#12 and downloads it; the public
 * verification page confirms it by upload and by its QR address, and reports a changed copy as changed.
 */
class PenerbitanE2ETest extends PortalDiPeramban {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    RealisasiService realisasi;

    RealisasiIndikator iku7Semula;

    /**
     * Balangan's LKIP 2022 gives no hambatan or rencana tindak lanjut for IKU-7, so the conformance
     * check holds the LKIP back until the operator writes them; here the operator has.
     */
    @BeforeEach
    void operatorMelengkapiNarasiIku7() {
        iku7Semula = realisasiIku7();
        simpanIku7(
                "Sebagian desa belum memanfaatkan dana desa untuk pemberdayaan ekonomi.",
                "Pendampingan penyusunan RKPDes dan penguatan BUMDes di desa berkembang.");
        // Only approved data is issued: with the narrative complete, the agency's 2022 goes through the workflow.
        AlurPersetujuanUji.tetapkan(persetujuan, tenant("63.11"), pdIku7(), 2022);
    }

    @Autowired
    PersetujuanService persetujuan;

    @AfterEach
    void pulihkanNarasiIku7() {
        AlurPersetujuanUji.bukaKembali(persetujuan, tenant("63.11"), pdIku7(), 2022);
        simpanIku7(iku7Semula.hambatan(), iku7Semula.rencanaTindakLanjut());
    }

    private long pdIku7() {
        return sebagai(Peran.OPERATOR, "63.11", () -> perencanaan.indikator(iku7Semula.indikatorId()))
                .perangkatDaerahId();
    }

    private RealisasiIndikator realisasiIku7() {
        return sebagai(Peran.OPERATOR, "63.11", () -> {
            long id = jdbc.sql("SELECT id FROM indikator WHERE tenant_id = ? AND kode = 'IKU-7'")
                    .param(tenant("63.11").value())
                    .query(Long.class)
                    .single();
            long pd = perencanaan.indikator(id).perangkatDaerahId();
            return perencanaan
                    .rencana(pd, 2022)
                    .realisasi(id, 2022, RealisasiIndikator.TAHUNAN)
                    .orElseThrow();
        });
    }

    private void simpanIku7(String hambatan, String rencanaTindakLanjut) {
        RealisasiIndikator r = iku7Semula;
        sebagai(
                Peran.OPERATOR,
                "63.11",
                () -> realisasi.simpan(new IsianRealisasi(
                        r.indikatorId(),
                        r.tahun(),
                        r.triwulan(),
                        r.nilai(),
                        r.pembilang(),
                        r.penyebut(),
                        r.skala(),
                        r.upaya(),
                        hambatan,
                        rencanaTindakLanjut)));
    }

    @Test
    void pimpinanMenerbitkanMenandatanganiMengunduhDanHalamanPublikMemverifikasi() throws Exception {
        masuk("pimpinan.balangan");
        page.navigate(url("penerbitan"));
        page.locator("#jenis-dokumen input").fill("Laporan Kinerja Instansi Pemerintah (LKIP)");
        page.keyboard().press("Enter");
        page.locator("#tahun-dokumen input").fill("2022");
        page.keyboard().press("Tab");
        assertThat(page.locator("#kekurangan")).containsText("Data lengkap");
        // The LKIP 2022 goes out dated early 2023, whatever day it is issued.
        page.locator("#tanggal-dokumen input").fill("31/01/2023");
        page.keyboard().press("Enter");

        // Rendering and signing run in the background; a cold JVM on a busy machine needs more than the default.
        context.setDefaultTimeout(90_000);
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(90_000);
        page.click("#terbitkan");
        assertThat(page.locator("#passphrase")).isVisible();
        assertThat(page.getByText("Kepala Perangkat Daerah: Drs. Urai Nur Iskandar, MM")
                        .first())
                .isVisible();
        page.locator("#passphrase input").fill("salah-sandi");
        page.click("#tandatangani");
        assertThat(page.locator("#status-penerbitan"))
                .hasText("Passphrase sertifikat salah. Periksa kembali lalu coba lagi.");

        // The document waits in the registry; the pimpinan continues from there.
        page.locator("#registri vaadin-button:has-text('Tanda tangani')")
                .first()
                .click();
        page.locator("#passphrase input").fill("ttd-demo-2022");
        page.click("#tandatangani");
        assertThat(page.locator("#status-penerbitan")).containsText("Dokumen terbit: PKD/63.11/LKIP/2022/");
        // Balangan keeps WITA: the registry says so beside each time.
        assertThat(page.locator("#registri")).containsText("WITA");
        Download unduhan = page.waitForDownload(() -> page.click("#unduh-terbit"));
        Path pdf = Path.of("target", "e2e", "lkip-terbit.pdf").toAbsolutePath();
        Files.createDirectories(pdf.getParent());
        unduhan.saveAs(pdf);
        String teks = PortalE2ETest.pdfKeTeks(pdf);
        assertThat(teks)
                .contains("Pemerintah Kabupaten Balangan")
                .contains("Drs. Urai Nur Iskandar, MM")
                .contains("19730501 199311 1 001")
                .contains("Rp 29.669.164.407")
                .contains("Rp 25.936.934.756")
                .contains("87,42")
                .contains("126,21")
                .doesNotContain("DRAFT")
                .doesNotContain("Kotawaringin");
        assertThat(teks.replaceAll("\\s+", " ")).contains("Paringin, 31 Januari 2023");
        String sha = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(pdf)));
        String token = jdbc.sql("SELECT token FROM dokumen_terbit WHERE sha256 = ?")
                .param(sha)
                .query(String.class)
                .single();

        keluar();
        page.navigate(url("verifikasi"));
        page.setInputFiles("vaadin-upload input[type=file]", pdf);
        assertThat(page.locator("#hasil-verifikasi")).containsText("sama persis dengan dokumen terdaftar");
        assertThat(page.locator("#hasil-verifikasi"))
                .containsText("Tanda tangan sah dan dokumen tidak berubah sejak ditandatangani.");
        assertThat(page.locator("#hasil-verifikasi")).containsText("Pemerintah Kabupaten Balangan");
        assertThat(page.locator("#hasil-verifikasi")).hasAttribute("data-sah", "true");

        Path diubah = pdf.resolveSibling("lkip-terbit-diubah.pdf");
        byte[] isi = Files.readAllBytes(pdf);
        int pos = new String(isi, StandardCharsets.ISO_8859_1).indexOf("stream\n") + 30;
        isi[pos] ^= 0x01;
        Files.write(diubah, isi);
        page.reload();
        page.setInputFiles("vaadin-upload input[type=file]", diubah);
        assertThat(page.locator("#hasil-verifikasi")).containsText("BERBEDA dari dokumen terdaftar");
        assertThat(page.locator("#hasil-verifikasi")).containsText("tidak sah");
        assertThat(page.locator("#hasil-verifikasi")).hasAttribute("data-sah", "false");

        page.navigate(url("verifikasi/" + token));
        assertThat(page.locator("#dokumen-terdaftar")).containsText("Dokumen terdaftar di Portal Kinerja Daerah.");
        assertThat(page.locator("#dokumen-terdaftar"))
                .containsText("Kepala Perangkat Daerah: Drs. Urai Nur Iskandar, MM");
        assertThat(page.locator("#dokumen-terdaftar")).containsText("Tanda tangan sah");
        assertThat(page.locator("#dokumen-terdaftar")).containsText("WITA");
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @Test
    void penggunaKobarTidakMelihatRegistriBalangan() {
        masuk("pimpinan.kobar");
        page.navigate(url("penerbitan"));
        assertThat(page.locator("#registri")).isVisible();
        assertThat(page.locator("#registri")).not().containsText("63.11");
    }
}
