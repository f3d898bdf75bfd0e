package id.pkd.plugin.api;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One field of a {@link Formulir}. Build it with the factory methods and refine it with {@link
 * #wajib()}, {@link #min(long)} and {@link #maks(long)}; records are immutable, so each call returns
 * a new field.
 *
 * @param kode stable identifier within the form (lower case, digits, underscores); expressions and
 *     stored data refer to it, so it must never change once released
 * @param label the caption shown to users, in Bahasa Indonesia
 * @param jenis the kind of value
 * @param wajib whether a row must carry a value
 * @param min smallest accepted number (inclusive), or {@code null}
 * @param maks largest accepted number (inclusive), or {@code null}
 * @param referensi the reference list ({@link JenisIsian#PILIHAN}, {@link JenisIsian#KELAS}) or the
 *     form ({@link JenisIsian#RUJUKAN}) the value comes from
 * @param rumus for {@link JenisIsian#TURUNAN} an expression over the row's fields, for {@link
 *     JenisIsian#KELAS} the field whose value decides the band
 */
public record Isian(
        String kode,
        String label,
        JenisIsian jenis,
        boolean wajib,
        BigDecimal min,
        BigDecimal maks,
        String referensi,
        String rumus) {

    static final Pattern KODE = Pattern.compile("[a-z][a-z0-9_]*");

    public Isian {
        if (kode == null || !KODE.matcher(kode).matches()) {
            throw new IllegalArgumentException("Kode isian hanya huruf kecil, angka dan garis bawah: " + kode);
        }
        Teks.wajib(label, "Label isian " + kode);
        Objects.requireNonNull(jenis, "Jenis isian " + kode);
        boolean perluReferensi =
                jenis == JenisIsian.PILIHAN || jenis == JenisIsian.RUJUKAN || jenis == JenisIsian.KELAS;
        if (perluReferensi && (referensi == null || referensi.isBlank())) {
            throw new IllegalArgumentException("Isian " + kode + " memerlukan referensi");
        }
        if ((jenis == JenisIsian.TURUNAN || jenis == JenisIsian.KELAS) && (rumus == null || rumus.isBlank())) {
            throw new IllegalArgumentException("Isian " + kode + " memerlukan rumus");
        }
        if (min != null && maks != null && min.compareTo(maks) > 0) {
            throw new IllegalArgumentException("Isian " + kode + ": min lebih besar dari maks");
        }
    }

    public static Isian angka(String kode, String label) {
        return new Isian(kode, label, JenisIsian.ANGKA, false, null, null, null, null);
    }

    /** A count: a whole number, never negative. */
    public static Isian jumlah(String kode, String label) {
        return new Isian(kode, label, JenisIsian.BILANGAN_BULAT, false, BigDecimal.ZERO, null, null, null);
    }

    public static Isian teks(String kode, String label) {
        return new Isian(kode, label, JenisIsian.TEKS, false, null, null, null, null);
    }

    public static Isian tanggal(String kode, String label) {
        return new Isian(kode, label, JenisIsian.TANGGAL, false, null, null, null, null);
    }

    public static Isian rupiahAtauTidakDiketahui(String kode, String label) {
        return new Isian(kode, label, JenisIsian.RUPIAH_ATAU_TIDAK_DIKETAHUI, false, BigDecimal.ZERO, null, null, null);
    }

    public static Isian pilihan(String kode, String label, String daftarReferensi) {
        return new Isian(kode, label, JenisIsian.PILIHAN, false, null, null, daftarReferensi, null);
    }

    public static Isian yaTidak(String kode, String label) {
        return new Isian(kode, label, JenisIsian.YA_TIDAK, false, null, null, null, null);
    }

    public static Isian rujukan(String kode, String label, String formulir) {
        return new Isian(kode, label, JenisIsian.RUJUKAN, false, null, null, formulir, null);
    }

    public static Isian turunan(String kode, String label, String rumus) {
        return new Isian(kode, label, JenisIsian.TURUNAN, false, null, null, null, rumus);
    }

    public static Isian kelas(String kode, String label, String daftarReferensi, String isianNilai) {
        return new Isian(kode, label, JenisIsian.KELAS, false, null, null, daftarReferensi, isianNilai);
    }

    public Isian diwajibkan() {
        return new Isian(kode, label, jenis, true, min, maks, referensi, rumus);
    }

    public Isian min(long batas) {
        return new Isian(kode, label, jenis, wajib, BigDecimal.valueOf(batas), maks, referensi, rumus);
    }

    public Isian maks(long batas) {
        return new Isian(kode, label, jenis, wajib, min, BigDecimal.valueOf(batas), referensi, rumus);
    }

    /** Whether expressions may add this field up. */
    public boolean bernilaiAngka() {
        return jenis == JenisIsian.ANGKA
                || jenis == JenisIsian.BILANGAN_BULAT
                || jenis == JenisIsian.RUPIAH_ATAU_TIDAK_DIKETAHUI
                || jenis == JenisIsian.TURUNAN;
    }
}
