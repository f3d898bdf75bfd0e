package id.pkd.portal.database;

import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * The portal's transaction manager: Boot's own (JdbcTransactionManager, with Boot's customizers), which also notes
 * on the thread that a COMMIT was sent. {@link UlangSambungan} retries a transaction whose connection broke only
 * when no COMMIT was sent in it: after a COMMIT that got no answer the server may have applied it.
 */
@Configuration(proxyBeanMethods = false)
class PengelolaTransaksi {

    @Bean
    JdbcTransactionManager transactionManager(
            DataSource dataSource, ObjectProvider<TransactionManagerCustomizers> penyesuai) {
        JdbcTransactionManager tm = new Pencatat(dataSource);
        penyesuai.ifAvailable(p -> p.customize(tm));
        return tm;
    }

    static final class Pencatat extends JdbcTransactionManager {

        Pencatat(DataSource dataSource) {
            super(dataSource);
        }

        /** The COMMIT that failed in this transaction, for the rollback that Spring runs after it. */
        private static final ThreadLocal<RuntimeException> KOMIT_GAGAL = new ThreadLocal<>();

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            UlangSambungan.tandaiKomit();
            try {
                super.doCommit(status);
            } catch (RuntimeException e) {
                KOMIT_GAGAL.set(e);
                throw e;
            }
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            try {
                super.doRollback(status);
            } catch (TransactionSystemException e) {
                // After a failed COMMIT Spring rolls back and throws the rollback's failure, dropping the COMMIT's.
                // On a connection the writer's failover broke, the rollback only says "Connection is closed" (no
                // SQLState): keep the COMMIT's failure as the application exception so it is still recognised as
                // a broken connection (503, and never retried, since the COMMIT was sent).
                RuntimeException komit = KOMIT_GAGAL.get();
                if (komit != null && e.getApplicationException() == null) {
                    e.initApplicationException(komit);
                }
                throw e;
            }
        }

        @Override
        protected void doCleanupAfterCompletion(Object transaction) {
            KOMIT_GAGAL.remove();
            super.doCleanupAfterCompletion(transaction);
        }
    }
}
