package id.pkd.portal.database;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a write transaction once more when its database connection broke before the transaction's COMMIT was sent:
 * in a cluster HAProxy closes the sessions of a writer it marks down (or the writer dies), and the pool's next
 * connection reaches the new writer.
 *
 * <p>Why this never applies a change twice: MariaDB (and Galera, which certifies and replicates a transaction only
 * at its commit) rolls back whatever a session had not committed when the session ends, so a transaction whose
 * connection broke before COMMIT left nothing behind, on any node. Once COMMIT was sent ({@link
 * PengelolaTransaksi} notes it, nested transactions included) the outcome is unknown, so the failure goes to the
 * caller (the API answers 503, the screen its message) and nothing is retried. Only one retry, after a short pause: a
 * second broken connection means the database is away, not failing over. A transaction that could not begin (its
 * connection was already broken) did nothing and is retried the same way. No retry inside a caller's transaction
 * (only its owner can start it again). The
 * work must keep no effect outside the database before its commit (the file stores it may write are keyed by
 * content, so a repeat writes the same bytes).
 */
@Component
public class UlangSambungan {

    private static final Logger log = LoggerFactory.getLogger(UlangSambungan.class);

    private static final ThreadLocal<boolean[]> KOMIT = new ThreadLocal<>();

    static final long JEDA_MS = 600;

    /** Runs {@code kerja} (which opens and commits its own transaction), retried once as described above. */
    public <T> T jalankan(Supplier<T> kerja) {
        if (TransactionSynchronizationManager.isActualTransactionActive() || KOMIT.get() != null) {
            return kerja.get();
        }
        for (int percobaan = 1; ; percobaan++) {
            boolean[] komit = {false};
            KOMIT.set(komit);
            try {
                return kerja.get();
            } catch (RuntimeException e) {
                if (percobaan > 1 || komit[0] || !sambunganPutus(e)) {
                    throw e;
                }
                log.warn("Sambungan basis data putus sebelum COMMIT; transaksi diulang sekali: {}", e.toString());
                jeda();
            } finally {
                KOMIT.remove();
            }
        }
    }

    /**
     * The pool hands out a connection used within the last 500 ms without checking it (Hikari's alive-bypass window),
     * and the failover closed every connection it held: after this pause it checks them and opens new ones.
     */
    private static void jeda() {
        try {
            Thread.sleep(JEDA_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Called by the transaction manager just before it sends a COMMIT. */
    static void tandaiKomit() {
        boolean[] komit = KOMIT.get();
        if (komit != null) {
            komit[0] = true;
        }
    }

    /**
     * A broken connection (SQLState class 08, or the driver's connection exceptions), not a refused statement. A
     * rollback that failed on the broken connection hides the first failure in its application exception.
     */
    public static boolean sambunganPutus(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || (t instanceof SQLException s
                            && s.getSQLState() != null
                            && s.getSQLState().startsWith("08"))) {
                return true;
            }
            if (t instanceof TransactionSystemException tse
                    && tse.getApplicationException() != null
                    && tse.getApplicationException() != e
                    && sambunganPutus(tse.getApplicationException())) {
                return true;
            }
        }
        return false;
    }
}
