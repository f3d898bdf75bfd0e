package id.pkd.portal.tenant;

import java.util.Optional;

/** Implemented by the authenticated principal: the tenant it belongs to, if any. */
public interface MilikTenant {

    /** Empty for the portal operator, who belongs to no tenant. */
    Optional<TenantId> tenantId();
}
