package id.pkd.portal.tandatangan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import id.pkd.portal.PortalDiPeramban;
import id.pkd.portal.daerah.DaerahBaru;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.daerah.JenisDaerah;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.PenggunaBaru;
import id.pkd.portal.pengguna.Peran;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On the screens: the portal operator creates a region's CA on the trust-roots page (its certificate appears as
 * the region's root), and Balangan's admin issues an official's key from Balangan's CA on the officials' page.
 */
class CaDaerahE2ETest extends PortalDiPeramban {

    static final String KODE = "74.22";
    static final String NAMA = "Kabupaten Uji CA Layar";

    @Autowired
    CaDaerahService ca;

    @Autowired
    DaerahService daerah;

    @Autowired
    JdbcClient jdbc;

    Long pejabatDiberiKunci;

    @AfterEach
    void hapusKunciUji() {
        if (pejabatDiberiKunci != null) {
            jdbc.sql("DELETE FROM kunci_pejabat WHERE pejabat_id = ?")
                    .param(pejabatDiberiKunci)
                    .update();
        }
    }

    @Test
    void operatorMembuatCaDaerahDiLayarAkarTepercaya() {
        boolean baru = jdbc.sql("SELECT COUNT(*) FROM tenant WHERE kode_wilayah = ?")
                        .param(KODE)
                        .query(Integer.class)
                        .single()
                == 0;
        if (baru) {
            SebagaiSistem.jalankan(
                    Peran.OPERATOR_PORTAL,
                    null,
                    () -> daerah.daftarkan(new DaerahBaru(
                            KODE,
                            NAMA,
                            JenisDaerah.KABUPATEN,
                            null,
                            new PenggunaBaru(
                                    "admin.uji.ca.layar",
                                    "Rahasia-Uji-CA-Layar-2026!",
                                    "Admin Uji CA Layar",
                                    Peran.ADMIN_DAERAH,
                                    null,
                                    null))));
        }
        masuk("operator.portal");
        page.navigate(url("tandatangan/akar"));
        page.locator("#buat-ca-daerah").click();
        assertThat(page.locator("#pesan-ca")).containsText("Pilih daerah");

        pilihDaerah("Pemerintah " + NAMA);
        page.getByText("EC P-256").click();
        page.locator("#buat-ca-daerah").click();
        assertThat(page.locator("#akar-tepercaya")).containsText("CA " + NAMA + " — Portal Kinerja Daerah");

        // A second CA for the same region is refused with the reason.
        pilihDaerah("Pemerintah " + NAMA);
        page.locator("#buat-ca-daerah").click();
        assertThat(page.locator("#pesan-ca")).containsText("sudah memiliki CA daerah");
    }

    @Test
    void adminMenerbitkanKunciPejabatDariCaDaerah() {
        long balangan = jdbc.sql("SELECT id FROM tenant WHERE kode_wilayah = '63.11'")
                .query(Long.class)
                .single();
        SebagaiSistem.jalankan(Peran.OPERATOR_PORTAL, null, () -> {
            if (!ca.daerahBerCa().contains(balangan)) {
                ca.buat(balangan, AlgoritmaKunci.EC_P256);
            }
            return null;
        });
        var pejabat = jdbc.sql(
                        """
                        SELECT p.id, p.nama FROM pejabat p
                        LEFT JOIN kunci_pejabat k ON k.tenant_id = p.tenant_id AND k.pejabat_id = p.id
                        WHERE p.tenant_id = ? AND k.id IS NULL ORDER BY p.id LIMIT 1""")
                .param(balangan)
                .query()
                .singleRow();
        pejabatDiberiKunci = ((Number) pejabat.get("id")).longValue();
        String nama = (String) pejabat.get("nama");

        masuk("admin.balangan");
        page.navigate(url("tandatangan/sertifikat"));
        assertThat(page.locator("#pesan-ca")).isEmpty();
        page.locator("vaadin-grid-cell-content:text-is('" + nama + "')").first().click();
        page.locator("#terbitkan-kunci-ca").click();
        assertThat(page.locator("#pejabat-sertifikat"))
                .containsText(nama + " (CA Kabupaten Balangan — Portal Kinerja Daerah)");
        assertThat(jdbc.sql("SELECT sumber FROM kunci_pejabat WHERE pejabat_id = ?")
                        .param(pejabatDiberiKunci)
                        .query(String.class)
                        .single())
                .isEqualTo("CA_DAERAH");
    }

    private void pilihDaerah(String nilai) {
        page.getByLabel("Daerah", new Page.GetByLabelOptions().setExact(true)).fill(nilai);
        page.locator("vaadin-combo-box-item:has-text('" + nilai + "')").first().click();
    }
}
