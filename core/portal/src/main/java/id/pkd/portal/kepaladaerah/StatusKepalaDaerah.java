package id.pkd.portal.kepaladaerah;

/** Whether the head of region was elected for the term or stands in for it (Penjabat, Pelaksana Tugas). */
public enum StatusKepalaDaerah {
    DEFINITIF("Definitif", ""),
    PJ("Penjabat (Pj.)", "Pj. "),
    PLT("Pelaksana Tugas (Plt.)", "Plt. ");

    private final String label;
    private final String awalan;

    StatusKepalaDaerah(String label, String awalan) {
        this.label = label;
        this.awalan = awalan;
    }

    public String label() {
        return label;
    }

    /** What the signature block prints before the jabatan: "Pj. Bupati Balangan". */
    public String awalan() {
        return awalan;
    }

    public boolean sementara() {
        return this != DEFINITIF;
    }
}
