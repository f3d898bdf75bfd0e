package id.pkd.portal.daerah;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kemendagri region code (Permendagri 72/2019): a province is two digits ({@code 63}); a
 * kabupaten or kota adds a dot and two digits ({@code 63.11}), kabupaten numbered 01–69 and kota
 * 71–99 within their province.
 */
public record KodeWilayah(String nilai) {

    private static final Pattern BENTUK = Pattern.compile("(\\d{2})(?:\\.(\\d{2}))?");

    public KodeWilayah {
        periksa(nilai).ifPresent(pesan -> {
            throw new IllegalArgumentException(pesan);
        });
    }

    /** The Indonesian message describing what is wrong with the code, if anything. */
    public static Optional<String> periksa(String nilai) {
        if (nilai == null || nilai.isBlank()) {
            return Optional.of("Kode wilayah wajib diisi.");
        }
        Matcher m = BENTUK.matcher(nilai);
        if (!m.matches()) {
            return Optional.of("Kode wilayah harus 2 angka untuk provinsi (mis. 63) atau 2 angka, titik,"
                    + " 2 angka untuk kabupaten/kota (mis. 63.11).");
        }
        int provinsi = Integer.parseInt(m.group(1));
        if (provinsi < 11) {
            return Optional.of("Kode provinsi dimulai dari 11; " + m.group(1) + " bukan kode provinsi.");
        }
        if (m.group(2) != null && Integer.parseInt(m.group(2)) == 0) {
            return Optional.of("Nomor kabupaten/kota setelah titik tidak boleh 00.");
        }
        return Optional.empty();
    }

    /** The kind of region this code can identify: a province code cannot name a kota. */
    public Optional<String> periksaJenis(JenisDaerah jenis) {
        String[] bagian = nilai.split("\\.");
        if (jenis == JenisDaerah.PROVINSI) {
            return bagian.length == 1
                    ? Optional.empty()
                    : Optional.of("Kode provinsi hanya 2 angka (mis. 63), tanpa nomor kabupaten/kota.");
        }
        if (bagian.length == 1) {
            return Optional.of("Kode " + jenis.label().toLowerCase() + " harus memuat kode provinsi dan nomor"
                    + " setelah titik (mis. 63.11).");
        }
        int nomor = Integer.parseInt(bagian[1]);
        if (jenis == JenisDaerah.KOTA && nomor < 71) {
            return Optional.of(
                    "Nomor kota setelah titik adalah 71–99 (mis. 63.71); " + nilai + " adalah kode kabupaten.");
        }
        if (jenis == JenisDaerah.KABUPATEN && nomor > 69) {
            return Optional.of("Nomor kabupaten setelah titik adalah 01–69; " + nilai + " adalah kode kota.");
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return nilai;
    }
}
