package id.pkd.portal.daerah;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import id.pkd.portal.PortalDiPeramban;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.PenggunaBaru;
import id.pkd.portal.pengguna.Peran;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The portal operator sees each region's zone and sets another for one region on the tenant screen. */
class ZonaWaktuE2ETest extends PortalDiPeramban {

    @Autowired
    DaerahService daerah;

    @BeforeEach
    void daerahPapuaUji() {
        boolean ada = SebagaiSistem.jalankan(Peran.OPERATOR_PORTAL, null, () -> daerah.semua().stream()
                .anyMatch(d -> d.kodeWilayah().equals("94.13")));
        if (!ada) {
            SebagaiSistem.jalankan(
                    Peran.OPERATOR_PORTAL,
                    null,
                    () -> daerah.daftarkan(new DaerahBaru(
                            "94.13",
                            "Kabupaten Uji Zona",
                            JenisDaerah.KABUPATEN,
                            null,
                            new PenggunaBaru(
                                    "admin.uji9413",
                                    "Rahasia-Uji-2024!",
                                    "Admin Uji",
                                    Peran.ADMIN_DAERAH,
                                    null,
                                    null))));
        }
    }

    @Test
    void operatorMenetapkanZonaWaktuDaerah() {
        masuk("operator.portal");
        page.navigate(url("daerah"));
        assertThat(page.locator("vaadin-grid")).containsText("WITA (menurut kode provinsi)");
        assertThat(page.locator("vaadin-grid")).containsText("WIT (menurut kode provinsi)");

        page.locator("#zona-daerah input").fill("94.13");
        page.locator("vaadin-combo-box-item:has-text('94.13 Kabupaten Uji Zona')")
                .click();
        assertThat(page.locator("#zona-waktu input")).hasValue("Menurut kode provinsi");
        page.locator("#zona-waktu input").fill("WITA");
        page.locator("vaadin-combo-box-item:text-is('WITA')").click();
        assertThat(page.locator("#zona-waktu input")).hasValue("WITA");
        page.click("#simpan-zona-waktu");
        assertThat(page.locator("vaadin-notification-card"))
                .containsText("Zona waktu Kabupaten Uji Zona: WITA (ditetapkan untuk daerah ini).");
        assertThat(page.locator("vaadin-grid")).containsText("WITA (ditetapkan untuk daerah ini)");
    }
}
