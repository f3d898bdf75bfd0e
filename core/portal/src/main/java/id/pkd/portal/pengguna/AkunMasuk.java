package id.pkd.portal.pengguna;

import id.pkd.portal.tenant.TenantId;
import java.util.Optional;

/** What login needs to know of an account, whichever kind it is. */
public record AkunMasuk(
        String username,
        String passwordHash,
        String namaLengkap,
        Peran peran,
        Optional<TenantId> tenantId,
        boolean aktif) {}
