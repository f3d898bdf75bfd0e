package id.pkd.portal.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pkd.portal.umum.BatasArsip;
import id.pkd.portal.umum.BomArsip;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Issue 11: a zip bomb was accepted as an evidence "XLSX". */
class JenisBerkasBomTest {

    /** The default of pkd.unggah.bukti. */
    static final DataSize BATAS = DataSize.ofMegabytes(10);

    @Test
    void bomArsipBukanBuktiXlsx() throws Exception {
        byte[] bom = BomArsip.xlsx(400);
        assertThat(bom.length).isLessThan((int) BATAS.toBytes());
        assertThatThrownBy(() -> JenisBerkas.periksa("bukti.xlsx", bom, BATAS))
                .isInstanceOf(JenisBerkas.BerkasDitolakException.class)
                .hasMessage("Berkas \"bukti.xlsx\" ditolak: isi arsip terurai lebih dari " + BatasArsip.RASIO_MAKSIMAL
                        + " kali ukuran berkasnya (bom arsip).");
    }

    @Test
    void xlsxBiasaTetapDiterima() throws Exception {
        assertThat(JenisBerkas.periksa("bukti.xlsx", BomArsip.banyakEntri(10), BATAS))
                .isEqualTo(JenisBerkas.XLSX);
    }
}
