package id.pkd.portal.keamanan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import id.pkd.portal.PortalDiPeramban;
import id.pkd.portal.daerah.DaerahBaru;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.daerah.JenisDaerah;
import id.pkd.portal.pengguna.Pengguna;
import id.pkd.portal.pengguna.PenggunaBaru;
import id.pkd.portal.pengguna.PenggunaService;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.tenant.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The sign-in page tells a locked and a deactivated account the truth. Own tenant 26.15. */
class MasukE2ETest extends PortalDiPeramban {

    private static final String SANDI = "Rahasia-Uji-2024!";

    @Autowired
    DaerahService daerah;

    @Autowired
    PenggunaService pengguna;

    @Test
    void akunNonaktifDanAkunTerkunciDiberitahuApaAdanya() {
        TenantId t = SebagaiSistem.jalankan(
                        Peran.OPERATOR_PORTAL,
                        null,
                        () -> daerah.daftarkan(new DaerahBaru(
                                "26.15",
                                "Kabupaten Uji Masuk",
                                JenisDaerah.KABUPATEN,
                                null,
                                new PenggunaBaru(
                                        "admin.masuk.uji", SANDI, "Admin Uji Masuk", Peran.ADMIN_DAERAH, null, null))))
                .tenantId();
        Pengguna nonaktif = SebagaiSistem.jalankan(
                Peran.ADMIN_DAERAH,
                t,
                () -> pengguna.tambah(new PenggunaBaru(
                        "pengamat.masuk.nonaktif", SANDI, "Pengamat Nonaktif", Peran.PENGAMAT, null, null)));
        SebagaiSistem.jalankan(
                Peran.ADMIN_DAERAH,
                t,
                () -> pengguna.ubah(nonaktif.id(), nonaktif.namaLengkap(), Peran.PENGAMAT, null, null, false));
        SebagaiSistem.jalankan(
                Peran.ADMIN_DAERAH,
                t,
                () -> pengguna.tambah(new PenggunaBaru(
                        "operator.masuk.terkunci", SANDI, "Operator Terkunci", Peran.OPERATOR, null, null)));

        coba("pengamat.masuk.nonaktif", SANDI);
        assertThat(page.getByText("Akun dinonaktifkan").first()).isVisible();

        for (int i = 0; i < 5; i++) {
            coba("operator.masuk.terkunci", "bukan-sandinya-" + i);
            assertThat(page.getByText("Nama pengguna atau kata sandi salah")).isVisible();
        }
        coba("operator.masuk.terkunci", SANDI);
        assertThat(page.getByText("Akun dikunci sementara").first()).isVisible();
        assertThat(page.getByText("minta Admin Daerah membukanya")).isVisible();
    }

    private void coba(String nama, String sandi) {
        page.navigate(url("login"));
        page.fill("input[name=username]", nama);
        page.fill("input[name=password]", sandi);
        page.keyboard().press("Enter");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?error.*"));
    }
}
