package id.pkd.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import java.io.InputStream;
import java.nio.file.Files;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Inspektorat (signed in as Pengamat) finds its own sign-in on the trail, checks the chain and
 * downloads the search as XLSX; an operator has no trail screen.
 */
class JejakE2ETest extends PortalDiPeramban {

    @Test
    void pengamatMencariJejakMemeriksaKeutuhanDanMengunduhXlsx() throws Exception {
        masuk("pengamat.balangan");
        page.navigate(url("jejak"));
        page.locator("#saring-oleh input").fill("pengamat.balangan");
        assertThat(page.locator("#tabel-jejak")).containsText("masuk");
        assertThat(page.locator("#tabel-jejak")).containsText("berhasil");
        assertThat(page.locator("#jumlah-jejak")).containsText("entri");

        page.click("#periksa-keutuhan");
        assertThat(page.locator("#hasil-verifikasi")).containsText("Jejak audit utuh");

        Download unduhan = page.waitForDownload(() -> page.click("#unduh-jejak"));
        try (InputStream isi = Files.newInputStream(unduhan.path());
                XSSFWorkbook buku = new XSSFWorkbook(isi)) {
            Sheet lembar = buku.getSheetAt(0);
            org.assertj.core.api.Assertions.assertThat(
                            lembar.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Urut");
            org.assertj.core.api.Assertions.assertThat(lembar.getLastRowNum()).isPositive();
            for (int i = 1; i <= lembar.getLastRowNum(); i++) {
                org.assertj.core.api.Assertions.assertThat(
                                lembar.getRow(i).getCell(2).getStringCellValue())
                        .as("the download follows the search")
                        .contains("pengamat.balangan");
            }
        }
        keluar();

        masuk("operator.balangan");
        assertThat(page.locator("vaadin-side-nav")).not().containsText("Jejak Audit");
    }
}
