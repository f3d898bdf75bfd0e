package id.pkd.portal.umum;

/** Normalises optional free text typed into forms. */
public final class Teks {

    private Teks() {}

    /** Blank input is stored as no value; anything else without surrounding spaces. */
    public static String kosongJadiNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
