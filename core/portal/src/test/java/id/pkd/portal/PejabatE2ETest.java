package id.pkd.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The tenant admin keeps the officials; a wrong NIP is refused at its field; others only read. */
class PejabatE2ETest extends PortalDiPeramban {

    static final String NIP = "198702142011012003";

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void hapus() {
        jdbc.sql("DELETE FROM pejabat WHERE nip = ?").param(NIP).update();
    }

    @Test
    void adminMenambahPejabatDenganNipYangDiperiksaDanPengamatHanyaMembaca() {
        masuk("admin.balangan");
        page.navigate(url("pejabat"));
        assertThat(page.locator("#tabel-pejabat")).containsText("Drs. Urai Nur Iskandar, MM");
        klikLaluTunggu("#tambah-pejabat");
        page.locator("#nip input").fill("19870230 201101 2 003");
        page.locator("#nama input").fill("Nor Aida, S.Sos");
        page.locator("#jabatan input").fill("Penyuluh Sosial Ahli Pertama");
        pilihDiSelect("#golongan", "III/a");
        assertThat(page.locator("#pangkat input")).hasValue("Penata Muda");
        pilihDiSelect("#eselon", "JF");
        page.click("#simpan-pejabat");
        assertThat(page.locator("#nip")).hasAttribute("invalid", "");
        assertThat(page.locator("#nip")).containsText("tanggal lahir yang ada");
        assertThat(page.locator("#nama input")).hasValue("Nor Aida, S.Sos");

        page.locator("#nip input").fill("19870214 201101 2 003");
        page.click("#simpan-pejabat");
        assertThat(page.locator("#tabel-pejabat")).containsText("Nor Aida, S.Sos");
        assertThat(page.locator("#tabel-pejabat")).containsText("19870214 201101 2 003");
        keluar();

        masuk("pengamat.balangan");
        page.navigate(url("pejabat"));
        assertThat(page.locator("#tabel-pejabat")).containsText("Nor Aida, S.Sos");
        assertThat(page.locator("#tambah-pejabat")).isHidden();
    }
}
