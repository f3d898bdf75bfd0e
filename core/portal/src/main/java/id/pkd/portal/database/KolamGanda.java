package id.pkd.portal.database;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The portal's one DataSource over two pools of the same database (issue 16: a save's cost is its round trips). A
 * transaction takes its connection from a pool kept out of autocommit, so Spring neither sends {@code set
 * autocommit=0} before it nor {@code set autocommit=1} after it: beyond its statements a transaction costs its COMMIT
 * alone, where it cost three round trips. A read outside a transaction ({@code @BacaLangsung}, one statement) takes
 * its connection from a pool in autocommit: one round trip, with no ROLLBACK when the connection goes back, which it
 * would need on a connection out of autocommit. Anything else outside a transaction (Flyway, the migration lock, a
 * health check) also gets an autocommit connection, as with one pool.
 *
 * <p>Which pool: the transaction manager ({@link PengelolaTransaksi}) asks for its connection through {@link
 * #untukTransaksi}; every other caller is outside a transaction, since inside one Spring hands out the connection it
 * bound.
 */
public final class KolamGanda extends DelegatingDataSource implements AutoCloseable {

    private static final ThreadLocal<Boolean> MEMULAI_TRANSAKSI = new ThreadLocal<>();

    private final HikariDataSource transaksi;
    private final HikariDataSource langsung;

    private KolamGanda(HikariDataSource transaksi, HikariDataSource langsung) {
        super(transaksi);
        this.transaksi = transaksi;
        this.langsung = langsung;
    }

    /**
     * Splits a configured, not yet started pool: it keeps its settings and serves transactions out of autocommit; a
     * copy of its settings, half its size (reads outside a transaction are single statements), serves the rest.
     */
    static KolamGanda dari(HikariDataSource kolam) {
        HikariDataSource langsung = new HikariDataSource();
        kolam.copyStateTo(langsung);
        String nama = kolam.getPoolName() == null ? "pkd" : kolam.getPoolName();
        langsung.setPoolName(nama + "-langsung");
        langsung.setAutoCommit(true);
        langsung.setMaximumPoolSize(Math.max(2, kolam.getMaximumPoolSize() / 2));
        if (kolam.getMinimumIdle() > langsung.getMaximumPoolSize()) {
            langsung.setMinimumIdle(langsung.getMaximumPoolSize());
        }
        kolam.setAutoCommit(false);
        return new KolamGanda(kolam, langsung);
    }

    /** Runs the transaction manager's connection request against the transactions' pool. */
    static void untukTransaksi(Runnable mulai) {
        MEMULAI_TRANSAKSI.set(Boolean.TRUE);
        try {
            mulai.run();
        } finally {
            MEMULAI_TRANSAKSI.remove();
        }
    }

    private HikariDataSource kolam() {
        return MEMULAI_TRANSAKSI.get() != null ? transaksi : langsung;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return kolam().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return kolam().getConnection(username, password);
    }

    /** Connections lent out now, from both pools: none while the portal waits on something outside the database. */
    public int koneksiAktif() {
        return aktif(transaksi) + aktif(langsung);
    }

    private static int aktif(HikariDataSource kolam) {
        return kolam.getHikariPoolMXBean() == null
                ? 0
                : kolam.getHikariPoolMXBean().getActiveConnections();
    }

    @Override
    public void close() {
        langsung.close();
        transaksi.close();
    }
}
