package id.pkd.portal.persetujuan;

/** Where an agency's realisasi of a year stands in the approval workflow. */
public enum StatusPersetujuan {
    DRAFT("Draf", true),
    DIAJUKAN("Diajukan", false),
    DIVERIFIKASI("Diverifikasi", false),
    DITOLAK("Ditolak", true),
    DITETAPKAN("Ditetapkan", false);

    private final String label;
    private final boolean bolehDiubah;

    StatusPersetujuan(String label, boolean bolehDiubah) {
        this.label = label;
        this.bolehDiubah = bolehDiubah;
    }

    public String label() {
        return label;
    }

    /** Operators may change realisasi only while drafting or after a rejection. */
    public boolean bolehDiubah() {
        return bolehDiubah;
    }
}
