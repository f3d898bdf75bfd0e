package id.pkd.portal.perencanaan;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Assignments to a position for a period: its definitive holder, or a Plt / Plh acting for it. A position has one
 * definitive holder at a time; acting officials may overlap it (a Plh stands in while the holder is away). One place
 * for the officials screen and the plan import.
 */
public final class AturanPenugasan {

    public static final List<String> JENIS = List.of("DEFINITIF", "PLT", "PLH");

    private AturanPenugasan() {}

    public static String label(String jenis) {
        return switch (jenis) {
            case "PLT" -> "Plt. (pelaksana tugas)";
            case "PLH" -> "Plh. (pelaksana harian)";
            default -> "Definitif";
        };
    }

    /** Positions are typed by hand: the same position differs at most in case and spacing. */
    public static boolean samaJabatan(String a, String b) {
        return a != null && b != null && normal(a).equals(normal(b));
    }

    /** Both ends are days of the assignment. */
    public static boolean bertumpang(LocalDate mulai1, LocalDate selesai1, LocalDate mulai2, LocalDate selesai2) {
        return !mulai1.isAfter(selesai2) && !mulai2.isAfter(selesai1);
    }

    private static String normal(String jabatan) {
        return jabatan.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
