package id.pkd.portal.pengukuran;

import id.pkd.portal.capaian.Rupiah;
import id.pkd.portal.perencanaan.ProgramKegiatan;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A program, kegiatan or sub kegiatan with its budget summed from its sub kegiatan, the share
 * spent (penyerapan), the capaian kinerja of its indicators and the efficiency: capaian kinerja −
 * penyerapan, both as printed.
 */
public record BarisAnggaran(
        ProgramKegiatan baris,
        Rupiah anggaran,
        Rupiah realisasi,
        Optional<BigDecimal> penyerapan,
        Optional<BigDecimal> capaianKinerja,
        Optional<BigDecimal> efisiensi,
        boolean melebihiAnggaran) {

    /** The supporting program of an urusan (x.xx.01), which serves all of its sasaran. */
    public boolean penunjang() {
        return PengukuranKinerjaService.penunjang(this);
    }
}
