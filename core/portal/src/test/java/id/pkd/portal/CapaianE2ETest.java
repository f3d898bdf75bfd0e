package id.pkd.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The capaian and budget screens with Balangan's 2022 LKIP figures, in Debian's Chromium. */
class CapaianE2ETest extends PortalDiPeramban {

    /** A sub kegiatan of Balangan 2022: anggaran Rp 80.270.000, realisasi Rp 76.406.800. */
    static final String SUB_KEGIATAN = "1.06.01.2.01.01";

    @Autowired
    JdbcClient jdbc;

    @Test
    void pimpinanMelihatCapaianIkuLkip2022DanMenyaringPerUrusan() {
        masuk("pimpinan.balangan");
        buka("capaian", 2022);
        Locator tabel = page.locator(".tabel-capaian");
        assertThat(tabel).containsText("129,78");
        assertThat(tabel).containsText("57,89");
        assertThat(tabel).containsText("286,06");
        assertThat(tabel.locator("[data-kategori=SANGAT_TINGGI]").first()).hasText("Sangat Tinggi");
        assertThat(tabel.locator("[data-kategori=RENDAH]").first()).hasText("Rendah");
        assertThat(page.locator("#rata-rata-iku")).containsText("126,21");
        assertThat(page.locator("#rata-rata-iku")).containsText("Sangat Tinggi");
        assertThat(page.locator("#legenda-kategori")).containsText("76 s.d. < 91");

        pilih("#saring-urusan", "2.13");
        assertThat(sel("286,06").first()).isVisible();
        assertThat(sel("129,78")).hasCount(0);
        assertThat(sel("57,89")).hasCount(0);

        sel("286,06").last().click();
        assertThat(page.locator("#rincian-capaian")).containsText("Realisasi periode RPJMD 2021–2026");
        assertThat(page.locator("#rincian-capaian")).containsText("66,88");
    }

    @Test
    void pimpinanMelihatTotalAnggaranDanPengamatTidakDapatMengubah() {
        masuk("pimpinan.balangan");
        buka("anggaran", 2022);
        lihatTotal("Rp 25.936.934.756");
        assertThat(page.locator(".ubah-realisasi")).hasCount(0);
        assertThat(page.locator("#ke-ubah-anggaran")).hasCount(0);
        keluar();

        masuk("pengamat.balangan");
        buka("anggaran", 2022);
        lihatTotal("Rp 25.936.934.756");
        assertThat(page.locator(".tabel-anggaran")).containsText(SUB_KEGIATAN);
        assertThat(page.locator(".ubah-realisasi")).hasCount(0);
        assertThat(page.locator("#isian-realisasi")).hasCount(0);
    }

    @Test
    void operatorMencatatRealisasiDiAtasAnggaranLaluMengembalikannya() {
        try {
            masuk("operator.balangan");
            buka("anggaran", 2022);
            lihatTotal("Rp 25.936.934.756");
            assertThat(page.locator("#ke-ubah-anggaran")).hasAttribute("href", "anggaran/ubah");

            ubahRealisasi("90.000.000");
            assertThat(page.getByText("Realisasi melebihi anggaran sub kegiatan " + SUB_KEGIATAN))
                    .isVisible();
            lihatTotal("Rp 25.950.527.956");

            ubahRealisasi("-5");
            Locator isian = page.locator("vaadin-text-field#isian-realisasi[invalid]");
            assertThat(isian).containsText("tidak boleh negatif");
            assertThat(page.locator("#isian-realisasi input")).hasValue("-5");

            page.locator("#isian-realisasi input").fill("76.406,8.00");
            page.click("#simpan-realisasi");
            assertThat(isian).containsText("bukan angka berformat Indonesia");

            page.locator("#isian-realisasi input").fill("76.406.800");
            page.click("#simpan-realisasi");
            assertThat(page.getByText("Realisasi " + SUB_KEGIATAN + " disimpan."))
                    .isVisible();
            lihatTotal("Rp 25.936.934.756");
        } finally {
            jdbc.sql("UPDATE program_kegiatan SET realisasi = 76406800 WHERE kode = :kode AND tahun = 2022"
                            + " AND tenant_id = (SELECT id FROM tenant WHERE kode_wilayah = '63.11')")
                    .param("kode", SUB_KEGIATAN)
                    .update();
        }
    }

    @Test
    void adminMendapatPesanDiIsianUntukBatasKategoriYangTidakMenurun() {
        masuk("admin.balangan");
        page.navigate(url("pengaturan-capaian"));
        assertThat(page.locator("#batasSangatTinggi input")).hasValue("91");
        page.locator("#batasTinggi input").fill("95");
        page.click("#simpan-pengaturan");
        assertThat(page.locator("vaadin-text-field#batasTinggi[invalid]")).containsText("harus menurun");
        assertThat(page.locator("#batasTinggi input")).hasValue("95");
        page.locator("#batasRendah input").fill("5l");
        page.click("#simpan-pengaturan");
        assertThat(page.locator("vaadin-text-field#batasRendah[invalid]"))
                .containsText("bukan angka berformat Indonesia");

        page.navigate(url("pengaturan-capaian"));
        assertThat(page.locator("#batasTinggi input")).hasValue("76");
    }

    private void ubahRealisasi(String nilai) {
        page.locator("vaadin-button[data-kode='" + SUB_KEGIATAN + "']").click();
        Locator isian = page.locator("#isian-realisasi input");
        isian.fill(nilai);
        isian.press("Enter");
    }

    private void lihatTotal(String realisasi) {
        Locator total = page.locator("#total-anggaran");
        assertThat(total).containsText("Rp 29.669.164.407");
        assertThat(total).containsText(realisasi);
        if (realisasi.equals("Rp 25.936.934.756")) {
            assertThat(total).containsText("87,42");
        }
    }

    /** Visible grid cells with the text (a grid keeps hidden rows around after filtering). */
    private Locator sel(String teks) {
        return page.locator("vaadin-grid-cell-content:visible:has-text('" + teks + "')");
    }

    private void buka(String jalur, int tahun) {
        page.navigate(url(jalur));
        pilih("#pilih-tahun", String.valueOf(tahun));
    }

    private void pilih(String select, String teks) {
        page.locator(select).click();
        page.locator("vaadin-select-item[role=option]:has-text('" + teks + "')")
                .first()
                .click();
    }
}
