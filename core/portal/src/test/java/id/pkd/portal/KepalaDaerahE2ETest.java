package id.pkd.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import id.pkd.portal.daerah.DaerahBaru;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.daerah.JenisDaerah;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.PenggunaBaru;
import id.pkd.portal.pengguna.Peran;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The admin of a region of its own (94.02, no head of region yet) records its Bupati on the Kepala Daerah screen: a
 * save without the name is refused at its field with everything typed kept, and the corrected save shows in the list;
 * deleting it through the confirmation dialog empties the list again.
 */
class KepalaDaerahE2ETest extends PortalDiPeramban {

    static final String DAERAH = "94.02";
    static final String ADMIN = "admin.uji.kepala.e2e";
    static final String SANDI = "Rahasia-Uji-2024!";
    static final String BUPATI = "Ir. H. Uji Layar, M.T.";

    @Autowired
    DaerahService daerah;

    @Test
    void adminDaerahBaruMencatatBupatiDenganGalatDiIsian() {
        SebagaiSistem.jalankan(
                Peran.OPERATOR_PORTAL,
                null,
                () -> daerah.daftarkan(new DaerahBaru(
                        DAERAH,
                        "Kabupaten Uji Kepala",
                        JenisDaerah.KABUPATEN,
                        null,
                        new PenggunaBaru(ADMIN, SANDI, "Admin Kepala Daerah", Peran.ADMIN_DAERAH, null, null))));

        // the first page of a just-started server may come after the 20 s default on a loaded 2-core machine
        page.navigate(url("login"), new Page.NavigateOptions().setTimeout(60_000));
        page.fill("input[name=username]", ADMIN);
        page.fill("input[name=password]", SANDI);
        page.keyboard().press("Enter");
        daftarDuaFaktorBilaDiminta();
        assertThat(page.locator("vaadin-app-layout")).isVisible();

        page.navigate(url("kepala-daerah"));
        assertThat(page.locator("#belum-ada-kepala-daerah")).isVisible();
        klikLaluTunggu("#kepala-daerah-baru");
        assertThat(page.locator("#jabatan-kepala-daerah input")).hasValue("Bupati Uji Kepala");
        page.locator("#wakil-kepala-daerah input").fill("H. Wakil Uji, S.E.");
        page.locator("#mulai-kepala-daerah input").fill("20/02/2025");
        page.locator("#mulai-kepala-daerah input").press("Enter");
        page.locator("#selesai-kepala-daerah input").fill("20/02/2030");
        page.locator("#selesai-kepala-daerah input").press("Enter");
        page.click("#simpan-kepala-daerah");
        assertThat(page.locator("#nama-kepala-daerah")).hasAttribute("invalid", "");
        assertThat(page.locator("#nama-kepala-daerah")).containsText("Nama beserta gelar wajib diisi");
        assertThat(page.locator("#wakil-kepala-daerah input")).hasValue("H. Wakil Uji, S.E.");
        assertThat(page.locator("#mulai-kepala-daerah input")).hasValue("20/02/2025");
        assertThat(page.locator("#selesai-kepala-daerah input")).hasValue("20/02/2030");

        page.locator("#nama-kepala-daerah input").fill(BUPATI);
        page.click("#simpan-kepala-daerah");
        assertThat(page.locator("#tabel-kepala-daerah")).containsText("Bupati Uji Kepala");
        assertThat(page.locator("#tabel-kepala-daerah")).containsText(BUPATI);
        assertThat(page.locator("#tabel-kepala-daerah")).containsText("20 Februari 2025");
        assertThat(page.locator("#belum-ada-kepala-daerah")).isHidden();
        assertThat(page.locator("#nama-kepala-daerah")).not().hasAttribute("invalid", "");

        // recorded by mistake: the dialog reads that nothing depends on the term, and the removal empties the list
        klikLaluTunggu("#hapus-kepala-daerah");
        assertThat(page.locator("#daftar-ketergantungan-kepala-daerah")).containsText("Tidak ada dokumen");
        page.click("#konfirmasi-hapus-kepala-daerah");
        assertThat(page.locator("#belum-ada-kepala-daerah")).isVisible();
        assertThat(page.locator("#tabel-kepala-daerah")).isHidden();
        assertThat(page.locator("#hapus-kepala-daerah")).isHidden();
    }
}
