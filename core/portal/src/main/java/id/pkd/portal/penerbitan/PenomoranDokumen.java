package id.pkd.portal.penerbitan;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Document numbers from the counter row {@code nomor_dokumen}. The increment takes the row lock, held until the
 * caller's transaction ends, so concurrent issuances of one type and year queue here for the few milliseconds of
 * the reservation; a rollback gives the number back, so numbers have no gaps.
 */
@Component
class PenomoranDokumen {

    private final JdbcClient jdbc;

    PenomoranDokumen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next sequence number of this tenant, type and year; must run in the transaction that registers it. */
    @Transactional(propagation = Propagation.MANDATORY)
    int berikutnya(long tenantId, String jenis, int tahun) {
        // LAST_INSERT_ID(expr) hands the new value to this connection in the same statement, for a new row too.
        jdbc.sql(
                        """
                        INSERT INTO nomor_dokumen (tenant_id, jenis, tahun, terakhir) VALUES (?, ?, ?, LAST_INSERT_ID(1))
                        ON DUPLICATE KEY UPDATE terakhir = LAST_INSERT_ID(terakhir + 1)""")
                .params(tenantId, jenis, tahun)
                .update();
        return jdbc.sql("SELECT LAST_INSERT_ID()").query(Integer.class).single();
    }
}
