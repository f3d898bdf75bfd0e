package id.pkd.portal.api;

/**
 * The approval-workflow role an API token acts in, chosen by the Admin Daerah: the token then carries the same
 * {@code ROLE_*} authority the workflow services' {@code @Secured} checks for a signed-in user of that role, so an
 * application may submit (Operator), verify or reject (Verifikator), or reject and set (Pimpinan) exactly as the
 * screens allow. A token without a role takes no workflow step.
 */
public enum PeranToken {
    OPERATOR("Operator"),
    VERIFIKATOR("Verifikator"),
    PIMPINAN("Pimpinan");

    private final String label;

    PeranToken(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority of the portal role of the same name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
