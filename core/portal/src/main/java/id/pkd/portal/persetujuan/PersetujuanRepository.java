package id.pkd.portal.persetujuan;

import java.time.Instant;
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

    @Modifying
    @Query(
            """
            INSERT INTO persetujuan (tenant_id, perangkat_daerah_id, tahun, status, alasan, diubah_oleh, diubah_pada)
            VALUES (:tenantId, :pdId, :tahun, :status, :alasan, :oleh, :pada)
            ON DUPLICATE KEY UPDATE status = VALUES(status), alasan = VALUES(alasan), diubah_oleh = VALUES(diubah_oleh),
                                    diubah_pada = VALUES(diubah_pada)""")
    void simpan(long tenantId, long pdId, int tahun, String status, String alasan, String oleh, Instant pada);

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
}
