package id.pkd.portal.plugin;

import id.pkd.plugin.api.DaftarReferensi;
import id.pkd.plugin.api.Isian;
import id.pkd.plugin.api.JenisIsian;
import id.pkd.portal.capaian.AngkaIndonesia;
import id.pkd.portal.umum.BatasKolom;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns what a user typed (or a spreadsheet cell held) into the canonical stored text of a field:
 * plain decimal numbers, ISO dates, reference-item codes, {@code ya}/{@code tidak}. Rejections carry
 * the Indonesian message shown at the field.
 */
final class PenyimpanNilai {

    /** The stored value of "tidak diketahui" for an amount. */
    static final String TIDAK_DIKETAHUI = "tidak-diketahui";
    /** The pseudo-field holding a row's reference item in forms broken down by a reference list. */
    static final String RINCIAN = "rincian";

    /** A text field of a form: stored inside the row's JSON, bounded to what a form shows. */
    static final int PANJANG_TEKS_MAKS = 500;

    private static final List<DateTimeFormatter> TANGGAL = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("d-M-uuuu"));

    private PenyimpanNilai() {}

    /** Canonical text, or {@code null} for an empty input. */
    static String normalkan(
            Isian isian, String masukan, Optional<DaftarReferensi> referensi, Set<String> kunciRujukan) {
        if (masukan == null || masukan.isBlank()) {
            return null;
        }
        String teks = masukan.strip();
        return switch (isian.jenis()) {
            case ANGKA -> batas(isian, angka(teks)).toPlainString();
            case BILANGAN_BULAT -> {
                BigDecimal n = angka(teks);
                if (n.stripTrailingZeros().scale() > 0) {
                    throw new IllegalArgumentException("Harus bilangan bulat, bukan " + teks + ".");
                }
                yield batas(isian, n).setScale(0).toPlainString();
            }
            case TEKS -> {
                if (teks.length() > PANJANG_TEKS_MAKS) {
                    throw new IllegalArgumentException("Paling banyak " + PANJANG_TEKS_MAKS + " karakter.");
                }
                yield teks;
            }
            case TANGGAL -> tanggal(teks).toString();
            case RUPIAH_ATAU_TIDAK_DIKETAHUI -> {
                String kecil = teks.toLowerCase(Locale.ROOT);
                if (kecil.equals("tidak diketahui") || kecil.equals(TIDAK_DIKETAHUI)) {
                    yield TIDAK_DIKETAHUI;
                }
                String tanpaRp = kecil.startsWith("rp") ? teks.substring(2).strip() : teks;
                yield batas(isian, angka(tanpaRp)).toPlainString();
            }
            case PILIHAN, KELAS -> pilihan(teks, referensi.orElseThrow());
            case YA_TIDAK ->
                switch (teks.toLowerCase(Locale.ROOT)) {
                    case "ya", "y", "true", "1" -> "ya";
                    case "tidak", "t", "false", "0" -> "tidak";
                    default -> throw new IllegalArgumentException("Isi \"ya\" atau \"tidak\", bukan " + teks + ".");
                };
            case RUJUKAN -> {
                if (!kunciRujukan.contains(teks)) {
                    throw new IllegalArgumentException(isian.label() + " " + teks + " tidak terdaftar.");
                }
                yield teks;
            }
            case TURUNAN -> null;
        };
    }

    static LocalDate tanggal(String teks) {
        for (DateTimeFormatter f : TANGGAL) {
            try {
                return LocalDate.parse(teks, f);
            } catch (DateTimeParseException e) {
                // try the next accepted format
            }
        }
        throw new IllegalArgumentException(
                "Tanggal tidak sah: " + teks + " (tulis hari/bulan/tahun, mis. 17/08/2022).");
    }

    /**
     * Digits a number of a form may have: before the comma as the DECIMAL(20,4) realisasi its
     * figures feed, after it more than a spreadsheet cell holds (a double read from XLSX can carry
     * 17), so no real value is refused and no value is so long that the plugins' sums grow costly.
     */
    static final int DIGIT_BULAT_MAKS = BatasKolom.BULAT_ANGKA;

    static final int DIGIT_DESIMAL_MAKS = 20;

    private static BigDecimal angka(String teks) {
        BigDecimal n;
        try {
            n = AngkaIndonesia.parse(teks);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if ((long) n.precision() - n.scale() > DIGIT_BULAT_MAKS) {
            throw new IllegalArgumentException(
                    "Angka terlalu besar: paling banyak " + DIGIT_BULAT_MAKS + " angka di depan koma.");
        }
        if (n.scale() > DIGIT_DESIMAL_MAKS) {
            throw new IllegalArgumentException("Paling banyak " + DIGIT_DESIMAL_MAKS + " angka di belakang koma.");
        }
        return n;
    }

    private static BigDecimal batas(Isian isian, BigDecimal n) {
        if (isian.min() != null && n.compareTo(isian.min()) < 0) {
            throw new IllegalArgumentException(
                    isian.min().signum() == 0
                            ? "Tidak boleh negatif."
                            : "Paling kecil " + AngkaIndonesia.formatRingkas(isian.min()) + ".");
        }
        if (isian.maks() != null && n.compareTo(isian.maks()) > 0) {
            throw new IllegalArgumentException("Paling besar " + AngkaIndonesia.formatRingkas(isian.maks()) + ".");
        }
        return n;
    }

    private static String pilihan(String teks, DaftarReferensi daftar) {
        for (DaftarReferensi.Butir b : daftar.butir()) {
            if (b.kode().equalsIgnoreCase(teks) || b.nama().equalsIgnoreCase(teks)) {
                return b.kode();
            }
        }
        throw new IllegalArgumentException("\"" + teks + "\" tidak ada dalam daftar " + daftar.judul() + ".");
    }

    /** Whether a field holds a number expressions may use. */
    static boolean angka(JenisIsian jenis) {
        return jenis == JenisIsian.ANGKA
                || jenis == JenisIsian.BILANGAN_BULAT
                || jenis == JenisIsian.RUPIAH_ATAU_TIDAK_DIKETAHUI
                || jenis == JenisIsian.TURUNAN;
    }
}
