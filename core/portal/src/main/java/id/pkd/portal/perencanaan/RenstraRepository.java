package id.pkd.portal.perencanaan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

interface PeriodeRpjmdRepository extends Repository<PeriodeRpjmd, Long> {

    PeriodeRpjmd save(PeriodeRpjmd periode);

    @Query("SELECT * FROM periode_rpjmd WHERE tenant_id = :tenantId ORDER BY tahun_awal DESC")
    List<PeriodeRpjmd> semua(long tenantId);

    @Query("SELECT * FROM periode_rpjmd WHERE tenant_id = :tenantId AND :tahun BETWEEN tahun_awal AND tahun_akhir"
            + " ORDER BY tahun_awal DESC LIMIT 1")
    Optional<PeriodeRpjmd> memuat(long tenantId, int tahun);
}

/*
 * Tujuan, sasaran and indicators come in the order the Renstra editor keeps (V27: urutan, NULL meaning the
 * order of their ids), the order documents and the plan export print them in.
 */
interface TujuanRepository extends Repository<Tujuan, Long> {

    Tujuan save(Tujuan tujuan);

    @Query(
            "SELECT * FROM tujuan WHERE tenant_id = :tenantId AND perangkat_daerah_id = :pdId AND periode_id = :periodeId"
                    + " ORDER BY COALESCE(urutan, id), id")
    List<Tujuan> milik(long tenantId, long pdId, long periodeId);

    /** Like {@code milik}, for every agency of the tenant at once. */
    @Query("SELECT * FROM tujuan WHERE tenant_id = :tenantId AND periode_id = :periodeId"
            + " ORDER BY COALESCE(urutan, id), id")
    List<Tujuan> semua(long tenantId, long periodeId);
}

interface SasaranRepository extends Repository<Sasaran, Long> {

    Sasaran save(Sasaran sasaran);

    @Query(
            """
            SELECT s.* FROM sasaran s JOIN tujuan t ON t.tenant_id = s.tenant_id AND t.id = s.tujuan_id
            WHERE s.tenant_id = :tenantId AND t.perangkat_daerah_id = :pdId AND t.periode_id = :periodeId
            ORDER BY COALESCE(t.urutan, t.id), t.id, COALESCE(s.urutan, s.id), s.id""")
    List<Sasaran> milik(long tenantId, long pdId, long periodeId);

    /** Like {@code milik}, for every agency of the tenant at once. */
    @Query(
            """
            SELECT s.* FROM sasaran s JOIN tujuan t ON t.tenant_id = s.tenant_id AND t.id = s.tujuan_id
            WHERE s.tenant_id = :tenantId AND t.periode_id = :periodeId
            ORDER BY COALESCE(t.urutan, t.id), t.id, COALESCE(s.urutan, s.id), s.id""")
    List<Sasaran> semua(long tenantId, long periodeId);
}

interface IndikatorRepository extends Repository<Indikator, Long> {

    Indikator save(Indikator indikator);

    @Query(
            rowMapperClass = BarisRencana.PetaIndikator.class,
            value =
                    "SELECT * FROM indikator WHERE tenant_id = :tenantId AND perangkat_daerah_id = :pdId AND periode_id = :periodeId"
                            + " ORDER BY sasaran_id IS NULL, COALESCE(urutan, id), id")
    List<Indikator> milik(long tenantId, long pdId, long periodeId);

    /** Like {@code milik}, for every agency of the tenant at once. */
    @Query(
            rowMapperClass = BarisRencana.PetaIndikator.class,
            value = "SELECT * FROM indikator WHERE tenant_id = :tenantId AND periode_id = :periodeId"
                    + " ORDER BY sasaran_id IS NULL, COALESCE(urutan, id), id")
    List<Indikator> semua(long tenantId, long periodeId);

    @Query("SELECT * FROM indikator WHERE tenant_id = :tenantId AND id = :id")
    Optional<Indikator> cari(long tenantId, long id);

    /**
     * {@code cari}, only when the year lies in the indicator's RPJMD period and that period is the one {@code
     * PeriodeRpjmdRepository.memuat} picks for the year (no other period holding it starts later): a realisasi's
     * indicator and its year checked in one statement. Empty also when the indicator exists but the year does not fit.
     */
    @Query(
            """
            SELECT i.* FROM indikator i
            JOIN periode_rpjmd p ON p.tenant_id = i.tenant_id AND p.id = i.periode_id
            WHERE i.tenant_id = :tenantId AND i.id = :id AND :tahun BETWEEN p.tahun_awal AND p.tahun_akhir
              AND NOT EXISTS (SELECT 1 FROM periode_rpjmd q WHERE q.tenant_id = i.tenant_id
                              AND :tahun BETWEEN q.tahun_awal AND q.tahun_akhir AND q.tahun_awal > p.tahun_awal)""")
    Optional<Indikator> cariDalamPeriode(long tenantId, long id, int tahun);

    /** The first of {@code milik}'s order with that code (a code is meant to be unique in a Renstra). */
    @Query("SELECT * FROM indikator WHERE tenant_id = :tenantId AND perangkat_daerah_id = :pdId"
            + " AND periode_id = :periodeId AND kode = :kode ORDER BY sasaran_id IS NULL, COALESCE(urutan, id), id"
            + " LIMIT 1")
    Optional<Indikator> cariKode(long tenantId, long pdId, long periodeId, String kode);
}

interface TargetIndikatorRepository extends Repository<Indikator, Long> {

    @Query(
            rowMapperClass = BarisRencana.PetaTarget.class,
            value =
                    """
            SELECT t.indikator_id, t.tahun, t.nilai FROM target_indikator t
            JOIN indikator i ON i.tenant_id = t.tenant_id AND i.id = t.indikator_id
            WHERE t.tenant_id = :tenantId AND i.perangkat_daerah_id = :pdId AND i.periode_id = :periodeId""")
    List<TargetIndikator> milik(long tenantId, long pdId, long periodeId);

    /** Like {@code milik}, for every agency of the tenant at once. */
    @Query(
            rowMapperClass = BarisRencana.PetaTarget.class,
            value =
                    """
            SELECT t.indikator_id, t.tahun, t.nilai FROM target_indikator t
            JOIN indikator i ON i.tenant_id = t.tenant_id AND i.id = t.indikator_id
            WHERE t.tenant_id = :tenantId AND i.periode_id = :periodeId""")
    List<TargetIndikator> semua(long tenantId, long periodeId);

    @Modifying
    @Query(
            """
            INSERT INTO target_indikator (tenant_id, indikator_id, tahun, nilai) VALUES (:tenantId, :indikatorId, :tahun, :nilai)
            ON DUPLICATE KEY UPDATE nilai = VALUES(nilai)""")
    void simpan(long tenantId, long indikatorId, int tahun, BigDecimal nilai);

    @Modifying
    @Query("DELETE FROM target_indikator WHERE tenant_id = :tenantId AND indikator_id = :indikatorId")
    void hapus(long tenantId, long indikatorId);
}
