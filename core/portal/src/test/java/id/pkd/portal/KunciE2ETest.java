package id.pkd.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import id.pkd.portal.capaian.AturanCapaian;
import id.pkd.portal.capaian.Kategori;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.pengukuran.PengukuranKinerjaService;
import id.pkd.portal.persetujuan.PersetujuanService;
import id.pkd.portal.persetujuan.StatusPersetujuan;
import id.pkd.portal.tenant.TenantId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The walk-through of issue 10 as a new user repeats it, in the browser: once Balangan 2022 is
 * Ditetapkan, the operator's PPKS save is refused with the reason and the typed value stays in the
 * form; the admin raising the Sangat Tinggi limit is told the locked year keeps its rules, and the
 * year's kategori do not move. Restores Draf and the standard rules at the end.
 */
class KunciE2ETest extends PortalDiPeramban {

    static final int TAHUN = 2022;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersetujuanService persetujuan;

    @Autowired
    PengukuranKinerjaService pengukuran;

    TenantId balangan;
    long pdId;

    @BeforeEach
    void tetapkan2022() {
        balangan = new TenantId(jdbc.sql("SELECT id FROM tenant WHERE kode_wilayah = '63.11'")
                .query(Long.class)
                .single());
        pdId = jdbc.sql("SELECT id FROM perangkat_daerah WHERE tenant_id = ? ORDER BY id LIMIT 1")
                .param(balangan.value())
                .query(Long.class)
                .single();
        SebagaiSistem.jalankan(Peran.OPERATOR, balangan, () -> persetujuan.ajukan(pdId, TAHUN));
        SebagaiSistem.jalankan(Peran.VERIFIKATOR, balangan, () -> persetujuan.verifikasi(pdId, TAHUN));
        SebagaiSistem.jalankan(Peran.PIMPINAN, balangan, () -> persetujuan.tetapkan(pdId, TAHUN));
    }

    @AfterEach
    void pulihkan() {
        SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, balangan, () -> {
            pengukuran.ubahAturan(AturanCapaian.BAKU.ambang(), AturanCapaian.BAKU.pembulatan());
            if (persetujuan.status(pdId, TAHUN).status() == StatusPersetujuan.DITETAPKAN) {
                persetujuan.bukaKembali(pdId, TAHUN, "uji selesai");
            }
            return null;
        });
    }

    List<Kategori> kategori2022() {
        return SebagaiSistem.jalankan(Peran.PENGAMAT, balangan, () -> pengukuran.ukur(pdId, TAHUN).iku().stream()
                .map(b -> b.kategori().orElseThrow())
                .toList());
    }

    @Test
    void tahunDitetapkanMenolakIsianPpksDanMempertahankanKategorinya() {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        List<Kategori> sebelum = kategori2022();

        masuk("operator.balangan");
        page.navigate(url("urusan/urusan-sosial/ppks?tahun=2022"));
        assertThat(page.locator("#terhitung-ppks-tertangani")).hasText("68,72");
        page.click("#baris-7");
        Locator tertangani = page.locator("#isian-7-tertangani input");
        tertangani.fill("2.213");
        tertangani.press("Tab");
        page.click("#simpan");
        assertThat(page.locator("#alasan-terkunci")).containsText("Realisasi tahun 2022 Dinas Sosial");
        assertThat(page.locator("#alasan-terkunci"))
                .containsText("sudah ditetapkan dan terkunci; minta Admin Daerah membukanya kembali");
        // Nothing typed is lost.
        assertThat(tertangani).hasValue("2.213");
        assertThat(page.locator("#terhitung-ppks-tertangani")).hasText("68,72");
        keluar();

        masuk("admin.balangan");
        page.navigate(url("pengaturan-capaian"));
        Locator sangatTinggi = page.locator("#batasSangatTinggi input");
        sangatTinggi.fill("140");
        sangatTinggi.press("Tab");
        page.click("#simpan-pengaturan");
        assertThat(page.locator("#catatan-tahun-terkunci"))
                .containsText("Berlaku untuk tahun yang belum dikunci; tahun 2022");
        assertThat(page.locator("#catatan-tahun-terkunci")).containsText("tetap memakai aturan capaian saat diajukan");

        org.assertj.core.api.Assertions.assertThat(kategori2022())
                .as("129,78 stays Sangat Tinggi in the locked year")
                .isEqualTo(sebelum)
                .first()
                .isEqualTo(Kategori.SANGAT_TINGGI);
        org.assertj.core.api.Assertions.assertThat(SebagaiSistem.jalankan(
                        Peran.PENGAMAT,
                        balangan,
                        () -> pengukuran.aturan().ambang().batasSangatTinggi()))
                .isEqualByComparingTo("140");
    }
}
