package id.pkd.portal.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import id.pkd.portal.ProksiTcp;
import id.pkd.portal.TestMariaDb;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The write retry on a real MariaDB reached through a TCP relay that resets every open connection and accepts new
 * ones at once, as HAProxy does when it marks the writer down and a backup takes over: a transaction cut off before
 * its COMMIT runs once more and its row is there once; one cut off at its COMMIT is never run again.
 */
class UlangSambunganTest {

    private static final String BASIS_DATA = "pkd_uji_ulang_sambungan";

    private static ProksiTcp proksi;
    private static HikariDataSource ds;
    private static JdbcClient jdbc;
    private static TransactionTemplate transaksi;
    private final UlangSambungan ulang = new UlangSambungan();

    @BeforeAll
    static void siapkan() throws Exception {
        TestMariaDb db = TestMariaDb.get();
        URI asli = URI.create(db.jdbcUrl().substring("jdbc:".length()));
        // A database of its own on the shared server: a table in the portal's schema would stop Flyway there.
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS " + BASIS_DATA);
        }
        proksi = new ProksiTcp(asli.getPort());
        ds = new HikariDataSource();
        ds.setJdbcUrl("jdbc:mariadb://" + asli.getHost() + ":" + proksi.port() + "/" + BASIS_DATA);
        ds.setUsername(db.user());
        ds.setPassword(db.password());
        ds.setMaximumPoolSize(2);
        ds.setConnectionTimeout(5000);
        jdbc = JdbcClient.create(ds);
        transaksi = new TransactionTemplate(new PengelolaTransaksi.Pencatat(ds));
        jdbc.sql("CREATE TABLE IF NOT EXISTS uji_ulang_sambungan (id BIGINT AUTO_INCREMENT PRIMARY KEY,"
                        + " penanda VARCHAR(40) NOT NULL)")
                .update();
    }

    @AfterAll
    static void tutup() throws Exception {
        jdbc.sql("DROP DATABASE IF EXISTS " + BASIS_DATA).update();
        ds.close();
        proksi.close();
    }

    @BeforeEach
    void kosongkan() {
        // the connections a previous test's cut left in this pool are replaced first
        ds.getHikariPoolMXBean().softEvictConnections();
        jdbc.sql("DELETE FROM uji_ulang_sambungan").update();
    }

    /** HAProxy's shutdown-sessions with a backup ready: open sessions reset, the next connection is served. */
    private static void alihkan() {
        try {
            proksi.putusSambunganTerbuka();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void tulis(String penanda) {
        jdbc.sql("INSERT INTO uji_ulang_sambungan (penanda) VALUES (?)")
                .param(penanda)
                .update();
    }

    private static long jumlah(String penanda) {
        // the cut also reset this pool's idle connections
        ds.getHikariPoolMXBean().softEvictConnections();
        return jdbc.sql("SELECT COUNT(*) FROM uji_ulang_sambungan WHERE penanda = ?")
                .param(penanda)
                .query(Long.class)
                .single();
    }

    @Test
    void putusSebelumKomitDiulangSekaliDanTersimpanSekali() {
        AtomicInteger percobaan = new AtomicInteger();
        String hasil = ulang.jalankan(() -> transaksi.execute(s -> {
            tulis("sebelum-komit");
            if (percobaan.incrementAndGet() == 1) {
                alihkan();
                // the next statement of this transaction meets the reset connection
                tulis("sebelum-komit");
            }
            return "tersimpan";
        }));
        assertThat(hasil).isEqualTo("tersimpan");
        assertThat(percobaan).hasValue(2);
        assertThat(jumlah("sebelum-komit")).isEqualTo(1);
    }

    @Test
    void putusSaatKomitTidakDiulang() {
        AtomicInteger percobaan = new AtomicInteger();
        assertThatThrownBy(() -> ulang.jalankan(() -> transaksi.execute(s -> {
                    percobaan.incrementAndGet();
                    tulis("saat-komit");
                    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                        @Override
                        public void beforeCompletion() {
                            // after every statement, just before the COMMIT is sent
                            alihkan();
                        }
                    });
                    return null;
                })))
                .isInstanceOf(RuntimeException.class)
                // Spring's rollback after the failed COMMIT fails too ("Connection is closed", no SQLState) and
                // is what is thrown: the broken connection must still be recognised (the API answers 503, not 500)
                .satisfies(e -> assertThat(UlangSambungan.sambunganPutus(e)).isTrue());
        // Whether a COMMIT without an answer was applied is unknown to the portal: the caller is told, never a
        // second run.
        assertThat(percobaan).hasValue(1);
    }

    @Test
    void putusDuaKaliDiteruskanKePemanggil() {
        AtomicInteger percobaan = new AtomicInteger();
        assertThatThrownBy(() -> ulang.jalankan(() -> transaksi.execute(s -> {
                    percobaan.incrementAndGet();
                    tulis("dua-kali");
                    alihkan();
                    tulis("dua-kali");
                    return null;
                })))
                .isInstanceOf(RuntimeException.class)
                .satisfies(e -> assertThat(UlangSambungan.sambunganPutus(e)).isTrue());
        assertThat(percobaan).hasValue(2);
        assertThat(jumlah("dua-kali")).isZero();
    }

    @Test
    void kesalahanLainTidakDiulang() {
        AtomicInteger percobaan = new AtomicInteger();
        assertThatThrownBy(() -> ulang.jalankan(() -> transaksi.execute(s -> {
                    percobaan.incrementAndGet();
                    tulis("lain");
                    return jdbc.sql("SELECT tidak_ada FROM uji_ulang_sambungan")
                            .query(String.class)
                            .list();
                })))
                .isInstanceOf(DataAccessException.class);
        assertThat(percobaan).hasValue(1);
        assertThat(jumlah("lain")).isZero();
    }

    @Test
    void dalamTransaksiPemanggilTidakDiulang() {
        AtomicInteger percobaan = new AtomicInteger();
        assertThatThrownBy(() -> transaksi.execute(s -> ulang.jalankan(() -> {
                    percobaan.incrementAndGet();
                    tulis("bersarang");
                    alihkan();
                    tulis("bersarang");
                    return null;
                })))
                .isInstanceOf(RuntimeException.class);
        assertThat(percobaan).hasValue(1);
        assertThat(jumlah("bersarang")).isZero();
    }
}
