package id.pkd.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import id.pkd.portal.daerah.DaerahBaru;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.daerah.JenisDaerah;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.PenggunaBaru;
import id.pkd.portal.pengguna.PenggunaService;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.persetujuan.PersetujuanService;
import id.pkd.portal.pertukaran.ImporRencanaService;
import id.pkd.portal.tenant.TenantId;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The home page of a region of its own (63.15, the Balangan plan imported): the verifikator sees the submission
 * waiting and goes to it in one click; the admin moves the PK deadline on Kalender SAKIP and the home page shows it.
 */
class BerandaE2ETest extends PortalDiPeramban {

    static final String DAERAH = "63.15";
    static final String SANDI = "Rahasia-Uji-2024!";

    @Autowired
    DaerahService daerah;

    @Autowired
    PenggunaService pengguna;

    @Autowired
    ImporRencanaService impor;

    @Autowired
    PersetujuanService persetujuan;

    @Autowired
    JdbcClient jdbc;

    @Test
    void verifikatorMelihatPengajuanMenungguDanAdminMengubahKalender() throws Exception {
        TenantId t = SebagaiSistem.jalankan(
                        Peran.OPERATOR_PORTAL,
                        null,
                        () -> daerah.daftarkan(new DaerahBaru(
                                DAERAH,
                                "Kabupaten Uji Beranda Peramban",
                                JenisDaerah.KABUPATEN,
                                null,
                                new PenggunaBaru(
                                        "admin.uji.beranda.e2e",
                                        SANDI,
                                        "Admin Beranda",
                                        Peran.ADMIN_DAERAH,
                                        null,
                                        null))))
                .tenantId();
        byte[] rencana;
        try (var isi = getClass().getResourceAsStream("/demo/balangan-2022.json")) {
            rencana = isi.readAllBytes();
        }
        SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, t, () -> {
            impor.impor(rencana);
            return pengguna.tambah(new PenggunaBaru(
                    "verifikator.uji.beranda.e2e", SANDI, "Verifikator Beranda", Peran.VERIFIKATOR, null, null));
        });
        long pd = jdbc.sql("SELECT id FROM perangkat_daerah WHERE tenant_id = ?")
                .param(t.value())
                .query(Long.class)
                .single();
        SebagaiSistem.jalankan(Peran.OPERATOR, t, () -> persetujuan.ajukan(pd, 2022));

        masukDengan("verifikator.uji.beranda.e2e");
        assertThat(page.locator("#tugas-verifikasi")).containsText("1 pengajuan realisasi menunggu verifikasi");
        assertThat(page.locator("#kalender-sakip [id^=tenggat-]")).hasCount(7);
        assertThat(page.locator("#ubah-kalender")).hasCount(0);
        page.click("#tugas-verifikasi");
        assertThat(page).hasURL(Pattern.compile(".*/persetujuan$"));
        assertThat(page.locator("vaadin-grid.tabel-persetujuan")).containsText("Diajukan");
        keluar();

        masukDengan("admin.uji.beranda.e2e");
        page.click("#ubah-kalender");
        page.locator("#pkBulan input").fill("2");
        page.locator("#pkHari input").fill("14");
        page.click("#simpan-kalender");
        assertThat(page.getByText("Kalender SAKIP disimpan.")).isVisible();
        page.navigate(url(""));
        assertThat(page.locator("#tenggat-pk")).containsText("14 Februari");
        page.navigate(url("pengaturan/kalender"));
        page.locator("#monitoringHari input").fill("90");
        page.click("#simpan-kalender");
        assertThat(page.locator("#monitoringHari")).hasAttribute("invalid", "");
        assertThat(page.locator("#monitoringHari")).containsText("Isi 1 sampai 60 hari");
        assertThat(page.locator("#pkHari input")).hasValue("14");
    }

    private void masukDengan(String nama) {
        page.navigate(url("login"));
        page.fill("input[name=username]", nama);
        page.fill("input[name=password]", SANDI);
        page.keyboard().press("Enter");
        daftarDuaFaktorBilaDiminta();
        assertThat(page.locator("vaadin-app-layout")).isVisible();
    }
}
