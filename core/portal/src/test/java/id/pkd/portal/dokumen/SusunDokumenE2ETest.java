package id.pkd.portal.dokumen;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import id.pkd.portal.PortalDiPeramban;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * In Debian's Chromium: the pimpinan writes the kata pengantar, then renders the draft LKIP in the
 * background and downloads it; the screen shows the conformance list and the urusan chart.
 */
class SusunDokumenE2ETest extends PortalDiPeramban {

    @Test
    void pimpinanMenulisKataPengantarLaluMengunduhDrafLkip() throws Exception {
        masuk("pimpinan.balangan");
        page.navigate(url("dokumen/teks"));
        page.locator("vaadin-integer-field input").fill("2022");
        page.keyboard().press("Tab");
        // The year's text (the demo's kata pengantar) loads first; typing before it arrives would be overwritten.
        assertThat(page.locator("#isi-teks textarea")).hasValue(java.util.regex.Pattern.compile("Laporan Kinerja"));
        page.locator("#isi-teks textarea").fill("Puji syukur atas terselesaikannya laporan kinerja uji peramban.");
        page.click("#simpan-teks");
        assertThat(page.locator("vaadin-notification-card")).containsText("Teks disimpan");

        page.navigate(url("dokumen/susun"));
        pilihDiSelect("#jenis-dokumen", "Laporan Kinerja Instansi Pemerintah (LKIP)");
        page.locator("#tahun-dokumen input").fill("2022");
        page.keyboard().press("Tab");
        Locator kekurangan = page.locator("#kekurangan-dokumen");
        // The demo seeds Balangan's free texts, so none of them is missing.
        assertThat(kekurangan).not().containsText("Pendahuluan");
        assertThat(kekurangan).not().containsText("Kata Pengantar");
        assertThat(page.locator("img[alt='Grafik " + DokumenResmiTest.JUDUL_STATUS_DESA + "']"))
                .isVisible();

        // The draft carries the date chosen here, not the day it is rendered.
        page.locator("#tanggal-dokumen input").fill("31/01/2023");
        page.keyboard().press("Enter");
        page.click("#susun-pdf");
        Locator tautan = page.locator("#unduh-draf-pdf");
        tautan.waitFor(new Locator.WaitForOptions().setTimeout(120_000));
        assertThat(page.locator("#status-penyusunan")).containsText("halaman");
        Download unduhan = page.waitForDownload(tautan::click);
        Path pdf = Path.of("target", "dokumen-uji", "unduhan-draf-lkip.pdf");
        Files.createDirectories(pdf.getParent());
        unduhan.saveAs(pdf);
        String teks = DokumenResmiTest.Uji.jalankan("/usr/bin/pdftotext", pdf.toString(), "-")
                .replaceAll("\\s+", " ");
        assertThat(teks)
                .contains("DRAFT")
                .contains("laporan kinerja uji peramban")
                .contains("Rp 29.669.164.407")
                .contains("Paringin, 31 Januari 2023");
    }

    @Test
    void tombolDocxDanXlsxMengunduhBerkasYangDapatDisunting() throws Exception {
        masuk("pengamat.balangan");
        page.navigate(url("dokumen/susun"));
        pilihDiSelect("#jenis-dokumen", "Laporan Kinerja Instansi Pemerintah (LKIP)");
        page.locator("#tahun-dokumen input").fill("2022");
        page.keyboard().press("Tab");
        assertThat(page.locator("#subjek-dokumen input")).not().hasValue("");

        page.click("#susun-docx");
        Locator docx = page.locator("#unduh-draf-docx");
        docx.waitFor(new Locator.WaitForOptions().setTimeout(120_000));
        assertThat(page.locator("#status-penyusunan")).containsText("DOCX yang dapat disunting");
        Path berkasDocx = Path.of("target", "dokumen-uji", "unduhan-draf-lkip.docx");
        Files.createDirectories(berkasDocx.getParent());
        page.waitForDownload(docx::click).saveAs(berkasDocx);
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(berkasDocx))) {
            assertThat(doc.getTables()).isNotEmpty();
            assertThat(doc.getTables().get(0).getRow(0).isRepeatHeader()).isTrue();
        }

        page.click("#susun-xlsx");
        Locator xlsx = page.locator("#unduh-draf-xlsx");
        xlsx.waitFor(new Locator.WaitForOptions().setTimeout(120_000));
        Path berkasXlsx = Path.of("target", "dokumen-uji", "unduhan-draf-lkip.xlsx");
        page.waitForDownload(xlsx::click).saveAs(berkasXlsx);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(berkasXlsx))) {
            assertThat(wb.getNumberOfSheets()).isGreaterThan(1);
            assertThat(DokumenResmiTest.teksXlsx(Files.readAllBytes(berkasXlsx)))
                    .contains("Rp 29.669.164.407");
        }
    }
}
