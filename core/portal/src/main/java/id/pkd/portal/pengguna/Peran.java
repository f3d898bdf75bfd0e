package id.pkd.portal.pengguna;

/** Roles of a tenant's users. The portal operator is not a tenant user; see {@link #OPERATOR_PORTAL}. */
public enum Peran {
    OPERATOR_PORTAL("Operator Portal"),
    ADMIN_DAERAH("Admin Daerah"),
    OPERATOR("Operator"),
    VERIFIKATOR("Verifikator"),
    PIMPINAN("Pimpinan"),
    PENGAMAT("Pengamat");

    private final String label;

    Peran(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    public boolean milikDaerah() {
        return this != OPERATOR_PORTAL;
    }
}
