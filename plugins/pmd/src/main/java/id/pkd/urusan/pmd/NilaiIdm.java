package id.pkd.urusan.pmd;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One village's Indeks Desa Membangun for one year: the three resilience indices, each in [0, 1],
 * and their mean.
 *
 * <p>{@link #idm()} is rounded HALF_UP to 4 decimals: Kemendesa publishes IDM with 4 decimals and
 * the status bands are stated to 4 decimals, so the status must follow from the figure that is
 * printed. Classifying the unrounded mean could give a status that contradicts the printed IDM
 * (a mean of 0,815533… prints as 0,8155, which is Maju).
 */
public record NilaiIdm(BigDecimal iks, BigDecimal ike, BigDecimal ikl) {

    public static final int SKALA = 4;

    public NilaiIdm {
        iks = periksa(iks, "IKS (Indeks Ketahanan Sosial)");
        ike = periksa(ike, "IKE (Indeks Ketahanan Ekonomi)");
        ikl = periksa(ikl, "IKL (Indeks Ketahanan Lingkungan)");
    }

    public static NilaiIdm dari(String iks, String ike, String ikl) {
        return new NilaiIdm(angka(iks, "IKS"), angka(ike, "IKE"), angka(ikl, "IKL"));
    }

    /** IDM = (IKS + IKE + IKL) / 3, rounded HALF_UP to {@value #SKALA} decimals. */
    public BigDecimal idm() {
        return iks.add(ike).add(ikl).divide(BigDecimal.valueOf(3), SKALA, RoundingMode.HALF_UP);
    }

    public StatusIdm status() {
        return status(PitaStatusIdm.V1);
    }

    public StatusIdm status(PitaStatusIdm pita) {
        return pita.status(idm());
    }

    private static BigDecimal periksa(BigDecimal nilai, String nama) {
        if (nilai == null) {
            throw new IllegalArgumentException(nama + " wajib diisi");
        }
        if (nilai.signum() < 0 || nilai.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(nama + " harus antara 0 dan 1, bukan " + nilai.toPlainString());
        }
        return nilai;
    }

    private static BigDecimal angka(String teks, String nama) {
        if (teks == null || teks.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(teks.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(nama + " bukan angka: " + teks);
        }
    }
}
