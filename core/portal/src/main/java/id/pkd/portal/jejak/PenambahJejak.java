package id.pkd.portal.jejak;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends one entry to a tenant's chain. The tenant's head row is locked first, inside the
 * caller's transaction, so concurrent writers of one tenant queue here and each entry links to the
 * one committed before it; writers of different tenants do not wait for each other. A rolled-back
 * change rolls back its entry and the head with it, so numbers stay gap-free.
 */
@Component
class PenambahJejak {

    private record Kepala(long urut, String hash, Instant pada) {}

    private final JdbcClient db;
    private final Clock clock;

    PenambahJejak(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    JejakAudit tambah(long tenant, String jenisData, long dataId, String isian, String lama, String baru, String oleh) {
        // The upsert takes the row's exclusive lock even when the head exists (no gap-lock deadlock
        // for a tenant's very first entry); the locking read then sees the latest committed head.
        db.sql("INSERT INTO jejak_kepala (tenant_id, urut, hash) VALUES (?, 0, ?)"
                        + " ON DUPLICATE KEY UPDATE tenant_id = tenant_id")
                .params(tenant, RantaiJejak.AWAL)
                .update();
        Kepala kepala = db.sql("SELECT urut, hash, pada FROM jejak_kepala WHERE tenant_id = ? FOR UPDATE")
                .param(tenant)
                .query((rs, n) -> new Kepala(
                        rs.getLong("urut"),
                        rs.getString("hash"),
                        rs.getTimestamp("pada") == null
                                ? null
                                : rs.getTimestamp("pada").toInstant()))
                .single();
        Instant pada = RantaiJejak.presisi(clock.instant());
        if (kepala.pada() != null && pada.isBefore(kepala.pada())) {
            // A clock stepping back must not make the trail run backwards in time.
            pada = kepala.pada();
        }
        tutupHari(tenant, kepala, pada);
        long urut = kepala.urut() + 1;
        String hash = RantaiJejak.hash(tenant, urut, jenisData, dataId, isian, lama, baru, oleh, pada, kepala.hash());
        db.sql("INSERT INTO jejak_audit (tenant_id, urut, jenis_data, data_id, isian, nilai_lama, nilai_baru, oleh,"
                        + " pada, hash_sebelum, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        tenant,
                        urut,
                        jenisData,
                        dataId,
                        isian,
                        lama,
                        baru,
                        oleh,
                        Timestamp.from(pada),
                        kepala.hash(),
                        hash)
                .update();
        db.sql("UPDATE jejak_kepala SET urut = ?, hash = ?, pada = ? WHERE tenant_id = ?")
                .params(urut, hash, Timestamp.from(pada), tenant)
                .update();
        return new JejakAudit(
                null, tenant, jenisData, dataId, isian, lama, baru, oleh, pada, urut, kepala.hash(), hash);
    }

    /**
     * The first entry of a new day anchors the previous day's last entry. Anchors are only ever
     * inserted, so a deleted tail of a closed day leaves its anchor pointing at nothing.
     */
    private void tutupHari(long tenant, Kepala kepala, Instant pada) {
        if (kepala.pada() == null) {
            return;
        }
        ZoneId zona = clock.getZone();
        LocalDate hariKepala = kepala.pada().atZone(zona).toLocalDate();
        if (hariKepala.isBefore(pada.atZone(zona).toLocalDate())) {
            jangkar(db, tenant, hariKepala, kepala.urut(), kepala.hash(), clock.instant());
        }
    }

    static void jangkar(JdbcClient db, long tenant, LocalDate tanggal, long urut, String hash, Instant dibuat) {
        db.sql("INSERT IGNORE INTO jejak_jangkar (tenant_id, tanggal, urut, hash, dibuat) VALUES (?, ?, ?, ?, ?)")
                .params(tenant, tanggal, urut, hash, Timestamp.from(RantaiJejak.presisi(dibuat)))
                .update();
    }
}
