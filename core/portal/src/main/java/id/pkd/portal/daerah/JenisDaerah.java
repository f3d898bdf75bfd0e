package id.pkd.portal.daerah;

/** The kind of Pemerintah Daerah a tenant is. */
public enum JenisDaerah {
    PROVINSI("Provinsi"),
    KABUPATEN("Kabupaten"),
    KOTA("Kota");

    private final String label;

    JenisDaerah(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
