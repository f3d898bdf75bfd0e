package id.pkd.portal.dokumen;

/** The free-text parts of the documents, written per agency and year in the portal. */
enum BagianTeks {
    KATA_PENGANTAR("Kata Pengantar (LKIP)", false),
    PENDAHULUAN("Pendahuluan, latar belakang – BAB I (LKIP)", false),
    LANDASAN_HUKUM("Landasan hukum – BAB I (LKIP)", false),
    MAKSUD_TUJUAN("Maksud dan tujuan – BAB I (LKIP)", false),
    TUGAS_POKOK("Dasar hukum pembentukan dan tugas pokok – BAB I (LKIP)", false),
    ISU_STRATEGIS("Isu strategis – BAB I (LKIP)", false),
    PENGHARGAAN("Penghargaan yang diterima – BAB III (LKIP)", false),
    INOVASI("Inovasi perangkat daerah – BAB III (LKIP)", false),
    PENUTUP("Penutup – BAB IV (LKIP)", false),
    RKPD_KEBERHASILAN("Faktor keberhasilan (RKPD)", true),
    RKPD_PERMASALAHAN("Permasalahan (RKPD)", true),
    RKPD_SOLUSI("Solusi (RKPD)", true);

    /** The LKIP's texts, in print order: each one missing is named in the conformance list. */
    static final java.util.List<BagianTeks> LKIP = java.util.List.of(
            KATA_PENGANTAR,
            PENDAHULUAN,
            LANDASAN_HUKUM,
            MAKSUD_TUJUAN,
            TUGAS_POKOK,
            ISU_STRATEGIS,
            PENGHARGAAN,
            INOVASI,
            PENUTUP);

    private final String label;
    private final boolean perUrusan;

    BagianTeks(String label, boolean perUrusan) {
        this.label = label;
        this.perUrusan = perUrusan;
    }

    String label() {
        return label;
    }

    boolean perUrusan() {
        return perUrusan;
    }

    /** The stored key: RKPD parts are kept per urusan, e.g. {@code RKPD_SOLUSI:1.06}. */
    String kunci(String urusan) {
        return perUrusan ? name() + ":" + urusan : name();
    }
}
