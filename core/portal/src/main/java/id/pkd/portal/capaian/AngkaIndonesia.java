package id.pkd.portal.capaian;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers in Indonesian format: '.' groups thousands, ',' separates decimals ({@code 1.234.567,89}).
 * Written by hand rather than with a {@code Locale}: the JDK's locale data has changed between
 * releases, and a printed report must not change with the JDK.
 */
public final class AngkaIndonesia {

    /**
     * Strict on purpose: "68.72" is a common slip from English-format spreadsheets and would
     * otherwise be read as 6.872, so a '.' is accepted only between complete groups of three digits.
     */
    private static final Pattern FORMAT = Pattern.compile("(-?)(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?\\s*%?");

    private AngkaIndonesia() {}

    /** Rounded half up to the given number of decimals, e.g. 1234567,891 → "1.234.567,89". */
    public static String format(BigDecimal nilai, int desimal) {
        if (nilai == null) {
            throw new IllegalArgumentException("Angka yang dicetak wajib diisi.");
        }
        if (desimal < 0) {
            throw new IllegalArgumentException("Jumlah angka desimal tidak boleh negatif.");
        }
        return tulis(nilai.setScale(desimal, RoundingMode.HALF_UP));
    }

    /** Only the decimals that carry value: 92,80 → "92,8", 12000 → "12.000". */
    public static String formatRingkas(BigDecimal nilai) {
        if (nilai == null) {
            throw new IllegalArgumentException("Angka yang dicetak wajib diisi.");
        }
        BigDecimal ringkas = nilai.stripTrailingZeros();
        return tulis(ringkas.scale() < 0 ? ringkas.setScale(0) : ringkas);
    }

    /** A percentage already rounded by the tenant's {@link Pembulatan}, always with 2 decimals: "68,72%". */
    public static String persen(BigDecimal nilaiTerbulat) {
        return format(nilaiTerbulat, Pembulatan.DESIMAL) + "%";
    }

    private static String tulis(BigDecimal nilai) {
        String angka = nilai.abs().toPlainString();
        int titik = angka.indexOf('.');
        String bulat = titik < 0 ? angka : angka.substring(0, titik);
        StringBuilder hasil = new StringBuilder();
        if (nilai.signum() < 0) {
            hasil.append('-');
        }
        for (int i = 0; i < bulat.length(); i++) {
            if (i > 0 && (bulat.length() - i) % 3 == 0) {
                hasil.append('.');
            }
            hasil.append(bulat.charAt(i));
        }
        if (titik >= 0) {
            hasil.append(',').append(angka, titik + 1, angka.length());
        }
        return hasil.toString();
    }

    /**
     * Reads a number typed in Indonesian format: "1.234.567,89", "1234567,89", "-3,5", "52,95%" (the
     * '%' is ignored). Keeps the decimals as typed ("68,70" has scale 2).
     *
     * @throws AngkaTidakSahException with a message naming the typed text and the expected format
     */
    public static BigDecimal parse(String teks) {
        if (teks == null || teks.isBlank()) {
            throw new AngkaTidakSahException("Angka wajib diisi.");
        }
        String bersih = teks.strip();
        Matcher m = FORMAT.matcher(bersih);
        if (!m.matches()) {
            throw new AngkaTidakSahException("\"" + bersih + "\" bukan angka berformat Indonesia: gunakan koma untuk"
                    + " desimal (68,72) dan titik untuk ribuan (1.234.567).");
        }
        String bulat = m.group(2).replace(".", "");
        String desimal = m.group(3);
        return new BigDecimal(m.group(1) + bulat + (desimal == null ? "" : "." + desimal));
    }
}
