package id.pkd.portal.pengguna;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import id.pkd.portal.PortalDiPeramban;
import id.pkd.portal.daerah.DaerahBaru;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.daerah.JenisDaerah;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.tenant.TenantId;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A reset password forces a change before anything else; the operator repairs a tenant. Own tenants 27.47, 27.48. */
class KataSandiE2ETest extends PortalDiPeramban {

    private static final String SANDI = "Rahasia-Uji-2024!";
    private static final String SANDI_BARU = "Sandi-Baru-Pilihan-9";

    @Autowired
    DaerahService daerah;

    @Autowired
    PenggunaService pengguna;

    @Autowired
    JdbcClient jdbc;

    @Test
    void sandiSementaraMembawaKeGantiSandiLaluKeBeranda() {
        TenantId t = daerahBaru("27.47", "admin.sandi.e2e");
        Pengguna p = SebagaiSistem.jalankan(
                Peran.ADMIN_DAERAH,
                t,
                () -> pengguna.tambah(new PenggunaBaru(
                        "operator.sandi.e2e", SANDI, "Operator Sandi E2E", Peran.OPERATOR, null, null)));

        masukDengan("admin.sandi.e2e", SANDI);
        page.navigate(url("pengguna/" + p.id()));
        page.click("#atur-ulang-sandi");
        Locator tampil = page.locator("#sandi-sementara");
        assertThat(tampil).isVisible();
        String sementara = tampil.innerText().strip();
        assertThat(tampil).hasText(Pattern.compile("[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}"));
        keluar();

        masukDengan("operator.sandi.e2e", sementara);
        assertThat(page).hasURL(Pattern.compile(".*/akun/ganti-sandi(\\?.*)?$"));
        // Every other page sends the account back until the password is changed.
        page.navigate(url(""));
        assertThat(page).hasURL(Pattern.compile(".*/akun/ganti-sandi(\\?.*)?$"));

        page.locator("#sandi-lama input").fill(sementara);
        page.locator("#sandi-baru input").fill(SANDI_BARU);
        page.locator("#sandi-ulang input").fill(SANDI_BARU + "x");
        page.click("#ganti-sandi");
        assertThat(page.locator("#sandi-ulang")).hasAttribute("invalid", "");
        assertThat(page.locator("#sandi-ulang")).containsText("tidak sama");
        assertThat(page.locator("#sandi-baru input")).hasValue(SANDI_BARU);

        page.locator("#sandi-ulang input").fill(SANDI_BARU);
        page.click("#ganti-sandi");
        assertThat(page.getByText("Selamat datang, Operator Sandi E2E")).isVisible();
        page.navigate(url("akun"));
        assertThat(page).hasURL(Pattern.compile(".*/akun$"));
        assertThat(page.locator("#tautan-dua-faktor[href='akun/dua-faktor']")).isVisible();
    }

    @Test
    void operatorMengaktifkanAdminTunggalYangNonaktif() {
        TenantId t = daerahBaru("27.48", "admin.pulih.e2e");
        jdbc.sql("UPDATE pengguna SET aktif = FALSE WHERE tenant_id = ?")
                .param(t.value())
                .update();

        masuk("operator.portal");
        page.navigate(url("daerah/pengguna"));
        page.locator("#pilih-daerah input").fill("27.48");
        page.locator("vaadin-combo-box-item:has-text('27.48')").first().click();
        Locator sel = page.locator("vaadin-grid-cell-content");
        assertThat(sel.filter(new Locator.FilterOptions().setHasText("admin.pulih.e2e")))
                .isVisible();
        assertThat(sel.filter(new Locator.FilterOptions().setHasText("Nonaktif")))
                .isVisible();
        page.click("vaadin-button:has-text('Aktifkan')");
        assertThat(sel.filter(new Locator.FilterOptions().setHasText("Nonaktif")))
                .hasCount(0);
        keluar();

        masukDengan("admin.pulih.e2e", SANDI);
        assertThat(page.getByText("Anda masuk sebagai Admin Daerah.")).isVisible();
    }

    private void masukDengan(String nama, String sandi) {
        page.navigate(url("login"));
        page.fill("input[name=username]", nama);
        page.fill("input[name=password]", sandi);
        page.keyboard().press("Enter");
        // A new Admin Daerah must enrol a second factor first (a user without a required factor goes on at once).
        daftarDuaFaktorBilaDiminta();
        assertThat(page.locator("vaadin-app-layout")).isVisible();
    }

    private TenantId daerahBaru(String kode, String admin) {
        return SebagaiSistem.jalankan(
                        Peran.OPERATOR_PORTAL,
                        null,
                        () -> daerah.daftarkan(new DaerahBaru(
                                kode,
                                "Kabupaten Uji " + kode,
                                JenisDaerah.KABUPATEN,
                                null,
                                new PenggunaBaru(admin, SANDI, "Admin " + kode, Peran.ADMIN_DAERAH, null, null))))
                .tenantId();
    }
}
