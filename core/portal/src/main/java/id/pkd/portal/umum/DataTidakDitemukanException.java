package id.pkd.portal.umum;

/**
 * A record does not exist in the current tenant. Deliberately the same answer whether it does
 * not exist at all or belongs to another tenant, so ids reveal nothing across tenants.
 */
public class DataTidakDitemukanException extends RuntimeException {

    public DataTidakDitemukanException(String apa) {
        super(apa + " tidak ditemukan.");
    }
}
