package id.pkd.portal.umum;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The expansion bound itself: bombs are refused with the reason, real workbooks pass. */
class BatasArsipTest {

    @Test
    void bomRatusanMegabyteDitolakTanpaMenguraikanSemuanya() throws Exception {
        byte[] bom = BomArsip.xlsx(300);
        assertThat(bom.length).isLessThan(1024 * 1024);
        long mulai = System.nanoTime();
        assertThat(BatasArsip.periksa(bom, BatasArsip.TERURAI_MAKSIMAL_BUKTI))
                .contains("isi arsip terurai lebih dari " + BatasArsip.RASIO_MAKSIMAL
                        + " kali ukuran berkasnya (bom arsip).");
        // Stopped at the first bound passed, not after inflating 300 MB.
        assertThat((System.nanoTime() - mulai) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void batasUkuranTeruraiBerlakuWalauRasionyaWajar() throws Exception {
        byte[] acak = BomArsip.acak(3);
        assertThat(BatasArsip.periksa(acak, 2L * 1024 * 1024)).contains("isi arsip terurai lebih dari 2 MB.");
        assertThat(BatasArsip.periksa(acak, BatasArsip.TERURAI_MAKSIMAL_IMPOR)).isEmpty();
    }

    @Test
    void terlaluBanyakEntriDitolak() throws Exception {
        assertThat(BatasArsip.periksa(BomArsip.banyakEntri(BatasArsip.ENTRI_MAKSIMAL), Long.MAX_VALUE))
                .contains("arsip berisi lebih dari " + BatasArsip.ENTRI_MAKSIMAL + " bagian.");
        assertThat(BatasArsip.periksa(BomArsip.banyakEntri(100), Long.MAX_VALUE))
                .isEmpty();
    }

    @Test
    void bukuKerjaSungguhanLolos() throws Exception {
        ByteArrayOutputStream keluar = new ByteArrayOutputStream();
        try (XSSFWorkbook buku = new XSSFWorkbook()) {
            var lembar = buku.createSheet("Data");
            for (int r = 0; r < 2000; r++) {
                var baris = lembar.createRow(r);
                for (int k = 0; k < 10; k++) {
                    baris.createCell(k).setCellValue("Desa " + r + "-" + k);
                }
            }
            buku.write(keluar);
        }
        assertThat(BatasArsip.periksa(keluar.toByteArray(), BatasArsip.TERURAI_MAKSIMAL_IMPOR))
                .isEmpty();
        assertThat(BatasArsip.periksa("bukan zip".getBytes(), BatasArsip.TERURAI_MAKSIMAL_IMPOR))
                .isEmpty();
    }
}
