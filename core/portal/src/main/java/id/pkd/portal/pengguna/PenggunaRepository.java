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

    /** Login happens before any tenant is known; the username is unique across the portal. */
    @Query("SELECT * FROM pengguna WHERE username = :username")
    Optional<Pengguna> cariUntukMasuk(String username);
}
