package id.pkd.portal.umum;

import static java.util.stream.Collectors.joining;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A tenant's slow-changing data kept between requests under the version the database gives it (table {@code
 * versi_data}, changed by triggers on every write of its tables, migrations V43 and V44): a read asks for the
 * version, one row, and reads the data itself only when that version has not been seen. The plan's structure, the
 * urusan plugins' rows, the capaian rules and the frozen state are read on every Realisasi and Capaian page and
 * after every save; kept like this, a page reads a plan in two statements instead of fifteen, and a saved row is
 * measured again in two (issue 16).
 *
 * <p>Why a kept value is never older than what the reader may see: the version is read before the data (in a
 * read-only transaction both come from one snapshot), so what is kept under a version holds at least every write
 * that version counts. Inside a transaction that writes, nothing is kept or served: its own uncommitted rows must
 * not outlive a rollback, and the lock paths read what they lock. Every node keeps its own values; the version is in
 * the shared database, so a write on one node is seen by the next read on every node.
 */
@Component
public class VersiData {

    /** What a version counts: the columns of {@code versi_data}. */
    public enum Jenis {
        /** The plan's structure: agencies, RPJMD periods, officials, tujuan to targets, PK, programs. */
        RENCANA("rencana"),
        /** The urusan plugins' data and which plugins a tenant enabled. */
        URUSAN("urusan"),
        /** The capaian rules and the frozen measurements (migration V44). */
        PENGUKURAN("pengukuran");

        private final String kolom;

        Jenis(String kolom) {
            this.kolom = kolom;
        }
    }

    /**
     * Values of one kind, the least recently used dropped past {@code maks}. The values must be immutable: they are
     * shared by every request of the node.
     */
    public static final class Tembolok<T> {
        private final Jenis jenis;
        private final Map<Object, T> isi;

        public Tembolok(Jenis jenis, int maks) {
            this.jenis = jenis;
            this.isi = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Object, T> tertua) {
                    return size() > maks;
                }
            };
        }

        private synchronized T cari(Object kunci) {
            return isi.get(kunci);
        }

        private synchronized void simpan(Object kunci, T nilai) {
            isi.put(kunci, nilai);
        }
    }

    private record Kunci(long tenant, long versi, Object kunci) {}

    /** Every version of one tenant, read in one statement, in the order of {@link Jenis}. */
    private record Potret(long tenant, long[] versi) {}

    /** The versions {@link #satuPotret} read for the work running on this thread, if any. */
    private static final ThreadLocal<Potret> POTRET = new ThreadLocal<>();

    private final JdbcClient db;

    VersiData(JdbcClient db) {
        this.db = db;
    }

    /**
     * Whether kept values may be used here: outside a transaction or in a read-only one, never in a transaction
     * that may have written.
     */
    public static boolean bolehDipakai() {
        return !TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    /**
     * The tenant's version of that data; 0 before its first write. The column is unsigned (UUID_SHORT() of a server
     * with a high {@code server_id} passes 2^63): read as its two's complement, still one number per version.
     */
    public long versi(long tenant, Jenis jenis) {
        Potret p = POTRET.get();
        if (p != null && p.tenant() == tenant) {
            return p.versi()[jenis.ordinal()];
        }
        return db.sql("SELECT CAST(" + jenis.kolom + " AS SIGNED) FROM versi_data WHERE tenant_id = :tenant")
                .param("tenant", tenant)
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    /**
     * Runs {@code kerja} with every version of the tenant read once, before it, in one statement: for a read that
     * takes values of several kinds (a capaian row needs the plan, the rules and the frozen state), one round trip
     * instead of one per kind. Each value is still read after its version, so nothing kept is older than it.
     * Outside where kept values may be used ({@link #bolehDipakai}) it only runs {@code kerja}.
     */
    public <T> T satuPotret(long tenant, Supplier<T> kerja) {
        if (!bolehDipakai() || POTRET.get() != null) {
            return kerja.get();
        }
        Jenis[] semua = Jenis.values();
        long[] versi = db.sql("SELECT "
                        + Arrays.stream(semua)
                                .map(j -> "CAST(" + j.kolom + " AS SIGNED)")
                                .collect(joining(", "))
                        + " FROM versi_data WHERE tenant_id = :tenant")
                .param("tenant", tenant)
                .query((rs, n) -> {
                    long[] v = new long[semua.length];
                    for (int i = 0; i < semua.length; i++) {
                        v[i] = rs.getLong(i + 1);
                    }
                    return v;
                })
                .optional()
                .orElse(new long[semua.length]);
        POTRET.set(new Potret(tenant, versi));
        try {
            return kerja.get();
        } finally {
            POTRET.remove();
        }
    }

    /** The value of {@code kunci} for the tenant's current version, read by {@code muat} when not yet kept. */
    public <T> T ambil(Tembolok<T> tembolok, long tenant, Object kunci, Supplier<T> muat) {
        if (!bolehDipakai()) {
            return muat.get();
        }
        return ambil(tembolok, tenant, versi(tenant, tembolok.jenis), kunci, muat);
    }

    /**
     * As {@link #ambil(Tembolok, long, Object, Supplier)} with the version already read (by {@link #versi}, before
     * this data, for this request).
     */
    public <T> T ambil(Tembolok<T> tembolok, long tenant, long versi, Object kunci, Supplier<T> muat) {
        return ambil(tembolok, tenant, versi, kunci, muat, nilai -> true);
    }

    /**
     * As {@link #ambil(Tembolok, long, long, Object, Supplier)}, keeping what {@code muat} gives only when {@code
     * layak} accepts it: a value that says something went wrong this time (a plugin that did not answer) is not the
     * data's and must not be served until the data changes.
     */
    public <T> T ambil(
            Tembolok<T> tembolok, long tenant, long versi, Object kunci, Supplier<T> muat, Predicate<T> layak) {
        if (!bolehDipakai()) {
            return muat.get();
        }
        Kunci k = new Kunci(tenant, versi, kunci);
        T ada = tembolok.cari(k);
        if (ada != null) {
            return ada;
        }
        T baru = muat.get();
        if (layak.test(baru)) {
            tembolok.simpan(k, baru);
        }
        return baru;
    }
}
