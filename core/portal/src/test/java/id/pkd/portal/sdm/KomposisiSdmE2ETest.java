package id.pkd.portal.sdm;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import id.pkd.portal.PortalDiPeramban;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Balangan's operator on the SDM editor: the seed's 2022 composition with its total, then a year nobody uses (2031)
 * where totals that disagree are refused at their group and the corrected figures are saved.
 */
class KomposisiSdmE2ETest extends PortalDiPeramban {

    static final int TAHUN_UJI = 2031;

    @Autowired
    JdbcClient jdbc;

    @Test
    void operatorMengisiKomposisiSdmDanMelihatKesalahanDiKelompoknya() {
        masuk("operator.balangan");
        page.navigate(url("perangkat-daerah/sdm"));
        page.locator("#sdm-tahun input").fill("2022");
        page.locator("#sdm-tahun input").press("Enter");
        assertThat(page.locator("#sdm-ESELON_III input")).hasValue("6");
        assertThat(page.locator("#sdm-total-JABATAN")).hasText("Jumlah jabatan/eselon: 145 orang");

        page.locator("#sdm-tahun input").fill(String.valueOf(TAHUN_UJI));
        page.locator("#sdm-tahun input").press("Enter");
        assertThat(page.locator("#sdm-ESELON_III input")).hasValue("");
        page.locator("#sdm-PELAKSANA input").fill("10");
        page.locator("#sdm-PNS input").fill("9");
        page.locator("#sdm-PNS input").press("Tab");
        page.click("#simpan-sdm");
        assertThat(page.locator("#sdm-galat-STATUS"))
                .hasText("Jumlah menurut status kepegawaian (9 orang) tidak sama dengan jumlah menurut"
                        + " jabatan/eselon (10 orang).");

        page.locator("#sdm-PNS input").fill("10");
        page.locator("#sdm-PNS input").press("Tab");
        page.click("#simpan-sdm");
        assertThat(page.locator("vaadin-notification-card")).containsText("Komposisi SDM disimpan.");
        assertThat(page.locator("#sdm-galat-STATUS")).hasText("");
        assertThat(page.locator("#sdm-total-STATUS")).hasText("Jumlah status kepegawaian: 10 orang");
    }

    @AfterEach
    void bersihkan() {
        jdbc.sql("DELETE FROM komposisi_sdm WHERE tahun = ?").param(TAHUN_UJI).update();
    }
}
