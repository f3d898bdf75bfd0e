package id.pkd.portal.pembanding;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import id.pkd.portal.PortalDiPeramban;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Balangan's operator on the realisasi screen: IKU-2 (IPG) shows the province's 2022 figure the demo records, and
 * in a year no other test uses (2026) a provincial target is recorded beside it.
 */
class PembandingE2ETest extends PortalDiPeramban {

    static final int TAHUN_UJI = 2026;

    @Autowired
    JdbcClient jdbc;

    @Test
    void operatorMencatatTargetProvinsiDiSampingIndikator() {
        page.setDefaultTimeout(60_000);
        long pd = jdbc.sql(
                        "SELECT pd.id FROM perangkat_daerah pd JOIN indikator i ON i.perangkat_daerah_id = pd.id"
                                + " JOIN pembanding_indikator p ON p.indikator_id = i.id WHERE i.kode = 'IKU-2' AND p.tahun = 2022")
                .query(Long.class)
                .single();
        masuk("operator.balangan");
        page.navigate(url("realisasi?pd=" + pd + "&tahun=2022"));
        klikLaluTunggu("vaadin-grid-cell-content:text-is('IKU-2')");
        assertThat(page.locator("#pembanding-daftar")).containsText("Provinsi Kalimantan Selatan");
        assertThat(page.locator("#pembanding-daftar")).containsText("88,86");

        page.navigate(url("realisasi?pd=" + pd + "&tahun=" + TAHUN_UJI));
        klikLaluTunggu("vaadin-grid-cell-content:text-is('IKU-2')");
        pilihDiSelect("#pembanding-jenis", "Target");
        page.locator("#pembanding-wilayah input").fill("Provinsi Kalimantan Selatan");
        page.locator("#pembanding-nilai input").fill("89,5");
        page.locator("#pembanding-sumber input").fill("RPJMD Provinsi Kalimantan Selatan");
        page.click("#pembanding-simpan");
        assertThat(page.locator("vaadin-notification-card")).containsText("Pembanding disimpan.");
        assertThat(page.locator("#pembanding-daftar")).containsText("89,5");
        assertThat(page.locator("#pembanding-daftar")).containsText("RPJMD Provinsi Kalimantan Selatan");
    }

    @AfterEach
    void bersihkan() {
        jdbc.sql("DELETE FROM pembanding_indikator WHERE tahun = ?")
                .param(TAHUN_UJI)
                .update();
    }
}
