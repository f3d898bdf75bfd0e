package id.pkd.portal.database;

import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
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

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            UlangSambungan.tandaiKomit();
            super.doCommit(status);
        }
    }
}
