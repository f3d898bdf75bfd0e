package id.pkd.portal;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The real MariaDB server the tests run against. With {@code PKD_TEST_DB_URL} set (plus {@code
 * PKD_TEST_DB_USER} / {@code PKD_TEST_DB_PASSWORD}) that server is used; otherwise the test run
 * starts its own private instance of Debian's {@code mariadbd} under {@code target/} and stops it
 * when the JVM exits. Each run starts from an empty database.
 */
public final class TestMariaDb {

    private static final String DATABASE = "pkd_test";
    private static volatile TestMariaDb instance;

    private final String jdbcUrl;
    private final String user;
    private final String password;

    private TestMariaDb(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    public static synchronized TestMariaDb get() {
        if (instance == null) {
            instance = System.getenv("PKD_TEST_DB_URL") != null ? external() : startPrivate();
        }
        return instance;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    private static TestMariaDb external() {
        String url = System.getenv("PKD_TEST_DB_URL");
        String user = envOr("PKD_TEST_DB_USER", "root");
        String password = envOr("PKD_TEST_DB_PASSWORD", "");
        return new TestMariaDb(url, user, password);
    }

    private static TestMariaDb startPrivate() {
        try {
            Path root = Path.of("target", "test-mariadb").toAbsolutePath();
            Path data = root.resolve("data");
            Path socket = root.resolve("mysqld.sock");
            deleteRecursively(root);
            Files.createDirectories(root);
            boolean asRoot = "root".equals(System.getProperty("user.name"));
            List<String> install = new ArrayList<>(List.of(
                    "mariadb-install-db",
                    "--no-defaults",
                    "--datadir=" + data,
                    "--auth-root-authentication-method=normal",
                    "--skip-test-db"));
            if (asRoot) {
                install.add("--user=root");
            }
            run(install, root.resolve("install.log"));
            int port = freePort();
            List<String> server = new ArrayList<>(List.of(
                    "mariadbd",
                    "--no-defaults",
                    "--datadir=" + data,
                    "--socket=" + socket,
                    "--port=" + port,
                    "--bind-address=127.0.0.1",
                    "--pid-file=" + root.resolve("mysqld.pid"),
                    "--character-set-server=utf8mb4",
                    "--collation-server=utf8mb4_unicode_ci",
                    "--innodb-buffer-pool-size=128M",
                    "--skip-log-bin"));
            if (asRoot) {
                server.add("--user=root");
            }
            Process process = new ProcessBuilder(server)
                    .redirectErrorStream(true)
                    .redirectOutput(root.resolve("mysqld.log").toFile())
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            String base = "jdbc:mariadb://127.0.0.1:" + port + "/";
            waitUntilUp(base, process, root);
            try (Connection c = DriverManager.getConnection(base, "root", "");
                    Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            return new TestMariaDb(base + DATABASE, "root", "");
        } catch (IOException | SQLException e) {
            throw new IllegalStateException(
                    "MariaDB untuk pengujian tidak dapat dijalankan. Pasang paket Debian mariadb-server"
                            + " (lihat README) atau tetapkan PKD_TEST_DB_URL.",
                    e);
        }
    }

    private static void waitUntilUp(String url, Process process, Path root) throws SQLException, IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try (Connection ignored = DriverManager.getConnection(url, "root", "")) {
                return;
            } catch (SQLException e) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            "mariadbd tidak siap: " + Files.readString(root.resolve("mysqld.log")), e);
                }
                sleep();
            }
        }
    }

    private static void run(List<String> command, Path log) throws IOException {
        try {
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (p.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + " gagal: " + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
