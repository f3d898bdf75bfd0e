package id.pkd.portal.pengguna;

import id.pkd.portal.tenant.TenantId;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A user of one tenant. */
@Table("pengguna")
public record Pengguna(
        @Id Long id,
        long tenantId,
        String username,
        String passwordHash,
        String namaLengkap,
        Peran peran,
        String nip,
        String jabatan,
        boolean aktif) {

    Pengguna withId(Long id) {
        return new Pengguna(id, tenantId, username, passwordHash, namaLengkap, peran, nip, jabatan, aktif);
    }

    public TenantId tenant() {
        return new TenantId(tenantId);
    }

    /** The NIP in its printed form, or empty text when the user has none. */
    public String nipTercetak() {
        return nip == null ? "" : new Nip(nip).tercetak();
    }
}
