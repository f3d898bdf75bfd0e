package id.pkd.portal.jejak;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One recorded change: who changed which field of which record, from what to what, and when. {@code
 * urut} numbers the tenant's entries 1, 2, 3, … without gaps; {@code hash} covers every field and
 * the previous entry's hash ({@code hashSebelum}), see {@link RantaiJejak}.
 */
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
        Instant pada,
        Long urut,
        String hashSebelum,
        String hash) {}
