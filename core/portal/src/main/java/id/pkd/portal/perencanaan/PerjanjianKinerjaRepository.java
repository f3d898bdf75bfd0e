package id.pkd.portal.perencanaan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

interface PerjanjianKinerjaRepository extends Repository<PerjanjianKinerja, Long> {

    PerjanjianKinerja save(PerjanjianKinerja pk);

    @Query(
            rowMapperClass = BarisRencana.PetaPerjanjianKinerja.class,
            value =
                    "SELECT * FROM perjanjian_kinerja WHERE tenant_id = :tenantId AND perangkat_daerah_id = :pdId AND tahun = :tahun"
                            + " ORDER BY id")
    List<PerjanjianKinerja> milik(long tenantId, long pdId, int tahun);

    /** Like {@code milik}, for every agency of the tenant at once. */
    @Query(
            rowMapperClass = BarisRencana.PetaPerjanjianKinerja.class,
            value = "SELECT * FROM perjanjian_kinerja WHERE tenant_id = :tenantId AND tahun = :tahun" + " ORDER BY id")
    List<PerjanjianKinerja> semua(long tenantId, int tahun);

    @Query(
            "SELECT * FROM perjanjian_kinerja WHERE tenant_id = :tenantId AND pejabat_id = :pejabatId AND tahun = :tahun")
    Optional<PerjanjianKinerja> milikPejabat(long tenantId, long pejabatId, int tahun);
}

interface PkSasaranRepository extends Repository<PkSasaran, Long> {

    PkSasaran save(PkSasaran sasaran);

    @Query(
            rowMapperClass = BarisRencana.PetaPkSasaran.class,
            value =
                    """
            SELECT s.* FROM pk_sasaran s JOIN perjanjian_kinerja p ON p.tenant_id = s.tenant_id AND p.id = s.perjanjian_kinerja_id
            WHERE s.tenant_id = :tenantId AND p.perangkat_daerah_id = :pdId AND p.tahun = :tahun ORDER BY p.id, s.urutan""")
    List<PkSasaran> milik(long tenantId, long pdId, int tahun);

    /** Like {@code milik}, for every agency of the tenant at once, unsorted: {@link PemuatRencana} sorts. */
    @Query(
            rowMapperClass = BarisRencana.PetaPkSasaran.class,
            value =
                    """
            SELECT s.* FROM pk_sasaran s JOIN perjanjian_kinerja p ON p.tenant_id = s.tenant_id AND p.id = s.perjanjian_kinerja_id
            WHERE s.tenant_id = :tenantId AND p.tahun = :tahun""")
    List<PkSasaran> semua(long tenantId, int tahun);

    /** Children first, so the cascade references never block the delete. */
    @Modifying
    @Query(
            """
            UPDATE pk_sasaran s JOIN perjanjian_kinerja p ON p.tenant_id = s.tenant_id AND p.id = s.perjanjian_kinerja_id
            SET s.sasaran_atasan_id = NULL WHERE s.tenant_id = :tenantId AND p.perangkat_daerah_id = :pdId AND p.tahun = :tahun""")
    void lepasJenjang(long tenantId, long pdId, int tahun);

    @Modifying
    @Query(
            """
            DELETE s FROM pk_sasaran s JOIN perjanjian_kinerja p ON p.tenant_id = s.tenant_id AND p.id = s.perjanjian_kinerja_id
            WHERE s.tenant_id = :tenantId AND p.perangkat_daerah_id = :pdId AND p.tahun = :tahun""")
    void hapusMilik(long tenantId, long pdId, int tahun);
}

interface PkIndikatorRepository extends Repository<PkIndikator, Long> {

    PkIndikator save(PkIndikator indikator);

    @Query(
            rowMapperClass = BarisRencana.PetaPkIndikator.class,
            value =
                    """
            SELECT i.* FROM pk_indikator i
            JOIN pk_sasaran s ON s.tenant_id = i.tenant_id AND s.id = i.pk_sasaran_id
            JOIN perjanjian_kinerja p ON p.tenant_id = s.tenant_id AND p.id = s.perjanjian_kinerja_id
            WHERE i.tenant_id = :tenantId AND p.perangkat_daerah_id = :pdId AND p.tahun = :tahun ORDER BY p.id, s.urutan, i.urutan""")
    List<PkIndikator> milik(long tenantId, long pdId, int tahun);

    /** Like {@code milik}, for every agency of the tenant at once, unsorted: {@link PemuatRencana} sorts. */
    @Query(
            rowMapperClass = BarisRencana.PetaPkIndikator.class,
            value =
                    """
            SELECT i.* FROM pk_indikator i
            JOIN pk_sasaran s ON s.tenant_id = i.tenant_id AND s.id = i.pk_sasaran_id
            JOIN perjanjian_kinerja p ON p.tenant_id = s.tenant_id AND p.id = s.perjanjian_kinerja_id
            WHERE i.tenant_id = :tenantId AND p.tahun = :tahun""")
    List<PkIndikator> semua(long tenantId, int tahun);

    @Modifying
    @Query(
            """
            DELETE i FROM pk_indikator i
            JOIN pk_sasaran s ON s.tenant_id = i.tenant_id AND s.id = i.pk_sasaran_id
            JOIN perjanjian_kinerja p ON p.tenant_id = s.tenant_id AND p.id = s.perjanjian_kinerja_id
            WHERE i.tenant_id = :tenantId AND p.perangkat_daerah_id = :pdId AND p.tahun = :tahun""")
    void hapusMilik(long tenantId, long pdId, int tahun);
}
