package id.pkd.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import id.pkd.portal.plugin.BerkasXlsxUji;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * An operator imports the yearly IDM spreadsheet in the browser: a file with one unknown village
 * is refused with the row and column named, the correct file imports all 154 villages.
 */
class ImporXlsxE2ETest extends PortalDiPeramban {

    @Test
    void operatorMengimporIdmXlsx() throws Exception {
        // The IDM form renders 154 rows: slow on a busy machine.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        try {
            impor();
        } catch (AssertionError e) {
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target", "impor-xlsx-e2e-gagal.png"))
                    .setFullPage(true));
            throw e;
        }
    }

    private void impor() throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "e2e", "xlsx").toAbsolutePath());
        Path salah = folder.resolve("idm-salah.xlsx");
        Files.write(salah, BerkasXlsxUji.idmBalangan2022(15, "63.11.99.9999"));
        Path benar = folder.resolve("idm-2022.xlsx");
        Files.write(benar, BerkasXlsxUji.idmBalangan2022(-1, null));

        masuk("operator.balangan");
        page.navigate(url("urusan/urusan-pmd/idm?tahun=2022"));
        assertThat(page.locator("#terhitung-desa-minimal-maju")).hasText("66,88");

        Download templat = page.waitForDownload(() -> page.click("#unduh-templat"));
        try (InputStream masuk = templat.createReadStream();
                XSSFWorkbook buku = new XSSFWorkbook(masuk)) {
            org.assertj.core.api.Assertions.assertThat(
                            buku.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Kode Desa");
        }

        page.setInputFiles("#impor-xlsx input[type=file]", salah);
        assertThat(page.locator("#hasil-impor")).containsText("Tidak ada yang diimpor dari idm-salah.xlsx");
        assertThat(page.locator("#masalah-impor"))
                .containsText("Baris 18, kolom Kode Desa: Kode Desa 63.11.99.9999 tidak terdaftar.");
        assertThat(page.locator("#terhitung-desa-minimal-maju")).hasText("66,88");
        page.locator("#hasil-impor")
                .screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                        .setPath(Path.of("target", "e2e", "xlsx", "impor-gagal.png")));

        page.setInputFiles("#impor-xlsx input[type=file]", benar);
        assertThat(page.locator("#hasil-impor")).containsText("154 baris diimpor");
        assertThat(page.locator("#masalah-impor")).hasCount(0);
        assertThat(page.locator("#terhitung-desa-minimal-maju")).hasText("66,88");
    }
}
