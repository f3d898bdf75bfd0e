package id.pkd.portal.capaian;

/** The five achievement categories of Permendagri 86/2017, best first. */
public enum Kategori {
    SANGAT_TINGGI("Sangat Tinggi", "#1b5e20"),
    TINGGI("Tinggi", "#4d7c0f"),
    SEDANG("Sedang", "#856404"),
    RENDAH("Rendah", "#c2410c"),
    SANGAT_RENDAH("Sangat Rendah", "#b71c1c");

    private final String label;
    private final String warna;

    Kategori(String label, String warna) {
        this.label = label;
        this.warna = warna;
    }

    /** The wording the reports print. */
    public String label() {
        return label;
    }

    /**
     * Green to red, each dark enough for a contrast of at least 4.5 : 1 against white (WCAG AA), so it
     * works as text colour as well as badge background with white text.
     */
    public String warna() {
        return warna;
    }
}
