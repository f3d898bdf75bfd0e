package id.pkd.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.pertukaran.ImporRencanaService;
import id.pkd.portal.renstra.DaerahUjiRenstra;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A tenant admin of a region registered a moment ago (18.12, one agency, RPJMD 2025–2029, no Renstra) builds a
 * small Renstra in the tree grid: one tujuan (serving a tujuan RPJMD picked in its row), one sasaran, two indicators
 * with a target for every year. A missing target is refused at its field with what was typed kept; Escape drops a row
 * being added. The rows are stored as typed, and Capaian Kinerja then lists the indicators.
 */
class RenstraE2ETest extends PortalDiPeramban {

    static final String DAERAH = "18.12";
    static final String ADMIN = "admin.uji1812";

    @Autowired
    DaerahService daerah;

    @Autowired
    ImporRencanaService impor;

    @Autowired
    JdbcClient jdbc;

    void isi(String id, String nilai) {
        page.locator("#" + id + " input").fill(nilai);
    }

    /** Selects a row by a click on its description (the code sits inside the tree toggle). */
    void pilihBaris(String uraian) {
        page.locator("#pohon-renstra vaadin-grid-cell-content:text-is('" + uraian + "')")
                .click();
    }

    void targetSemua(String... nilai) {
        for (int i = 0; i < nilai.length; i++) {
            isi("target-" + (DaerahUjiRenstra.AWAL + i), nilai[i]);
        }
    }

