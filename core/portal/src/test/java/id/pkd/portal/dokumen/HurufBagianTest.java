package id.pkd.portal.dokumen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HurufBagianTest {

    @Test
    void bagianYangTidakDicetakTidakMeninggalkanCelah() {
        HurufBagian huruf = new HurufBagian();
        assertThat(huruf.judul("Metode Pengukuran Kinerja")).isEqualTo("A. Metode Pengukuran Kinerja");
        assertThat(huruf.judul("Capaian Kinerja Tahun 2023")).isEqualTo("B. Capaian Kinerja Tahun 2023");
        // No "Data Urusan" this year: the next section printed is C, not D.
        assertThat(huruf.judul("Capaian Kinerja per Bidang dan Jabatan Fungsional"))
                .isEqualTo("C. Capaian Kinerja per Bidang dan Jabatan Fungsional");
    }
}
