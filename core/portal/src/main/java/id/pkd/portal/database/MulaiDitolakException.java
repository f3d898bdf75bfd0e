package id.pkd.portal.database;

/**
 * The portal refuses to start rather than fall back to something unsafe: a production server whose datasource
 * variable is missing (a typo is enough) must not quietly come up on the embedded demo database with its
 * well-known passwords and API tokens.
 */
public class MulaiDitolakException extends RuntimeException {

    private final String tindakan;

    public MulaiDitolakException(String pesan, String tindakan) {
        super(pesan);
        this.tindakan = tindakan;
    }

    /** What the operator should do, shown under "Action" by Spring Boot's failure report. */
    public String tindakan() {
        return tindakan;
    }
}
