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

    /** Sign-in happens before any tenant is known: every tenant's account of that name (unique per tenant only). */
    @Query("SELECT * FROM pengguna WHERE username = :username ORDER BY id")
    List<Pengguna> semuaBernama(String username);

    @Query("SELECT * FROM pengguna WHERE tenant_id = :tenantId AND username = :username")
    Optional<Pengguna> cariBernama(long tenantId, String username);

    @Query("SELECT p.* FROM pengguna p JOIN tenant t ON t.id = p.tenant_id"
            + " WHERE p.username = :username AND t.kode_wilayah = :kodeWilayah")
    Optional<Pengguna> cariBernamaDiWilayah(String username, String kodeWilayah);
}
