package id.pkd.portal.jejak;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One recorded change: who changed which field of which record, from what to what, and when. */
@Table("jejak_audit")
public record JejakAudit(
        @Id Long id,
        long tenantId,
        String jenisData,
        long dataId,
        String isian,
        String nilaiLama,
        String nilaiBaru,
        String oleh,
        Instant pada) {}