    @Test
    void adminMenyusunRenstraDiPohonDanCapaianMenampilkanIndikatornya() {
        long tenant = DaerahUjiRenstra.pastikan(daerah, impor, jdbc, DAERAH, ADMIN, "RENSTRA.1")
                .value();
        // a tujuan RPJMD of the period for the Renstra tujuan to serve (the RPJMD screen has its own test)
        if (jdbc.sql("SELECT COUNT(*) FROM tujuan_rpjmd WHERE tenant_id = ? AND kode = 'TR-1'")
                        .param(tenant)
                        .query(Long.class)
                        .single()
                == 0) {
            jdbc.sql("INSERT INTO tujuan_rpjmd (tenant_id, periode_id, misi_ke, urutan, kode, uraian)"
                            + " SELECT tenant_id, id, 1, 1, 'TR-1', 'Terwujudnya masyarakat sejahtera'"
                            + " FROM periode_rpjmd WHERE tenant_id = ?")
                    .param(tenant)
                    .update();
        }
        // the first page of a fresh context on a busy shared machine may take longer than the 20 s default
        page.navigate(url("login"), new com.microsoft.playwright.Page.NavigateOptions().setTimeout(90_000));
        page.fill("input[name=username]", ADMIN);
        page.fill("input[name=password]", "Rahasia-Uji-2024!");
        page.keyboard().press("Enter");
        daftarDuaFaktorBilaDiminta();
        assertThat(page.locator("vaadin-app-layout")).isVisible();
        page.navigate(url("renstra"));
        assertThat(page.locator("#pilih-periode")).containsText("2025–2029");

        // Escape drops a row being added
        klikLaluTunggu("#tambah-tujuan");
        isi("kode", "T0");
        page.locator("#kode input").press("Escape");
        assertThat(page.locator("#simpan-baris")).isDisabled();
        assertThat(page.locator("#pohon-renstra")).not().containsText("Tujuan baru");

        klikLaluTunggu("#tambah-tujuan");
        isi("kode", "T1");
        page.locator("#kode input").press("Tab");
        page.keyboard().type("Meningkatnya kesejahteraan sosial masyarakat");
        // a tujuan row edits its tujuan RPJMD in the sasaran RPJMD's column
        page.locator("#tujuan-rpjmd input").fill("TR-1");
        page.locator("vaadin-combo-box-item:has-text('TR-1 Terwujudnya masyarakat sejahtera')")
                .first()
                .click();
        page.locator("#uraian input").press("Enter");
        assertThat(page.locator("#pohon-renstra")).containsText("Meningkatnya kesejahteraan sosial masyarakat");
        assertThat(page.locator("#pohon-renstra")).containsText("TR-1");

        pilihBaris("Meningkatnya kesejahteraan sosial masyarakat");
        assertThat(page.locator("#tambah-anak")).hasText("Tambah sasaran");
        klikLaluTunggu("#tambah-anak");
        isi("kode", "S1.1");
        isi("uraian", "Meningkatnya penanganan PPKS");
        isi("urusan", "1.06");
        page.click("#simpan-baris");
        assertThat(page.locator("#pohon-renstra")).containsText("Meningkatnya penanganan PPKS");

        pilihBaris("Meningkatnya penanganan PPKS");
        klikLaluTunggu("#tambah-anak");
        isi("kode", "IK1");
        isi("uraian", "Persentase PPKS yang tertangani");
        isi("satuan", "%");
        isi("kondisi-awal", "40,5");
        targetSemua("50", "55", "60", "65", "");
        isi("kondisi-akhir", "70");
        page.click("#simpan-baris");
        assertThat(page.locator("#target-2029")).hasAttribute("invalid", "");
        assertThat(page.locator("#target-2029")).containsText("Target tahun 2029 wajib diisi.");
        assertThat(page.locator("#uraian input")).hasValue("Persentase PPKS yang tertangani");
        assertThat(page.locator("#target-2028 input")).hasValue("65");
        isi("target-2029", "70");
        page.click("#simpan-baris");
        assertThat(page.locator("#pohon-renstra")).containsText("Persentase PPKS yang tertangani");

        pilihBaris("Meningkatnya penanganan PPKS");
        klikLaluTunggu("#tambah-anak");
        isi("kode", "IK2");
        isi("uraian", "Rasio kekerasan terhadap anak per 10.000 anak");
        isi("satuan", "rasio");
        pilihDiSelect("#polaritas", "Semakin rendah semakin baik");
        pilihDiSelect("#varian-rendah", "Varian A: (target − (realisasi − target)) / target × 100");
        targetSemua("2,5", "2,2", "2", "1,8", "1,5");
        page.click("#simpan-baris");
        assertThat(page.locator("#pohon-renstra")).containsText("Rasio kekerasan terhadap anak per 10.000 anak");

        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM tujuan WHERE tenant_id = ?")
                        .param(tenant)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT r.kode FROM tujuan t JOIN tujuan_rpjmd r"
                                + " ON r.tenant_id = t.tenant_id AND r.id = t.tujuan_rpjmd_id WHERE t.tenant_id = ?")
                        .param(tenant)
                        .query(String.class)
                        .single())
                .isEqualTo("TR-1");
        org.assertj.core.api.Assertions.assertThat(
                        jdbc.sql("SELECT kode, polaritas, COALESCE(varian_rendah, '-'), kondisi_awal FROM indikator"
                                        + " WHERE tenant_id = ? ORDER BY kode")
                                .param(tenant)
                                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                                        + (rs.getBigDecimal(4) == null
                                                ? "-"
                                                : rs.getBigDecimal(4).stripTrailingZeros()))
                                .list())
                .containsExactly("IK1 SEMAKIN_TINGGI_SEMAKIN_BAIK - 40.5", "IK2 SEMAKIN_RENDAH_SEMAKIN_BAIK A -");
        org.assertj.core.api.Assertions.assertThat(
                        jdbc.sql("SELECT t.nilai FROM target_indikator t JOIN indikator i ON i.id = t.indikator_id"
                                        + " WHERE t.tenant_id = ? AND i.kode = 'IK2' ORDER BY t.tahun")
                                .param(tenant)
                                .query(BigDecimal.class)
                                .list())
                .extracting(BigDecimal::stripTrailingZeros)
                .extracting(BigDecimal::toPlainString)
                .containsExactly("2.5", "2.2", "2", "1.8", "1.5");

        page.navigate(url("capaian"));
        assertThat(page.locator("body")).containsText("Persentase PPKS yang tertangani");
        assertThat(page.locator("body")).containsText("Rasio kekerasan terhadap anak per 10.000 anak");
    }
}
