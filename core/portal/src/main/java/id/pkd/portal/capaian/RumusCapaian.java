package id.pkd.portal.capaian;

import java.math.BigDecimal;
import java.util.Optional;

/** The arithmetic the reports use around capaian; results are unrounded unless stated. */
public final class RumusCapaian {

    private static final BigDecimal SERATUS = BigDecimal.valueOf(100);

    private RumusCapaian() {}

    /**
     * {@code pembilang / penyebut × skala}, e.g. PPKS handled per PPKS population × 100, or cases per
     * 100.000 women. Multiplies before dividing so that only one rounding (at 34 digits) happens.
     *
     * @return empty when the ratio is undefined: a missing argument or a denominator of 0
     */
    public static Optional<BigDecimal> rasio(BigDecimal pembilang, BigDecimal penyebut, BigDecimal skala) {
        if (pembilang == null || penyebut == null || skala == null || penyebut.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(pembilang.multiply(skala).divide(penyebut, Capaian.PRESISI));
    }

    /** Budget absorption in percent; empty when nothing was budgeted. */
    public static Optional<BigDecimal> penyerapan(Rupiah anggaran, Rupiah realisasi) {
        if (anggaran == null || realisasi == null) {
            return Optional.empty();
        }
        return rasio(realisasi.nilai(), anggaran.nilai(), SERATUS);
    }

    /**
     * Efficiency as the LKIP's "efektivitas dan efisiensi" table computes it: capaian kinerja minus
     * penyerapan anggaran, both in percent. The documents subtract the printed figures (100 − 97,19 =
     * 2,81), so the caller passes them at the precision it prints.
     */
    public static BigDecimal efisiensi(BigDecimal capaianKinerja, BigDecimal penyerapanAnggaran) {
        if (capaianKinerja == null || penyerapanAnggaran == null) {
            throw new IllegalArgumentException("Capaian kinerja dan penyerapan anggaran wajib diisi.");
        }
        return capaianKinerja.subtract(penyerapanAnggaran);
    }

    /** The change against last year; positive when this year's figure is higher. */
    public static BigDecimal selisih(BigDecimal tahunLalu, BigDecimal tahunIni) {
        if (tahunLalu == null || tahunIni == null) {
            throw new IllegalArgumentException("Nilai tahun lalu dan tahun ini wajib diisi.");
        }
        return tahunIni.subtract(tahunLalu);
    }
}
