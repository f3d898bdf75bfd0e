package id.pkd.portal.pengguna;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

interface PenggunaRepository extends Repository<Pengguna, Long> {

    Pengguna save(Pengguna pengguna);

    @Query("SELECT * FROM pengguna WHERE tenant_id = :tenantId ORDER BY nama_lengkap")
    List<Pengguna> semua(long tenantId);

    @Query("SELECT * FROM pengguna WHERE tenant_id = :tenantId AND id = :id")
    Optional<Pengguna> cari(long tenantId, long id);

    /** Ids of the tenant's active admins, row-locked until the transaction ends. */
    @Query("SELECT id FROM pengguna WHERE tenant_id = :tenantId AND peran = 'ADMIN_DAERAH' AND aktif FOR UPDATE")
    List<Long> adminAktifTerkunci(long tenantId);

    /** Login happens before any tenant is known; the username is unique across the portal. */
    @Query("SELECT * FROM pengguna WHERE username = :username")
    Optional<Pengguna> cariUntukMasuk(String username);
}
