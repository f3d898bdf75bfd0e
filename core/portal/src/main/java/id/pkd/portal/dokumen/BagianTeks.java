package id.pkd.portal.dokumen;

/** The free-text parts of the documents, written per agency and year in the portal. */
enum BagianTeks {
    KATA_PENGANTAR("Kata Pengantar (LKIP)", false),
    PENDAHULUAN("Pendahuluan – BAB I (LKIP)", false),
    PENUTUP("Penutup – BAB IV (LKIP)", false),
    RKPD_KEBERHASILAN("Faktor keberhasilan (RKPD)", true),
    RKPD_PERMASALAHAN("Permasalahan (RKPD)", true),
    RKPD_SOLUSI("Solusi (RKPD)", true);

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
