package id.pkd.portal.tenant;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The tenant of the current request, taken from the authenticated user. Services call {@link
 * #wajib()} before every tenant-owned query, so a query without a tenant fails instead of reading
 * across tenants.
 */
public final class TenantContext {

    private TenantContext() {}

    public static TenantId wajib() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof MilikTenant akun) {
            return akun.tenantId().orElseThrow(TanpaTenantException::new);
        }
        throw new TanpaTenantException();
    }
}
