package id.pkd.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A user who types right after "Tambah pejabat", before the server's answer emptying the editor has arrived, keeps
 * what he typed (tampilan.KetikanCepat): the answer is held back on purpose until the keys are in.
 */
class KetikanCepatE2ETest extends PortalDiPeramban {

    static final String NIP = "198803152012032005";

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void hapus() {
        jdbc.sql("DELETE FROM pejabat WHERE nip = ?").param(NIP).update();
    }

    @Test
    void ketikanSebelumJawabanTambahPejabatTidakHilang() {
        masuk("admin.balangan");
        page.navigate(url("pejabat"));
        page.locator("#tabel-pejabat vaadin-grid-cell-content:text-is('Drs. Urai Nur Iskandar, MM')")
                .click();
        assertThat(page.locator("#nama input")).hasValue("Drs. Urai Nur Iskandar, MM");

        // The click's request leaves; its answer waits until the user has typed.
        List<Route> ditahan = new ArrayList<>();
        Predicate<String> uidl = u -> u.contains("v-r=uidl");
        page.route(uidl, r -> {
            if (ditahan.isEmpty()) {
                ditahan.add(r);
            } else {
                r.resume();
            }
        });
        page.click("#tambah-pejabat");
        // emptied in the browser at the click, not by the answer
        assertThat(page.locator("#nama input")).hasValue("");
        page.locator("#nip input").fill("19880315 201203 2 005");
        page.locator("#nama input").fill("Siti Jamilah, S.Sos");
        page.locator("#jabatan input").fill("Analis Kebijakan Ahli Muda");
        ditahan.forEach(Route::resume);
        page.waitForFunction("() => !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
        page.unroute(uidl);

        assertThat(page.locator("#nip input")).hasValue("19880315 201203 2 005");
        assertThat(page.locator("#nama input")).hasValue("Siti Jamilah, S.Sos");
        assertThat(page.locator("#jabatan input")).hasValue("Analis Kebijakan Ahli Muda");
        // what was kept reached the server: the new official is saved with it
        pilihDiSelect("#golongan", "III/c");
        pilihDiSelect("#eselon", "JF");
        page.click("#simpan-pejabat");
        assertThat(page.locator("vaadin-notification-card")).containsText("Pejabat Siti Jamilah, S.Sos disimpan.");
        assertThat(jdbc.sql("SELECT CONCAT(nama, ' | ', jabatan) FROM pejabat WHERE nip = ?")
                        .param(NIP)
                        .query(String.class)
                        .single())
                .isEqualTo("Siti Jamilah, S.Sos | Analis Kebijakan Ahli Muda");
    }
}
