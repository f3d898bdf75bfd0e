package id.pkd.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.pkd.portal.daerah.DaerahBaru;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.daerah.JenisDaerah;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.PenggunaBaru;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.tenant.TenantId;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fresh tenant (18.03) gets its RPJMD and its first agency through the screens only: period, visi and numbered misi
 * (reordered and one deleted after a confirmation), IKU Kepala Daerah with targets and their order, an agency with its urusan and a
 * bidang, an official and a Plt assignment; wrong input is marked at its field with what was typed kept. The test then
 * reads what was stored.
 */
class PerencanaanLayarE2ETest extends PortalDiPeramban {

    static final String DAERAH = "18.03";
    static final String ADMIN = "admin.uji.layar.rpjmd";
    static final String SANDI = "Rahasia-Uji-2024!";

    @Autowired
    DaerahService daerah;

    @Autowired
    JdbcClient jdbc;

    @Test
    void periodeMisiIkuDanPerangkatDaerahDenganPltLewatLayar() {
        TenantId t = SebagaiSistem.jalankan(
                        Peran.OPERATOR_PORTAL,
                        null,
                        () -> daerah.daftarkan(new DaerahBaru(
                                DAERAH,
                                "Kabupaten Uji Layar Perencanaan",
                                JenisDaerah.KABUPATEN,
                                null,
                                new PenggunaBaru(ADMIN, SANDI, "Admin Layar", Peran.ADMIN_DAERAH, null, null))))
                .tenantId();
        page.navigate(url("login"), new Page.NavigateOptions().setTimeout(90_000));
        page.fill("input[name=username]", ADMIN);
        page.fill("input[name=password]", SANDI);
        page.keyboard().press("Enter");
        daftarDuaFaktorBilaDiminta();
        assertThat(page.locator("vaadin-app-layout")).isVisible();

        periodeVisiMisi();
        ikuKepalaDaerah();
        perangkatDaerahDanBidang();
        pejabatDanPlt();

        long tenant = t.value();
        assertThat(jdbc.sql("SELECT misi FROM periode_rpjmd WHERE tenant_id = ?")
                        .param(tenant)
                        .query(String.class)
                        .single())
                .isEqualTo("Misi ketiga\nMisi kedua");
        assertThat(jdbc.sql("SELECT t.nilai FROM target_iku_daerah t JOIN iku_daerah i ON i.id = t.iku_daerah_id"
                                + " WHERE i.tenant_id = ? AND i.kode = 'IKU-1' AND t.tahun = 2025")
                        .param(tenant)
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("71.5");
        assertThat(jdbc.sql("SELECT kode FROM iku_daerah WHERE tenant_id = ? ORDER BY urutan")
                        .param(tenant)
                        .query(String.class)
                        .list())
                .containsExactly("IKU-2", "IKU-1");
        assertThat(jdbc.sql("SELECT u.urusan FROM urusan_perangkat_daerah u WHERE u.tenant_id = ?")
                        .param(tenant)
                        .query(String.class)
                        .list())
                .containsExactly("1.06");
        assertThat(jdbc.sql("SELECT CONCAT(jenis, ' ', jabatan, ' ', mulai) FROM pelaksana WHERE tenant_id = ?")
                        .param(tenant)
                        .query(String.class)
                        .single())
                .isEqualTo("PLT Kepala Dinas Sosial Uji " + LocalDate.of(2025, 7, 1));
    }

    private void periodeVisiMisi() {
        page.navigate(url("rpjmd"));
        assertThat(page.locator("#belum-ada-rpjmd")).isVisible();
        page.locator("#tahun-awal input").fill("2025");
        // Leaving the start year lets the server propose the end year (start + 4); typing the end year before that
        // answer arrives would have the answer land inside the typed text ("20292029").
        page.locator("#tahun-awal input").press("Tab");
        tungguJawaban();
        page.locator("#tahun-akhir input").fill("2029");
        page.locator("#visi textarea").fill("Kabupaten uji yang sejahtera dan berdaya saing");
        page.locator("#misi-1 input").fill("Misi pertama");
        klikLaluTunggu("#tambah-misi");
        page.locator("#misi-2 input").fill("Misi kedua");
        klikLaluTunggu("#tambah-misi");
        page.locator("#misi-3 input").fill("");
        page.click("#simpan-periode");
        assertThat(page.locator("#daftar-misi")).containsText("Misi ke-3 kosong");
        assertThat(page.locator("#visi textarea")).hasValue("Kabupaten uji yang sejahtera dan berdaya saing");

        page.locator("#misi-3 input").fill("Misi ketiga");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Naikkan misi ke-3"))
                .click();
        assertThat(page.locator("#misi-2 input")).hasValue("Misi ketiga");
        page.click("#hapus-misi-1");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Hapus").setExact(true))
                .click();
        assertThat(page.locator("#misi-1 input")).hasValue("Misi ketiga");
        page.click("#simpan-periode");
        assertThat(page.locator("#pilih-periode")).containsText("2025–2029");
    }

    private void ikuKepalaDaerah() {
        klikLaluTunggu("#tambah-iku");
        page.locator("#iku-kode input").fill("IKU-1");
        page.locator("#iku-nama input").fill("Indeks Pembangunan Manusia");
        page.locator("#iku-satuan input").fill("indeks");
        page.locator("#iku-target-2025 input").fill("71,5");
        page.locator("#iku-target-2026 input").fill("tujuh puluh dua");
        page.click("#simpan-iku");
        assertThat(page.locator("#iku-target-2026")).hasAttribute("invalid", "");
        assertThat(page.locator("#iku-nama input")).hasValue("Indeks Pembangunan Manusia");
        page.locator("#iku-target-2026 input").fill("72");
        page.click("#simpan-iku");
        assertThat(page.locator("#tabel-iku")).containsText("Indeks Pembangunan Manusia");
        assertThat(page.locator("#tabel-iku")).containsText("71,5");

        // a second IKU moved above the first with the keyboard: the button names the IKU for a screen reader
        klikLaluTunggu("#tambah-iku");
        page.locator("#iku-kode input").fill("IKU-2");
        page.locator("#iku-nama input").fill("Persentase penduduk miskin");
        page.locator("#iku-satuan input").fill("%");
        page.click("#simpan-iku");
        assertThat(page.locator("#tabel-iku")).containsText("Persentase penduduk miskin");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pindahkan IKU IKU-2 ke atas"))
                .focus();
        page.keyboard().press("Enter");
        assertThat(page.getByText("Urutan IKU IKU-2 diubah.")).isVisible();
    }

    private void perangkatDaerahDanBidang() {
        page.navigate(url("perangkat-daerah"));
        assertThat(page.locator("#belum-ada-perangkat-daerah")).isVisible();
        klikLaluTunggu("#tambah-pd");
        page.locator("#kode-pd input").fill("1.06.0.00.0.00.01.0000");
        page.locator("#singkatan-pd input").fill("Dinsos Uji");
        page.click("#simpan-pd");
        assertThat(page.locator("#nama-pd")).hasAttribute("invalid", "");
        assertThat(page.locator("#kode-pd input")).hasValue("1.06.0.00.0.00.01.0000");
        page.locator("#nama-pd input").fill("Dinas Sosial Uji");
        page.locator("#urusan-pd input").fill("1.06");
        page.locator("vaadin-multi-select-combo-box-item:has-text('1.06')")
                .first()
                .click();
        page.keyboard().press("Escape");
        page.click("#simpan-pd");
        assertThat(page.locator("#tabel-perangkat-daerah")).containsText("Dinas Sosial Uji");
        page.locator("#kode-bidang input").fill("B1");
        page.locator("#nama-bidang input").fill("Bidang Rehabilitasi Sosial");
        page.click("#simpan-bidang");
        assertThat(page.locator("#tabel-bidang")).containsText("Bidang Rehabilitasi Sosial");
    }

    private void pejabatDanPlt() {
        page.navigate(url("pejabat"));
        klikLaluTunggu("#tambah-pejabat");
        page.locator("#nip input").fill("19750812 200003 1 004");
        page.locator("#nama input").fill("Drs. Pelaksana Uji");
        page.locator("#jabatan input").fill("Sekretaris Dinas Sosial Uji");
        pilihDiSelect("#golongan", "IV/a");
        pilihDiSelect("#eselon", "III.a");
        page.click("#simpan-pejabat");
        assertThat(page.locator("#tabel-pejabat")).containsText("Drs. Pelaksana Uji");
        assertThat(page.locator("#penugasan")).isVisible();

        pilihDiSelect("#jenis-penugasan", "Plt. (pelaksana tugas)");
        page.locator("#jabatan-penugasan input").fill("Kepala Dinas Sosial Uji");
        page.locator("#mulai-penugasan input").fill("1/7/2025");
        page.locator("#mulai-penugasan input").press("Enter");
        page.locator("#selesai-penugasan input").fill("30/6/2025");
        page.locator("#selesai-penugasan input").press("Enter");
        page.click("#simpan-penugasan");
        assertThat(page.locator("#selesai-penugasan")).hasAttribute("invalid", "");
        assertThat(page.locator("#jabatan-penugasan input")).hasValue("Kepala Dinas Sosial Uji");
        page.locator("#selesai-penugasan input").fill("31/12/2025");
        page.locator("#selesai-penugasan input").press("Enter");
        page.click("#simpan-penugasan");
        assertThat(page.locator("#tabel-penugasan")).containsText("Plt. (pelaksana tugas)");
        assertThat(page.locator("#tabel-penugasan")).containsText("Kepala Dinas Sosial Uji");
    }
}
