package id.pkd.plugin.api;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A versioned reference list a plugin ships, e.g. the 26 PPKS types of Permensos 8/2012 or the IDM
 * status bands of Permendesa 2/2016. Stored data refers to items by {@code kode}; a new regulation
 * is a new {@code versi} of the list, not a code change.
 *
 * @param kode stable identifier within the plugin (lower case, digits, dashes)
 * @param judul the list's name
 * @param versi the version, e.g. the regulation it follows ({@code Permensos 8/2012})
 * @param butir the items, in display order
 */
public record DaftarReferensi(String kode, String judul, String versi, List<Butir> butir) {

    /**
     * One item. {@code batasBawah}: for band lists, the item applies to values strictly above it
     * (the highest band whose limit a value exceeds wins); {@code null} for the lowest band and for
     * plain lists.
     */
    public record Butir(String kode, String nama, BigDecimal batasBawah) {
        public Butir {
            Teks.wajib(kode, "Kode butir referensi");
            Teks.wajib(nama, "Nama butir referensi " + kode);
        }

        public static Butir of(String kode, String nama) {
            return new Butir(kode, nama, null);
        }
    }

    private static final Pattern KODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public DaftarReferensi {
        if (kode == null || !KODE.matcher(kode).matches()) {
            throw new IllegalArgumentException("Kode daftar referensi tidak sah: " + kode);
        }
        Teks.wajib(judul, "Judul daftar referensi " + kode);
        Teks.wajib(versi, "Versi daftar referensi " + kode);
        butir = List.copyOf(butir);
        if (butir.isEmpty()) {
            throw new IllegalArgumentException("Daftar referensi " + kode + " kosong");
        }
        Set<String> kodeButir = new HashSet<>();
        for (Butir b : butir) {
            if (!kodeButir.add(b.kode())) {
                throw new IllegalArgumentException("Daftar referensi " + kode + ": butir " + b.kode() + " ganda");
            }
        }
    }

    public Optional<Butir> butir(String kodeButir) {
        return butir.stream().filter(b -> b.kode().equals(kodeButir)).findFirst();
    }

    /** The band a value falls in: the item with the highest lower limit below the value. */
    public Optional<Butir> kelas(BigDecimal nilai) {
        Butir terpilih = null;
        for (Butir b : butir) {
            boolean masuk = b.batasBawah() == null || nilai.compareTo(b.batasBawah()) > 0;
            boolean lebihTinggi = terpilih == null
                    || terpilih.batasBawah() == null
                    || (b.batasBawah() != null && b.batasBawah().compareTo(terpilih.batasBawah()) > 0);
            if (masuk && lebihTinggi) {
                terpilih = b;
            }
        }
        return Optional.ofNullable(terpilih);
    }
}
