package id.pkd.portal.renstra;

/** The three levels of a Renstra tree; each row's parent is of the level above. */
public enum JenisBaris {
    TUJUAN("Tujuan", "tujuan"),
    SASARAN("Sasaran", "sasaran"),
    INDIKATOR("Indikator", "indikator");

    private final String label;
    private final String jenisJejak;

    JenisBaris(String label, String jenisJejak) {
        this.label = label;
        this.jenisJejak = jenisJejak;
    }

    public String label() {
        return label;
    }

    /** The audit trail's data kind, the same the plan import records under. */
    String jenisJejak() {
        return jenisJejak;
    }

    /** The level of this row's children; none below an indicator. */
    public JenisBaris anak() {
        return switch (this) {
            case TUJUAN -> SASARAN;
            case SASARAN -> INDIKATOR;
            case INDIKATOR -> null;
        };
    }

    /** The level of this row's parent; none above a tujuan. */
    public JenisBaris induk() {
        return switch (this) {
            case TUJUAN -> null;
            case SASARAN -> TUJUAN;
            case INDIKATOR -> SASARAN;
        };
    }
}
