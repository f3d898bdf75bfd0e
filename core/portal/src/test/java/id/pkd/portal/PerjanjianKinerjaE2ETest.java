package id.pkd.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.perjanjiankinerja.DaerahUjiPk;
import id.pkd.portal.pertukaran.ImporRencanaService;
import java.math.BigDecimal;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The admin of a fresh region (12.03, one agency with its Renstra and three officials) agrees the head's PK on the
 * Renstra sasaran and the kepala bidang's PK on the head's sasaran through the editor: a missing target is refused
 * at its field with what was typed kept. The pohon kinerja then shows the cascade and downloads as a PNG.
 */
class PerjanjianKinerjaE2ETest extends PortalDiPeramban {

    static final String DAERAH = "12.03";
    static final String ADMIN = "admin.uji1203";

    @Autowired
    DaerahService daerah;

    @Autowired
    ImporRencanaService impor;

    @Autowired
    JdbcClient jdbc;

    void isi(String id, String nilai) {
        page.locator("#" + id + " input, #" + id + " textarea").first().fill(nilai);
    }

    void pilihCombo(String id, String ketik, String item) {
        page.locator("#" + id + " input").fill(ketik);
        page.locator("vaadin-combo-box-item:has-text('" + item + "')").first().click();
    }

    @Test
    void adminMenyusunPkBerjenjangDanPohonnyaDapatDiunduh() throws Exception {
        long tenant = DaerahUjiPk.pastikan(daerah, impor, jdbc, DAERAH, ADMIN, "E2E.1")
                .value();
        page.navigate(url("login"), new com.microsoft.playwright.Page.NavigateOptions().setTimeout(90_000));
        page.fill("input[name=username]", ADMIN);
        page.fill("input[name=password]", DaerahUjiPk.SANDI);
        page.keyboard().press("Enter");
        daftarDuaFaktorBilaDiminta();
        assertThat(page.locator("vaadin-app-layout")).isVisible();
        page.navigate(url("perjanjian-kinerja"));
        pilihDiSelect("#pilih-tahun", "2026");
        assertThat(page.locator("#pihak")).containsText("Pihak pertama: Kepala E2E.1");

        isi("pihak-kedua-nama", "H. Bupati Uji");
        isi("pihak-kedua-jabatan", "Bupati Uji");
        page.click("#simpan-pihak-kedua");
        assertThat(page.locator("#pihak")).containsText("Pihak kedua: H. Bupati Uji, Bupati Uji");

        klikLaluTunggu("#tambah-sasaran");
        isi("kode", "K-S1");
        isi("uraian", "Meningkatnya PPKS yang mandiri");
        pilihCombo("atasan", "S1", "S1 – Meningkatnya penanganan PPKS");
        pilihCombo("indikator-0-renstra", "IKU-1", "IKU-1 – Persentase PPKS yang tertangani");
        page.click("#simpan-sasaran");
        assertThat(page.locator("#indikator-0-target")).hasAttribute("invalid", "");
        assertThat(page.locator("#indikator-0-target")).containsText("Target wajib diisi.");
        assertThat(page.locator("#uraian textarea")).hasValue("Meningkatnya PPKS yang mandiri");
        isi("indikator-0-target", "55,5");
        page.locator("#indikator-0-target input").press("Control+Enter");
        assertThat(page.locator("#daftar-sasaran")).containsText("Persentase PPKS yang tertangani: 55,5 %");

        pilihDiSelect("#pilih-pejabat", "Kabid E2E.1 – Kepala Bidang Rehabilitasi Sosial (III.b) · belum ada PK");
        klikLaluTunggu("#tambah-sasaran");
        isi("kode", "KB-S1");
        isi("uraian", "Meningkatnya rehabilitasi sosial");
        pilihCombo("atasan", "K-S1", "K-S1 – Meningkatnya PPKS yang mandiri");
        isi("indikator-0-nama", "PPKS yang direhabilitasi");
        isi("indikator-0-satuan", "orang");
        isi("indikator-0-target", "1.200");
        page.click("#simpan-sasaran");
        assertThat(page.locator("#daftar-sasaran")).containsText("PPKS yang direhabilitasi: 1.200 orang");
        assertThat(page.locator("#pihak")).containsText("Pihak kedua: Kepala E2E.1");

        org.assertj.core.api.Assertions.assertThat(
                        jdbc.sql("SELECT i.target FROM pk_indikator i JOIN pk_sasaran s ON s.id = i.pk_sasaran_id"
                                        + " WHERE s.tenant_id = ? ORDER BY s.kode")
                                .param(tenant)
                                .query(BigDecimal.class)
                                .list())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("55.5"), new BigDecimal("1200"));

        // the whole agency's agreements into 2027; a second copy into a year that has them is refused at the year
        page.click("#salin-ke-tahun");
        page.locator("#salin-pk-lingkup vaadin-radio-button:has-text('Semua pejabat')")
                .click();
        page.click("#salin-pk");
        assertThat(page.getByText("2 Perjanjian Kinerja (2 sasaran, 2 target) disalin ke tahun 2027."))
                .isVisible();
        assertThat(page.locator("#pilih-tahun")).containsText("2027");
        assertThat(page.locator("#daftar-sasaran")).containsText("PPKS yang direhabilitasi: 1.200 orang");
        page.click("#salin-ke-tahun");
        pilihDiSelect("#salin-pk-tahun", "2026");
        page.click("#salin-pk");
        assertThat(page.locator("#salin-pk-tahun")).hasAttribute("invalid", "");
        assertThat(page.locator("#salin-pk-tahun")).containsText("sudah memiliki Perjanjian Kinerja tahun 2026");
        page.keyboard().press("Escape");

        page.navigate(url("pohon-kinerja"));
        pilihDiSelect("#pilih-tahun", "2026");
        assertThat(page.locator("#pohon-kinerja")).containsText("K-S1 Meningkatnya PPKS yang mandiri");
        page.click("#buka-semua");
        assertThat(page.locator("#pohon-kinerja")).containsText("KB-S1 Meningkatnya rehabilitasi sosial");
        Download unduh = page.waitForDownload(() -> page.click("#unduh-pohon"));
        byte[] png = Files.readAllBytes(unduh.path());
        org.assertj.core.api.Assertions.assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }
}
