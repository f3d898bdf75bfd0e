package id.pkd.plugin.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A key performance indicator an urusan plugin defines.
 *
 * @param kode stable identifier within the plugin (lower case, digits, dashes), e.g. {@code ppks-tertangani};
 *     the portal stores targets and realisasi against it, so it must never change once released
 * @param nama the indicator's name as printed in documents
 * @param satuan unit, e.g. {@code %}, {@code orang}, {@code indeks}, {@code rasio per 100.000}
 * @param polaritas whether a higher or a lower realisasi is better
 */
public record DefinisiIndikator(String kode, String nama, String satuan, Polaritas polaritas) {

    private static final Pattern KODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public DefinisiIndikator {
        if (kode == null || !KODE.matcher(kode).matches()) {
            throw new IllegalArgumentException("Kode indikator hanya huruf kecil, angka dan tanda hubung: " + kode);
        }
        Teks.wajib(nama, "Nama indikator");
        Teks.wajib(satuan, "Satuan indikator");
        Objects.requireNonNull(polaritas, "Polaritas indikator wajib diisi");
    }
}
