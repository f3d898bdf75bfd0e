package id.pkd.portal.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pkd.portal.umum.BatasArsip;
import id.pkd.portal.umum.BomArsip;
import org.junit.jupiter.api.Test;

/** Issue 11: a zip bomb was accepted as an evidence "XLSX". */
class JenisBerkasBomTest {

    @Test
    void bomArsipBukanBuktiXlsx() throws Exception {
        byte[] bom = BomArsip.xlsx(400);
        assertThat(bom.length).isLessThan((int) JenisBerkas.UKURAN_MAKSIMAL);
        assertThatThrownBy(() -> JenisBerkas.periksa("bukti.xlsx", bom))
                .isInstanceOf(JenisBerkas.BerkasDitolakException.class)
                .hasMessage("Berkas \"bukti.xlsx\" ditolak: isi arsip terurai lebih dari " + BatasArsip.RASIO_MAKSIMAL
                        + " kali ukuran berkasnya (bom arsip).");
    }

    @Test
    void xlsxBiasaTetapDiterima() throws Exception {
        assertThat(JenisBerkas.periksa("bukti.xlsx", BomArsip.banyakEntri(10))).isEqualTo(JenisBerkas.XLSX);
    }
}
