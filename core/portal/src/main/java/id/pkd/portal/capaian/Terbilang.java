package id.pkd.portal.capaian;

import java.math.BigDecimal;

/**
 * Numbers in Indonesian words, as documents spell out amounts. Every word is capitalised, the
 * style of the source documents. Indonesian contracts one (satu) to "se-" before puluh-less units:
 * Sepuluh, Sebelas, Seratus, Seribu; but not before juta and above ("Satu Juta").
 */
public final class Terbilang {

    private static final String[] SATUAN = {
        "", "Satu", "Dua", "Tiga", "Empat", "Lima", "Enam", "Tujuh", "Delapan", "Sembilan"
    };

    /** Names of the groups of three digits, from 10^3 upwards (kuintiliun = 10^18 covers all of long). */
    private static final String[] KELOMPOK = {"", "Ribu", "Juta", "Miliar", "Triliun", "Kuadriliun", "Kuintiliun"};

    private Terbilang() {}

    public static String angka(long n) {
        if (n == 0) {
            return "Nol";
        }
        // -Long.MIN_VALUE is Long.MIN_VALUE again; read unsigned, it is still the right magnitude.
        return n < 0 ? "Minus " + tanpaTanda(-n) : tanpaTanda(n);
    }

    /** Spells n read as an unsigned value, group of three digits by group, from the right. */
    private static String tanpaTanda(long n) {
        String kalimat = "";
        long sisa = n;
        for (int kelompok = 0; sisa != 0; kelompok++) {
            int tigaAngka = (int) Long.remainderUnsigned(sisa, 1000);
            sisa = Long.divideUnsigned(sisa, 1000);
            if (tigaAngka == 0) {
                continue;
            }
            String bagian = kelompok == 1 && tigaAngka == 1
                    ? "Seribu"
                    : ratusan(tigaAngka) + (kelompok == 0 ? "" : " " + KELOMPOK[kelompok]);
            kalimat = kalimat.isEmpty() ? bagian : bagian + " " + kalimat;
        }
        return kalimat;
    }

    /** 1..999 in words. */
    private static String ratusan(int n) {
        int ratus = n / 100;
        int sisa = n % 100;
        String depan =
                switch (ratus) {
                    case 0 -> "";
                    case 1 -> "Seratus";
                    default -> SATUAN[ratus] + " Ratus";
                };
        String belakang = puluhan(sisa);
        if (depan.isEmpty()) {
            return belakang;
        }
        return belakang.isEmpty() ? depan : depan + " " + belakang;
    }

    /** 0..99 in words; empty for 0. */
    private static String puluhan(int n) {
        if (n < 10) {
            return SATUAN[n];
        }
        if (n == 10) {
            return "Sepuluh";
        }
        if (n == 11) {
            return "Sebelas";
        }
        if (n < 20) {
            return SATUAN[n % 10] + " Belas";
        }
        String puluh = SATUAN[n / 10] + " Puluh";
        return n % 10 == 0 ? puluh : puluh + " " + SATUAN[n % 10];
    }

    /**
     * An amount of money in words: "Enam Miliar … Lima Puluh Tiga Rupiah", with sen when there are
     * any: "Seribu Lima Ratus Rupiah Lima Puluh Sen". The amount follows the rules of {@link Rupiah}.
     */
    public static String rupiah(BigDecimal nilai) {
        BigDecimal jumlah = new Rupiah(nilai).nilai();
        long rupiah;
        try {
            rupiah = jumlah.toBigInteger().longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("Nilai rupiah terlalu besar untuk ditulis dengan huruf.", e);
        }
        int sen = jumlah.remainder(BigDecimal.ONE).movePointRight(2).intValueExact();
        String kalimat = angka(rupiah) + " Rupiah";
        return sen == 0 ? kalimat : kalimat + " " + angka(sen) + " Sen";
    }
}
