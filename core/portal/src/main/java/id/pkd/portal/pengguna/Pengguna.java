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
        boolean aktif,
        boolean wajibGantiSandi) {

    Pengguna withId(Long id) {
        return new Pengguna(
                id, tenantId, username, passwordHash, namaLengkap, peran, nip, jabatan, aktif, wajibGantiSandi);
    }

    Pengguna denganSandi(String hashBaru, boolean wajibGanti) {
        return new Pengguna(id, tenantId, username, hashBaru, namaLengkap, peran, nip, jabatan, aktif, wajibGanti);
    }

    Pengguna denganAktif(boolean aktifBaru) {
        return new Pengguna(
                id, tenantId, username, passwordHash, namaLengkap, peran, nip, jabatan, aktifBaru, wajibGantiSandi);
    }

    public TenantId tenant() {
        return new TenantId(tenantId);
    }

    /** The NIP in its printed form, or empty text when the user has none. */
    public String nipTercetak() {
        return nip == null ? "" : new Nip(nip).tercetak();
    }
}
