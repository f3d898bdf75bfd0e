package id.pkd.portal.capaian;

import id.pkd.plugin.api.Polaritas;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import java.util.Optional;

/**
 * The achievement of an indicator in percent of its target, kept unrounded: averages and kategori
 * are computed from the exact value, and only the printed figure is rounded (with the tenant's
 * {@link Pembulatan}).
 */
public record Capaian(BigDecimal persen) {

    /** 34 significant digits: far more than any printed figure needs, and no float anywhere. */
    static final MathContext PRESISI = MathContext.DECIMAL128;

    private static final BigDecimal SERATUS = BigDecimal.valueOf(100);

    public Capaian {
        if (persen == null) {
            throw new IllegalArgumentException("Nilai capaian wajib diisi.");
        }
    }

    /**
     * Capaian of a realisasi against a target. Pass the realisasi as the documents publish it: a
     * realisasi computed from a numerator and denominator is a published figure rounded to 2 decimals
     * first (103 / 154 is published as 66,88 and the capaian 286,06 is computed from 66,88).
     *
     * @param varian needed only for lower-is-better indicators; ignored otherwise
     * @return empty when the capaian is undefined: a missing argument (including a missing varian for a
     *     lower-is-better indicator), a target of 0, or for variant B a target of 100
     */
    public static Optional<Capaian> hitung(
            Polaritas polaritas, VarianRendah varian, BigDecimal target, BigDecimal realisasi) {
        if (polaritas == null || target == null || realisasi == null) {
            return Optional.empty();
        }
        return switch (polaritas) {
            case SEMAKIN_TINGGI_SEMAKIN_BAIK -> persenDari(realisasi, target);
            case SEMAKIN_RENDAH_SEMAKIN_BAIK -> {
                if (varian == null) {
                    yield Optional.empty();
                }
                yield switch (varian) {
                    case A -> persenDari(target.subtract(realisasi.subtract(target)), target);
                    case B -> persenDari(SERATUS.subtract(realisasi), SERATUS.subtract(target));
                };
            }
        };
    }

    private static Optional<Capaian> persenDari(BigDecimal pembilang, BigDecimal penyebut) {
        return RumusCapaian.rasio(pembilang, penyebut, SERATUS).map(Capaian::new);
    }

    /** The mean of unrounded capaian, as the "rata-rata capaian" per sasaran and overall. */
    public static Optional<Capaian> rataRata(Collection<Capaian> semua) {
        if (semua == null || semua.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal jumlah = BigDecimal.ZERO;
        for (Capaian capaian : semua) {
            if (capaian == null) {
                throw new IllegalArgumentException(
                        "Daftar capaian yang dirata-ratakan tidak boleh memuat nilai kosong.");
            }
            jumlah = jumlah.add(capaian.persen());
        }
        return Optional.of(new Capaian(jumlah.divide(BigDecimal.valueOf(semua.size()), PRESISI)));
    }

    /** The printed figure: 2 decimals with the tenant's rounding. */
    public BigDecimal terbulat(Pembulatan pembulatan) {
        if (pembulatan == null) {
            throw new IllegalArgumentException("Cara pembulatan wajib diisi.");
        }
        return pembulatan.bulatkan(persen);
    }
}
