package id.pkd.portal.jejak;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

interface JejakAuditRepository extends Repository<JejakAudit, Long> {

    JejakAudit save(JejakAudit jejak);

    @Query("SELECT * FROM jejak_audit WHERE tenant_id = :tenantId AND jenis_data = :jenisData AND data_id = :dataId"
            + " ORDER BY pada DESC, id DESC")
    List<JejakAudit> riwayat(long tenantId, String jenisData, long dataId);
}
