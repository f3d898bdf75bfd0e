package id.pkd.portal.persetujuan;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

interface PersetujuanRepository extends Repository<Persetujuan, Long> {

    @Query("SELECT * FROM persetujuan WHERE tenant_id = :tenantId AND perangkat_daerah_id = :pdId AND tahun = :tahun")
    Optional<Persetujuan> cari(long tenantId, long pdId, int tahun);

    @Query("SELECT * FROM persetujuan WHERE tenant_id = :tenantId ORDER BY tahun DESC, perangkat_daerah_id")
    List<Persetujuan> semua(long tenantId);

    @Query("SELECT indikator_id FROM pembukaan_indikator WHERE tenant_id = :tenantId AND tahun = :tahun")
    Set<Long> indikatorDibuka(long tenantId, int tahun);

    @Modifying
    @Query(
            """
            INSERT INTO pembukaan_indikator (tenant_id, indikator_id, tahun, alasan, dibuka_oleh, dibuka_pada)
            VALUES (:tenantId, :indikatorId, :tahun, :alasan, :oleh, :pada)
            ON DUPLICATE KEY UPDATE alasan = VALUES(alasan), dibuka_oleh = VALUES(dibuka_oleh), dibuka_pada = VALUES(dibuka_pada)""")
    void bukaIndikator(long tenantId, long indikatorId, int tahun, String alasan, String oleh, Instant pada);

    @Modifying
    @Query(
            "DELETE FROM pembukaan_indikator WHERE tenant_id = :tenantId AND indikator_id = :indikatorId AND tahun = :tahun")
    void tutupIndikator(long tenantId, long indikatorId, int tahun);

    @Modifying
    @Query(
            """
            DELETE b FROM pembukaan_indikator b JOIN indikator i ON i.tenant_id = b.tenant_id AND i.id = b.indikator_id
            WHERE b.tenant_id = :tenantId AND i.perangkat_daerah_id = :pdId AND b.tahun = :tahun""")
    void tutupSemua(long tenantId, long pdId, int tahun);

    /**
     * The one lock every writer and every approval step of an agency takes first: the agency's row
     * always exists, unlike its persetujuan row. Answers the agency's name for messages.
     */
    @Query("SELECT nama FROM perangkat_daerah WHERE tenant_id = :tenantId AND id = :pdId FOR UPDATE")
    Optional<String> kunciPerangkatDaerah(long tenantId, long pdId);

    /**
     * {@link #kunciPerangkatDaerah} shared, with the year's status read under a shared lock in the same statement:
     * taken by writers of single realisasi rows, which lock their own row, so they do not wait for each other but do
     * wait for (and hold off) whoever takes the agency exclusively, as every approval step does before it changes the
     * status. A locking read sees the latest committed status; {@code status} is null while the year has no
     * persetujuan row (Draf).
     */
    @Query(
            """
            SELECT pd.nama, p.status, p.alasan, p.diubah_oleh, p.diubah_pada
            FROM perangkat_daerah pd LEFT JOIN persetujuan p
              ON p.tenant_id = pd.tenant_id AND p.perangkat_daerah_id = pd.id AND p.tahun = :tahun
            WHERE pd.tenant_id = :tenantId AND pd.id = :pdId LOCK IN SHARE MODE""")
    Optional<StatusBersama> kunciPerangkatDaerahBersama(long tenantId, long pdId, int tahun);

    /** What {@link #kunciPerangkatDaerahBersama} reads. */
    record StatusBersama(String nama, StatusPersetujuan status, String alasan, String diubahOleh, Instant diubahPada) {}

    /** The same lock as {@link #kunciPerangkatDaerah}, on several agencies by code, in ascending id. */
    @Query("SELECT id FROM perangkat_daerah WHERE tenant_id = :tenantId AND kode IN (:kode) ORDER BY id FOR UPDATE")
    List<Long> kunciPerangkatDaerahKode(long tenantId, Collection<String> kode);

    /** The status read under the lock: a locking read sees the latest committed row, never an older snapshot. */
    @Query("SELECT * FROM persetujuan WHERE tenant_id = :tenantId AND perangkat_daerah_id = :pdId AND tahun = :tahun"
            + " FOR UPDATE")
    Optional<Persetujuan> cariTerkunci(long tenantId, long pdId, int tahun);

    @Query(
            """
            SELECT COUNT(*) FROM pembukaan_indikator
            WHERE tenant_id = :tenantId AND indikator_id = :indikatorId AND tahun = :tahun LOCK IN SHARE MODE""")
    int jumlahDibuka(long tenantId, long indikatorId, int tahun);

    @Query(
            """
            SELECT COUNT(*) FROM pembukaan_indikator b JOIN indikator i ON i.tenant_id = b.tenant_id AND i.id = b.indikator_id
            WHERE b.tenant_id = :tenantId AND i.perangkat_daerah_id = :pdId AND b.tahun = :tahun LOCK IN SHARE MODE""")
    int jumlahDibukaMilik(long tenantId, long pdId, int tahun);

    /** The first step of an agency-year, whose implicit Draf has no row yet. */
    @Modifying
    @Query(
            """
            INSERT INTO persetujuan (tenant_id, perangkat_daerah_id, tahun, status, alasan, diubah_oleh, diubah_pada)
            VALUES (:tenantId, :pdId, :tahun, :status, :alasan, :oleh, :pada)""")
    int sisipkan(long tenantId, long pdId, int tahun, String status, String alasan, String oleh, Instant pada);

    /** A step taken only from the statuses it is allowed from: 0 rows means another step came first. */
    @Modifying
    @Query(
            """
            UPDATE persetujuan SET status = :status, alasan = :alasan, diubah_oleh = :oleh, diubah_pada = :pada
            WHERE tenant_id = :tenantId AND perangkat_daerah_id = :pdId AND tahun = :tahun AND status IN (:dari)""")
    int pindahkan(
            long tenantId,
            long pdId,
            int tahun,
            Collection<String> dari,
            String status,
            String alasan,
            String oleh,
            Instant pada);

    /** The agencies whose realisasi some indicator takes from the plugin's computed indicators. */
    @Query(
            """
            SELECT DISTINCT perangkat_daerah_id FROM indikator
            WHERE tenant_id = :tenantId AND sumber_realisasi LIKE CONCAT(:pluginId, '/%')
            ORDER BY perangkat_daerah_id""")
    List<Long> bergantungPadaPlugin(long tenantId, String pluginId);

    @Query("SELECT id FROM perangkat_daerah WHERE tenant_id = :tenantId ORDER BY id")
    List<Long> semuaPerangkatDaerah(long tenantId);
}
