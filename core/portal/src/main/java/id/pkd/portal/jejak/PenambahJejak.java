package id.pkd.portal.jejak;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends entries to a tenant's chain, inside the caller's transaction. Entries are queued while
 * the transaction runs and chained just before it commits: the tenant's head row is locked then
 * ({@code SELECT … FOR UPDATE}), so concurrent writers of one tenant queue there and each entry
 * links to the one committed before it, while writers of different tenants never wait for each
 * other. Taking the head last, after every data row the transaction locked, means the head is never
 * held while waiting for a data row: a long plan import and a realisasi save cannot deadlock on it,
 * and the head is held only for the few inserts of the chain. A rolled-back transaction writes no
 * entry and leaves the head alone, so numbers stay gap-free.
 */
@Component
class PenambahJejak {

    private record Tertunda(
            long tenant,
            String jenisData,
            long dataId,
            String isian,
            String lama,
            String baru,
            String oleh,
            Instant pada) {}

    private record Kepala(long urut, String hash, Instant pada) {}

    private final JdbcClient db;
    private final Clock clock;

    PenambahJejak(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void tambah(long tenant, String jenisData, long dataId, String isian, String lama, String baru, String oleh) {
        Tertunda t =
                new Tertunda(tenant, jenisData, dataId, isian, lama, baru, oleh, RantaiJejak.presisi(clock.instant()));
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            tulis(List.of(t));
            return;
        }
        antrean().entri.add(t);
    }

    /** This transaction's queue; synchronizations are suspended with their transaction, so is the queue. */
    private Antrean antrean() {
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof Antrean a && a.pemilik() == this) {
                return a;
            }
        }
        Antrean a = new Antrean();
        TransactionSynchronizationManager.registerSynchronization(a);
        return a;
    }

    private final class Antrean implements TransactionSynchronization {

        final List<Tertunda> entri = new ArrayList<>();

        PenambahJejak pemilik() {
            return PenambahJejak.this;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            tulis(entri);
        }
    }

    /** Chains queued entries, tenant by tenant in id order (a fixed lock order), each in call order. */
    private void tulis(List<Tertunda> entri) {
        Map<Long, List<Tertunda>> perTenant = new TreeMap<>();
        entri.forEach(t ->
                perTenant.computeIfAbsent(t.tenant(), k -> new ArrayList<>()).add(t));
        perTenant.forEach(this::tulisTenant);
    }

    /** Rows per insert of the audit chain: 11 placeholders each, under MariaDB's 65,535 per statement. */
    static final int BARIS_PER_INSERT = 5_000;

    private static final String AWAL_INSERT = "INSERT INTO jejak_audit (tenant_id, urut, jenis_data, data_id, isian,"
            + " nilai_lama, nilai_baru, oleh, pada, hash_sebelum, hash) VALUES ";

    /**
     * Three statements under the tenant's head lock for up to {@value #BARIS_PER_INSERT} entries (lock, one multi-row
     * insert, head update): every writer of the tenant queues behind the holder, holding a pooled connection while it
     * waits, so each statement less under the lock shortens that queue for all of them. A bulk import's thousands of
     * entries go in inserts of {@value #BARIS_PER_INSERT} rows: MariaDB refuses a statement with more than 65,535
     * placeholders (11 per entry), and the import then failed as a whole.
     */
    private void tulisTenant(long tenant, List<Tertunda> entri) {
        Kepala kepala = kepalaTerkunci(tenant);
        StringBuilder sql = new StringBuilder(AWAL_INSERT);
        List<Object> nilai = new ArrayList<>(Math.min(entri.size(), BARIS_PER_INSERT) * 11);
        for (Tertunda t : entri) {
            if (nilai.size() == BARIS_PER_INSERT * 11) {
                db.sql(sql.toString()).params(nilai).update();
                sql = new StringBuilder(AWAL_INSERT);
                nilai = new ArrayList<>(BARIS_PER_INSERT * 11);
            }
            Instant pada = t.pada();
            if (kepala.pada() != null && pada.isBefore(kepala.pada())) {
                // Entries are chained at commit: one that began earlier but commits later, or a clock
                // stepping back, must not make the trail run backwards in time.
                pada = kepala.pada();
            }
            tutupHari(tenant, kepala, pada);
            long urut = kepala.urut() + 1;
            String hash = RantaiJejak.hash(
                    tenant,
                    urut,
                    t.jenisData(),
                    t.dataId(),
                    t.isian(),
                    t.lama(),
                    t.baru(),
                    t.oleh(),
                    pada,
                    kepala.hash());
            sql.append(nilai.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            nilai.addAll(Arrays.asList(
                    tenant,
                    urut,
                    t.jenisData(),
                    t.dataId(),
                    t.isian(),
                    t.lama(),
                    t.baru(),
                    t.oleh(),
                    Timestamp.from(pada),
                    kepala.hash(),
                    hash));
            kepala = new Kepala(urut, hash, pada);
        }
        db.sql(sql.toString()).params(nilai).update();
        db.sql("UPDATE jejak_kepala SET urut = ?, hash = ?, pada = ? WHERE tenant_id = ?")
                .params(kepala.urut(), kepala.hash(), Timestamp.from(kepala.pada()), tenant)
                .update();
    }

    /**
     * The tenant's head under its row lock: the locking read sees the latest committed head. Only a tenant's very
     * first entry creates the row; that upsert takes the row's exclusive lock even when another writer created it
     * meanwhile.
     */
    private Kepala kepalaTerkunci(long tenant) {
        Optional<Kepala> ada = bacaKepala(tenant);
        if (ada.isPresent()) {
            return ada.get();
        }
        db.sql("INSERT INTO jejak_kepala (tenant_id, urut, hash) VALUES (?, 0, ?)"
                        + " ON DUPLICATE KEY UPDATE tenant_id = tenant_id")
                .params(tenant, RantaiJejak.AWAL)
                .update();
        return bacaKepala(tenant).orElseThrow();
    }

    private Optional<Kepala> bacaKepala(long tenant) {
        return db.sql("SELECT urut, hash, pada FROM jejak_kepala WHERE tenant_id = ? FOR UPDATE")
                .param(tenant)
                .query((rs, n) -> new Kepala(
                        rs.getLong("urut"),
                        rs.getString("hash"),
                        rs.getTimestamp("pada") == null
                                ? null
                                : rs.getTimestamp("pada").toInstant()))
                .optional();
    }

    /**
     * The first entry of a new day anchors the previous day's last entry. Anchors are only ever
     * inserted, so a deleted tail of a closed day leaves its anchor pointing at nothing.
     */
    private void tutupHari(long tenant, Kepala kepala, Instant pada) {
        if (kepala.pada() == null) {
            return;
        }
        ZoneId zona = RantaiJejak.ZONA_JANGKAR;
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
