package id.pkd.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A link to Realisasi naming a year outside the region's RPJMD period (Kotawaringin Barat's demo period is
 * 2017–2022) opened the error page; it now opens on the default year and says at the year picker why.
 */
class RealisasiTahunLuarPeriodeE2ETest extends PortalDiPeramban {

    @Test
    void tahunDiLuarPeriodeDijelaskanDiPemilihTahun() {
        // The first page of a cold portal on a busy machine can outlast the base class's 20 s.
        page.setDefaultNavigationTimeout(120_000);
        page.setDefaultTimeout(60_000);
        masuk("operator.kobar");
        page.navigate(url("realisasi?tahun=2024"));

        assertThat(page.locator("#pilih-tahun [slot=error-message]"))
                .containsText("Tahun 2024 di luar periode RPJMD daerah ini (2017–2022); ditampilkan tahun 20");
        assertThat(page.locator("#pilih-tahun")).hasAttribute("invalid", "");
        assertThat(page.locator("vaadin-grid.tabel-realisasi")).isVisible();
        assertThat(page.locator("body")).not().containsText("Terjadi kesalahan");

        pilihDiSelect("#pilih-tahun", "2021");
        assertThat(page.locator("#pilih-tahun")).not().hasAttribute("invalid", "");
    }
}
