package id.pkd.portal.duafaktor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import id.pkd.portal.PortalDiPeramban;
import id.pkd.portal.daerah.DaerahBaru;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.daerah.JenisDaerah;
import id.pkd.portal.keamanan.AkunPengguna;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.Pengguna;
import id.pkd.portal.pengguna.PenggunaBaru;
import id.pkd.portal.pengguna.PenggunaService;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A new Admin Daerah's first sign-in in the browser: enrolment is required before Beranda (the test "scans" the QR
 * code by computing codes from the secret shown on the page), then the code, a recovery code, and the reset of a
 * user's factor from the user's page. Own tenant 27.24.
 */
class DuaFaktorE2ETest extends PortalDiPeramban {

    private static final String SANDI = "Rahasia-Uji-2024!";
    private static final String ADMIN = "admin.df.peramban";

    @Autowired
    DaerahService daerah;

    @Autowired
    PenggunaService pengguna;

    @Autowired
    DuaFaktorService duaFaktor;

    @Autowired
    JdbcClient basisData;

    @Test
    void adminBaruMendaftarDuaFaktorSebelumBerandaLaluMasukDenganKodeDanKodePemulihan() {
        TenantId t = SebagaiSistem.jalankan(
                        Peran.OPERATOR_PORTAL,
                        null,
                        () -> daerah.daftarkan(new DaerahBaru(
                                "27.24",
                                "Kabupaten Uji Dua Faktor",
                                JenisDaerah.KABUPATEN,
                                null,
                                new PenggunaBaru(ADMIN, SANDI, "Admin Dua Faktor", Peran.ADMIN_DAERAH, null, null))))
                .tenantId();

        kataSandi();
        assertThat(page).hasURL(Pattern.compile(".*/masuk/daftar-kode$"));
        page.navigate(url(""));
        assertThat(page).hasURL(Pattern.compile(".*/masuk/daftar-kode$"));
        assertThat(page.locator("#qr-dua-faktor")).hasAttribute("src", Pattern.compile("^data:image/png;base64,.+"));
        String rahasia = page.locator("#rahasia-dua-faktor").textContent();
        assertThat(rahasia).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
        page.locator("#kode-daftar input").fill(KodeUji.kodeSekarang(rahasia));
        page.click("#aktifkan-dua-faktor");
        assertThat(page.locator("#kode-pemulihan li")).hasCount(10);
        List<String> pemulihan = page.locator("#kode-pemulihan li").allTextContents();
        page.click("#sudah-disimpan");
        assertThat(page.locator("vaadin-app-layout")).isVisible();
        assertThat(page.locator(".nama-daerah")).containsText("Kabupaten Uji Dua Faktor");
        keluar();

        // Next sign-in: the code page, which refuses a wrong code and takes the app's current one.
        kataSandi();
        assertThat(page).hasURL(Pattern.compile(".*/masuk/kode$"));
        page.navigate(url("pengguna"));
        assertThat(page).hasURL(Pattern.compile(".*/masuk/kode$"));
        String salah = Totp.kode(Base32.dekode(rahasia), Totp.langkah(Instant.now()) + 9);
        page.locator("#kode-masuk input").fill(salah);
        page.click("#kirim-kode");
        assertThat(page.getByText("Kode salah.")).isVisible();
        page.locator("#kode-masuk input").fill(KodeUji.kodeDariRahasia(basisData, ADMIN, rahasia));
        page.click("#kirim-kode");
        assertThat(page.locator("vaadin-app-layout")).isVisible();
        keluar();

        kataSandi();
        page.locator("#kode-masuk input").fill(pemulihan.get(0));
        page.click("#kirim-kode");
        assertThat(page.locator("vaadin-app-layout")).isVisible();

        // The admin resets a user's lost factor on the user's page.
        Pengguna pengamat = SebagaiSistem.jalankan(
                Peran.ADMIN_DAERAH,
                t,
                () -> pengguna.tambah(new PenggunaBaru(
                        "pengamat.df.peramban", SANDI, "Pengamat Dua Faktor", Peran.PENGAMAT, null, null)));
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        new AkunPengguna(pengamat.username(), "", "", Peran.PENGAMAT, t.value(), true),
                        null,
                        List.of(() -> Peran.PENGAMAT.authority())));
        try {
            RahasiaTotp r = duaFaktor.rahasiaBaru();
            duaFaktor.daftarkan(r, Totp.kode(r.rahasia(), Totp.langkah(Instant.now())));
        } finally {
            SecurityContextHolder.clearContext();
        }
        page.navigate(url("pengguna/" + pengamat.id()));
        page.click("#reset-dua-faktor");
        assertThat(page.getByText("Dua faktor direset").first()).isVisible();
        assertThat(basisData
                        .sql("SELECT COUNT(*) FROM dua_faktor WHERE jenis_akun = 'pengguna' AND akun_id = ?")
                        .param(pengamat.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private void kataSandi() {
        page.navigate(url("login"));
        page.fill("input[name=username]", ADMIN);
        page.fill("input[name=password]", SANDI);
        page.keyboard().press("Enter");
    }
}
