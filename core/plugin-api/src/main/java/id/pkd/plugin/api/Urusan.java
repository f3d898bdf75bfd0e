package id.pkd.plugin.api;

import java.util.regex.Pattern;

/**
 * An urusan pemerintahan, e.g. {@code new Urusan("1.06", "Sosial")}.
 *
 * @param kode the urusan code of Permendagri 90/2019: a digit, a dot, two digits
 * @param nama the urusan's name as printed in documents
 */
public record Urusan(String kode, String nama) {

    private static final Pattern KODE = Pattern.compile("\\d\\.\\d{2}");

    public Urusan {
        if (kode == null || !KODE.matcher(kode).matches()) {
            throw new IllegalArgumentException("Kode urusan harus berbentuk 9.99, bukan: " + kode);
        }
        Teks.wajib(nama, "Nama urusan");
    }
}
