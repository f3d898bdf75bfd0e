package id.pkd.urusan.pmd;

/** Village development status of the Indeks Desa Membangun, lowest first (Permendesa PDTT 2/2016). */
public enum StatusIdm {
    SANGAT_TERTINGGAL("Sangat Tertinggal"),
    TERTINGGAL("Tertinggal"),
    BERKEMBANG("Berkembang"),
    MAJU("Maju"),
    MANDIRI("Mandiri");

    private final String label;

    StatusIdm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The IKU "desa dengan klasifikasi minimal maju" counts Maju and Mandiri. */
    public boolean minimalMaju() {
        return compareTo(MAJU) >= 0;
    }
}
