package id.pkd.portal.tenant;

/** Raised when tenant-owned data is requested without a tenant in context. */
public class TanpaTenantException extends RuntimeException {

    public TanpaTenantException() {
        super("Tidak ada pemerintah daerah aktif untuk permintaan ini; akses ditolak.");
    }
}
