package id.pkd.portal.tenant;

/** Identity of a tenant (one Pemerintah Daerah). Every tenant-owned row carries it. */
public record TenantId(long value) {

    public TenantId {
        if (value <= 0) {
            throw new IllegalArgumentException("TenantId harus positif: " + value);
        }
    }
}
