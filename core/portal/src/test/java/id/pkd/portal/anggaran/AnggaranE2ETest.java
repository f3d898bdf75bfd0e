package id.pkd.portal.anggaran;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import id.pkd.portal.PortalDiPeramban;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.pertukaran.ImporRencanaService;
import id.pkd.portal.renstra.DaerahUjiRenstra;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The budget editor in a browser, on regions registered a moment ago (two agencies, RPJMD 2025–2029, no programs;
 * one region per test, since each admin enrols its own second factor): on 11.05 the admin builds program → kegiatan
 * → sub kegiatan with the nomenclature picker, a figure that is not a number is refused at its field with what was
 * typed kept, and the corrected sub kegiatan is stored; on 11.06 the second agency's budget comes from the XLSX
 * template, first refused by row and column, then imported.
 */
class AnggaranE2ETest extends PortalDiPeramban {

    static final String DAERAH = "11.05";
    static final String ADMIN = "admin.uji1105";
    static final String DAERAH_IMPOR = "11.06";
    static final String ADMIN_IMPOR = "admin.uji1106";

    @Autowired
    DaerahService daerah;

    @Autowired
    ImporRencanaService impor;

    @Autowired
    JdbcClient jdbc;

    void isi(String id, String nilai) {
        page.locator("#" + id + " input").fill(nilai);
    }

    void pilihBaris(String nama) {
        page.locator("#pohon-anggaran vaadin-grid-cell-content:text-is('" + nama + "')")
                .click();
    }

    /** Types into the nomenclature picker and takes the row of {@code kode}. */
    void pilihNomenklatur(String ketik, String kode) {
        page.locator("#pilih-nomenklatur input").fill(ketik);
        page.locator("vaadin-combo-box-item:has-text('" + kode + "')").first().click();
        klikLaluTunggu("#tambah-nomenklatur");
        assertThat(page.locator("#pilih-nomenklatur")).isHidden();
    }

    void masukSebagaiAdmin(String kodeDaerah, String admin) {
        DaerahUjiRenstra.pastikan(daerah, impor, jdbc, kodeDaerah, admin, "E2E.1", "E2E.2");
        page.navigate(url("login"), new Page.NavigateOptions().setTimeout(90_000));
        page.fill("input[name=username]", admin);
        page.fill("input[name=password]", "Rahasia-Uji-2024!");
        page.keyboard().press("Enter");
        daftarDuaFaktorBilaDiminta();
        assertThat(page.locator("vaadin-app-layout")).isVisible();
        page.navigate(url("anggaran/ubah"));
        assertThat(page.locator("#pilih-tahun")).containsText("2026");
    }

    BigDecimal nilai(String kodeDaerah, String kolom, String kodePd, String kode) {
        return jdbc.sql("SELECT p." + kolom + " FROM program_kegiatan p JOIN perangkat_daerah d ON d.id ="
                        + " p.perangkat_daerah_id JOIN tenant t ON t.id = p.tenant_id WHERE t.kode_wilayah = ? AND"
                        + " d.kode = ? AND p.tahun = 2026 AND p.kode = ?")
                .params(kodeDaerah, kodePd, kode)
                .query(BigDecimal.class)
                .single();
    }

