package id.pkd.portal.anggaran;

import id.pkd.portal.perencanaan.ProgramKegiatan;

/** The levels of the Permendagri 90/2019 code, read from how many parts a code has. */
public enum TingkatNomenklatur {
    URUSAN(1, "Urusan"),
    BIDANG_URUSAN(2, "Bidang urusan"),
    PROGRAM(3, "Program"),
    KEGIATAN(5, "Kegiatan"),
    SUB_KEGIATAN(6, "Sub kegiatan");

    private final int bagian;
    private final String label;

    TingkatNomenklatur(int bagian, String label) {
        this.bagian = bagian;
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The level of a code such as "1.06.02.2.01", or null when its number of parts is none of the five. */
    public static TingkatNomenklatur dari(String kode) {
        int n = kode.split("\\.", -1).length;
        for (TingkatNomenklatur t : values()) {
            if (t.bagian == n) {
                return t;
            }
        }
        return null;
    }

    /** The parent's code: "1.06.02" of "1.06.02.2.01" (a kegiatan adds two parts, "2.01"); null for an urusan. */
    public static String induk(String kode) {
        TingkatNomenklatur t = dari(kode);
        if (t == null || t == URUSAN) {
            return null;
        }
        TingkatNomenklatur atas = values()[t.ordinal() - 1];
        String[] bagian = kode.split("\\.");
        return String.join(".", java.util.Arrays.copyOf(bagian, atas.bagian));
    }

    /** The budget row level this nomenclature level is written as; null above a program. */
    public ProgramKegiatan.Tingkat tingkatProgram() {
        return switch (this) {
            case PROGRAM -> ProgramKegiatan.Tingkat.PROGRAM;
            case KEGIATAN -> ProgramKegiatan.Tingkat.KEGIATAN;
            case SUB_KEGIATAN -> ProgramKegiatan.Tingkat.SUB_KEGIATAN;
            default -> null;
        };
    }

    public static TingkatNomenklatur dari(ProgramKegiatan.Tingkat t) {
        return valueOf(t.name());
    }
}
