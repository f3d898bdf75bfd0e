package id.pkd.portal.perencanaan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Reads of realisasi rows; a save writes through {@link TulisRealisasi}. */
interface RealisasiRepository extends Repository<RealisasiIndikator, Long> {

    @Query(
            rowMapperClass = BarisRencana.PetaRealisasi.class,
            value =
                    """
            SELECT r.* FROM realisasi_indikator r JOIN indikator i ON i.tenant_id = r.tenant_id AND i.id = r.indikator_id
            WHERE r.tenant_id = :tenantId AND i.perangkat_daerah_id = :pdId AND i.periode_id = :periodeId
            ORDER BY r.indikator_id, r.tahun, r.triwulan""")
    List<RealisasiIndikator> milik(long tenantId, long pdId, long periodeId);

    /**
     * Like {@code milik}, for every agency of the tenant at once: the realisasi of the period's years, read from the
     * one table (the join to {@code indikator} cost more than the rows). A realisasi is saved only inside its
     * indicator's period ({@code RealisasiService}, the plan import), so these are the period indicators' rows plus
     * none other than those of another period's indicator with a year inside it, which {@link PemuatRencana} leaves
     * out by indicator. Unsorted: {@link PemuatRencana} sorts.
     */
    @Query(
            rowMapperClass = BarisRencana.PetaRealisasi.class,
            value = "SELECT * FROM realisasi_indikator WHERE tenant_id = :tenantId AND tahun BETWEEN :dari AND :sampai")
    List<RealisasiIndikator> semuaTahun(long tenantId, int dari, int sampai);

    @Query("SELECT * FROM realisasi_indikator WHERE tenant_id = :tenantId AND indikator_id = :indikatorId"
            + " AND tahun = :tahun AND triwulan = :triwulan")
    Optional<RealisasiIndikator> cari(long tenantId, long indikatorId, int tahun, int triwulan);

    /** The same row, locked until the transaction ends: a partial change reads what it keeps. */
    @Query("SELECT * FROM realisasi_indikator WHERE tenant_id = :tenantId AND indikator_id = :indikatorId"
            + " AND tahun = :tahun AND triwulan = :triwulan FOR UPDATE")
    Optional<RealisasiIndikator> cariUntukDiubah(long tenantId, long indikatorId, int tahun, int triwulan);

    @Query("SELECT * FROM realisasi_indikator WHERE tenant_id = :tenantId AND id = :id")
    Optional<RealisasiIndikator> cari(long tenantId, long id);
}

interface BuktiRepository extends Repository<BuktiRealisasi, Long> {

    BuktiRealisasi save(BuktiRealisasi bukti);

    @Query("SELECT * FROM bukti_realisasi WHERE tenant_id = :tenantId AND realisasi_id = :realisasiId ORDER BY id")
    List<BuktiRealisasi> milik(long tenantId, long realisasiId);

    @Query("SELECT * FROM bukti_realisasi WHERE tenant_id = :tenantId AND id = :id")
    Optional<BuktiRealisasi> cari(long tenantId, long id);

    @Query("SELECT COUNT(*) > 0 FROM bukti_realisasi WHERE tenant_id = :tenantId AND sha256 = :sha256")
    boolean adaIsi(long tenantId, String sha256);
}