    @Test
    void adminMenyusunAnggaranDenganPemilihNomenklatur() {
        masukSebagaiAdmin(DAERAH, ADMIN);
        klikLaluTunggu("#tambah-program");
        pilihNomenklatur("rehabilitasi", "1.06.04");
        assertThat(page.locator("#pohon-anggaran")).containsText("PROGRAM REHABILITASI SOSIAL");
        pilihBaris("PROGRAM REHABILITASI SOSIAL");
        klikLaluTunggu("#tambah-turunan");
        pilihNomenklatur("1.06.04.2.01", "1.06.04.2.01");
        pilihBaris("Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar,"
                + " serta Gelandangan Pengemis di Luar Panti Sosial");
        klikLaluTunggu("#tambah-turunan");
        pilihNomenklatur("alat bantu", "1.06.04.2.01.03");

        pilihBaris("Penyediaan Alat Bantu");
        isi("isian-pagu", "12.500.000");
        pilihDiSelect("#isian-sumber-dana", "APBN");
        isi("isian-tw1", "dua juta");
        klikLaluTunggu("#tambah-indikator");
        page.locator(".baris-indikator vaadin-text-field")
                .nth(0)
                .locator("input")
                .fill("Jumlah alat bantu");
        page.locator(".baris-indikator vaadin-text-field")
                .nth(1)
                .locator("input")
                .fill("unit");
        page.locator(".baris-indikator vaadin-text-field")
                .nth(2)
                .locator("input")
                .fill("96");
        page.click("#simpan-sub-kegiatan");
        assertThat(page.locator("#isian-tw1")).hasAttribute("invalid", "");
        assertThat(page.locator("#isian-tw1")).containsText("bukan angka berformat Indonesia");
        assertThat(page.locator("#isian-pagu input")).hasValue("12.500.000");

        isi("isian-tw1", "2.000.000");
        isi("isian-tw2", "1.500.000,50");
        page.click("#simpan-sub-kegiatan");
        assertThat(page.locator("#realisasi-total")).containsText("3.500.000,5");
        org.assertj.core.api.Assertions.assertThat(nilai(DAERAH, "anggaran", "E2E.1", "1.06.04.2.01.03"))
                .isEqualByComparingTo("12500000");
        org.assertj.core.api.Assertions.assertThat(nilai(DAERAH, "realisasi", "E2E.1", "1.06.04.2.01.03"))
                .isEqualByComparingTo("3500000.50");
    }

    @Test
    void anggaranDiimporDariTemplatXlsx() throws Exception {
        Path folder =
                Files.createDirectories(Path.of("target", "e2e", "anggaran").toAbsolutePath());
        Path salah = folder.resolve("anggaran-salah.xlsx");
        Files.write(
                salah,
                ImporAnggaranServiceTest.berkas(
                        new Object[] {"2.13.04", "Program Administrasi Pemerintahan Desa"},
                        new Object[] {"2.13.04.2.01", "Pembinaan"},
                        new Object[] {"2.13.04.2.01.04", "Fasilitasi Pengelolaan Keuangan Desa", "empat ratus"}));
        Path benar = folder.resolve("anggaran-2026.xlsx");
        Files.write(
                benar,
                ImporAnggaranServiceTest.berkas(
                        new Object[] {"2.13.04", "Program Administrasi Pemerintahan Desa"},
                        new Object[] {"2.13.04.2.01", "Pembinaan"},
                        new Object[] {
                            "2.13.04.2.01.04",
                            "Fasilitasi Pengelolaan Keuangan Desa",
                            479_030_000,
                            null,
                            null,
                            null,
                            null,
                            463_720_800
                        }));

        masukSebagaiAdmin(DAERAH_IMPOR, ADMIN_IMPOR);
        pilihDiSelect("#pilih-perangkat-daerah", "Dinas E2E.2");
        page.setInputFiles("#impor-anggaran input[type=file]", salah);
        assertThat(page.locator("#hasil-impor-anggaran"))
                .containsText("Tidak ada yang diimpor dari anggaran-salah.xlsx");
        assertThat(page.locator("#masalah-impor-anggaran"))
                .containsText("Baris 4, kolom Pagu: bukan angka (\"empat ratus\").");

        page.setInputFiles("#impor-anggaran input[type=file]", benar);
        assertThat(page.locator("#hasil-impor-anggaran")).containsText("3 baris baru dan 0 sub kegiatan diperbarui");
        assertThat(page.locator("#pohon-anggaran")).containsText("Fasilitasi Pengelolaan Keuangan Desa");
        org.assertj.core.api.Assertions.assertThat(nilai(DAERAH_IMPOR, "realisasi", "E2E.2", "2.13.04.2.01.04"))
                .isEqualByComparingTo("463720800");
    }
}
