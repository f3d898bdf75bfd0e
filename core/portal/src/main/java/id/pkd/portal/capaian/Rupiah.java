package id.pkd.portal.capaian;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * An exact amount of money (anggaran, realisasi). Always held at scale 2 so that equal amounts are
 * {@code equals}, whatever scale they were given in.
 */
public record Rupiah(BigDecimal nilai) {

    public static final Rupiah NOL = new Rupiah(BigDecimal.ZERO);

    public Rupiah {
        if (nilai == null) {
            throw new IllegalArgumentException("Nilai rupiah wajib diisi.");
        }
        if (nilai.signum() < 0) {
            throw new IllegalArgumentException("Nilai rupiah tidak boleh negatif.");
        }
        // Trailing zeros are no extra precision: 1.500,500 is a valid amount, 1.500,505 is not.
        if (nilai.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("Nilai rupiah paling banyak 2 angka desimal (sen).");
        }
        nilai = nilai.setScale(2);
    }

    public static Rupiah dari(long rupiah) {
        return new Rupiah(BigDecimal.valueOf(rupiah));
    }

    public Rupiah tambah(Rupiah lain) {
        if (lain == null) {
            throw new IllegalArgumentException("Nilai rupiah yang ditambahkan wajib diisi.");
        }
        return new Rupiah(nilai.add(lain.nilai));
    }

    /** The total of budget lines; {@link #NOL} for none. */
    public static Rupiah jumlah(Collection<Rupiah> semua) {
        Rupiah total = NOL;
        if (semua != null) {
            for (Rupiah rupiah : semua) {
                total = total.tambah(rupiah);
            }
        }
        return total;
    }

    /** "Rp 6.550.507.653"; sen only when there are any, as the documents print amounts. */
    public String tercetak() {
        boolean bulat = nilai.remainder(BigDecimal.ONE).signum() == 0;
        return "Rp " + AngkaIndonesia.format(nilai, bulat ? 0 : 2);
    }

    /** The amount in words, e.g. "Seribu Lima Ratus Rupiah Lima Puluh Sen". */
    public String terbilang() {
        return Terbilang.rupiah(nilai);
    }

    @Override
    public String toString() {
        return tercetak();
    }
}
