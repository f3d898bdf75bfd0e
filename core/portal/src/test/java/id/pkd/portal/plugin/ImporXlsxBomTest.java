package id.pkd.portal.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.umum.BatasArsip;
import id.pkd.portal.umum.BomArsip;
import id.pkd.portal.umum.ValidasiGagalException;
import id.pkd.portal.umum.ValidasiGagalException.Kesalahan;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11: an "XLSX" of a few hundred kilobytes that expands to hundreds of megabytes is refused
 * by the import before POI opens it, with the reason for the file as a whole, and nothing changes.
 */
class ImporXlsxBomTest extends PortalIntegrationTest {

    @Autowired
    XlsxDataUrusanService xlsx;

    @Autowired
    DataUrusanService data;

    @Test
    void bomArsipDitolakSebelumDibukaPoi() throws Exception {
        byte[] bom = BomArsip.xlsx(300);
        assertThat(bom.length).isLessThan((int) xlsx.batas().toBytes());
        sebagai(Peran.OPERATOR, "63.11", () -> {
            List<BarisUrusan> sebelum = data.baris("urusan-pmd", "idm", 2022);
            assertThatThrownBy(() -> xlsx.impor("urusan-pmd", "idm", 2022, "idm.xlsx", bom))
                    .isInstanceOfSatisfying(ValidasiGagalException.class, e -> assertThat(e.kesalahan())
                            .containsExactly(new Kesalahan(
                                    "",
                                    "Berkas ditolak: isi arsip terurai lebih dari " + BatasArsip.RASIO_MAKSIMAL
                                            + " kali ukuran berkasnya (bom arsip).")));
            assertThat(data.baris("urusan-pmd", "idm", 2022)).isEqualTo(sebelum);
            return null;
        });
    }
}
