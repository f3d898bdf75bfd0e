package id.pkd.portal.anggaran;

import java.util.Locale;

/** The columns of the budget template, in its order; a file is read by its headers, in any order. */
enum KolomAnggaran {
    KODE("Kode", true),
    NOMENKLATUR("Nomenklatur", false),
    PAGU("Pagu", true),
    TW1("Realisasi TW I", false),
    TW2("Realisasi TW II", false),
    TW3("Realisasi TW III", false),
    TW4("Realisasi TW IV", false),
    REALISASI("Realisasi", false),
    SUMBER_DANA("Sumber Dana", false);

    private final String judul;
    private final boolean wajib;

    KolomAnggaran(String judul, boolean wajib) {
        this.judul = judul;
        this.wajib = wajib;
    }

    String judul() {
        return judul;
    }

    boolean wajib() {
        return wajib;
    }

    /** The quarter of a TW column, 0 for the others. */
    int triwulan() {
        return switch (this) {
            case TW1 -> 1;
            case TW2 -> 2;
            case TW3 -> 3;
            case TW4 -> 4;
            default -> 0;
        };
    }

    static KolomAnggaran triwulan(int tw) {
        return values()[TW1.ordinal() + tw - 1];
    }

    /**
     * The column a header names: the template's header, case and spacing ignored, and the names the regional
     * budget exports use for the same thing ("Uraian", "Anggaran", "Sumber Pendanaan").
     */
    static KolomAnggaran dari(String judul) {
        if (judul == null) {
            return null;
        }
        String j = judul.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        for (KolomAnggaran k : values()) {
            if (k.judul.toLowerCase(Locale.ROOT).equals(j)) {
                return k;
            }
        }
        return switch (j) {
            case "kode rekening", "kode program/kegiatan/sub kegiatan" -> KODE;
            case "uraian", "nama", "program/kegiatan/sub kegiatan" -> NOMENKLATUR;
            case "anggaran", "pagu anggaran", "pagu (rp)", "anggaran (rp)" -> PAGU;
            case "tw i", "triwulan i" -> TW1;
            case "tw ii", "triwulan ii" -> TW2;
            case "tw iii", "triwulan iii" -> TW3;
            case "tw iv", "triwulan iv" -> TW4;
            case "realisasi (rp)", "jumlah realisasi" -> REALISASI;
            case "sumber pendanaan", "sumber dana anggaran" -> SUMBER_DANA;
            default -> null;
        };
    }
}
