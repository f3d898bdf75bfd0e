package id.pkd.portal.jejak;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Reads only: entries are appended by {@link PenambahJejak}, which keeps the chain. */
interface JejakAuditRepository extends Repository<JejakAudit, Long> {

    @Query("SELECT * FROM jejak_audit WHERE tenant_id = :tenantId AND jenis_data = :jenisData AND data_id = :dataId"
            + " ORDER BY urut DESC")
    List<JejakAudit> riwayat(long tenantId, String jenisData, long dataId);

    /**
     * The record's own entries, the approval steps of its agency-year ({@code persetujuan}, keyed by
     * agency, field "… <tahun>") and the reopenings of its indicator that year, oldest first.
     */
    @Query(
            """
            SELECT * FROM jejak_audit WHERE tenant_id = :tenantId AND (
                (jenis_data = :jenisData AND data_id = :dataId)
                OR (jenis_data = 'persetujuan' AND data_id = :perangkatDaerahId
                    AND isian LIKE CONCAT('% ', :tahun))
                OR (jenis_data = 'indikator' AND data_id = :indikatorId AND isian = CONCAT('dibuka ', :tahun)))
            ORDER BY urut""")
    List<JejakAudit> riwayatDenganPersetujuan(
            long tenantId, String jenisData, long dataId, long perangkatDaerahId, long indikatorId, int tahun);
}
