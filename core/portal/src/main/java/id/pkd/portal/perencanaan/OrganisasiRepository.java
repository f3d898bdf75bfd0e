package id.pkd.portal.perencanaan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

interface PerangkatDaerahRepository extends Repository<PerangkatDaerah, Long> {

    PerangkatDaerah save(PerangkatDaerah pd);

    @Query("SELECT * FROM perangkat_daerah WHERE tenant_id = :tenantId ORDER BY nama")
    List<PerangkatDaerah> semua(long tenantId);

    @Query("SELECT * FROM perangkat_daerah WHERE tenant_id = :tenantId AND id = :id")
    Optional<PerangkatDaerah> cari(long tenantId, long id);

    @Query("SELECT * FROM perangkat_daerah WHERE tenant_id = :tenantId AND kode = :kode")
    Optional<PerangkatDaerah> cariKode(long tenantId, String kode);
}

interface BidangRepository extends Repository<Bidang, Long> {

    Bidang save(Bidang bidang);

    @Query("SELECT * FROM bidang WHERE tenant_id = :tenantId AND perangkat_daerah_id = :pdId ORDER BY id")
    List<Bidang> milik(long tenantId, long pdId);

    /** Like {@code milik}, for every agency of the tenant at once. */
    @Query("SELECT * FROM bidang WHERE tenant_id = :tenantId ORDER BY id")
    List<Bidang> semua(long tenantId);
}

interface PejabatRepository extends Repository<Pejabat, Long> {

    Pejabat save(Pejabat pejabat);

    @Query(
            rowMapperClass = BarisRencana.PetaPejabat.class,
            value =
                    "SELECT * FROM pejabat WHERE tenant_id = :tenantId AND perangkat_daerah_id = :pdId ORDER BY eselon, nama")
    List<Pejabat> milik(long tenantId, long pdId);

    /**
     * Like {@code milik}, for every agency of the tenant at once. A row without agency is a head of region's signing
     * identity (kepaladaerah), no agency official.
     */
    @Query(
            rowMapperClass = BarisRencana.PetaPejabat.class,
            value =
                    "SELECT * FROM pejabat WHERE tenant_id = :tenantId AND perangkat_daerah_id IS NOT NULL ORDER BY eselon, nama")
    List<Pejabat> semua(long tenantId);

    @Query("SELECT * FROM pejabat WHERE tenant_id = :tenantId AND id = :id AND perangkat_daerah_id IS NOT NULL")
    Optional<Pejabat> cari(long tenantId, long id);

    @Query("SELECT * FROM pejabat WHERE tenant_id = :tenantId AND nip = :nip")
    Optional<Pejabat> cariNip(long tenantId, String nip);
}

interface PelaksanaRepository extends Repository<Pelaksana, Long> {

    Pelaksana save(Pelaksana pelaksana);

    @Query(
            """
            SELECT l.* FROM pelaksana l JOIN pejabat p ON p.tenant_id = l.tenant_id AND p.id = l.pejabat_id
            WHERE l.tenant_id = :tenantId AND p.perangkat_daerah_id = :pdId ORDER BY l.mulai""")
    List<Pelaksana> milik(long tenantId, long pdId);

    /** Like {@code milik}, for every agency of the tenant at once. */
    @Query(
            """
            SELECT l.* FROM pelaksana l JOIN pejabat p ON p.tenant_id = l.tenant_id AND p.id = l.pejabat_id
            WHERE l.tenant_id = :tenantId ORDER BY l.mulai""")
    List<Pelaksana> semua(long tenantId);

    @Modifying
    @Query(
            """
            DELETE l FROM pelaksana l JOIN pejabat p ON p.tenant_id = l.tenant_id AND p.id = l.pejabat_id
            WHERE l.tenant_id = :tenantId AND p.perangkat_daerah_id = :pdId""")
    void hapusMilik(long tenantId, long pdId);
}
