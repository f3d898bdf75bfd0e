package id.pkd.klaster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The cluster of docker/cluster.sh as the test sees it: the script's commands, the addresses of its parts (the
 * script's default port block, 52000), and a database connection through HAProxy as the portal nodes have it.
 */
final class Klaster {

    static final int BASIS = 52000;
    static final String PORTAL = "http://127.0.0.1:" + (BASIS + 80);
    static final String PORTAL_A = "http://127.0.0.1:" + (BASIS + 81);
    static final String PORTAL_B = "http://127.0.0.1:" + (BASIS + 82);
    static final String JDBC = "jdbc:mariadb://127.0.0.1:" + (BASIS + 306) + "/pkd";

    final Path skrip = Path.of(System.getProperty("pkd.klaster.skrip")).toAbsolutePath();
    final Path dir = Path.of(System.getProperty("pkd.klaster.dir")).toAbsolutePath();
    final Path jar = Path.of(System.getProperty("pkd.portal.jar")).toAbsolutePath();
    final Path jarDemo = Path.of(System.getProperty("pkd.portal.demo.jar")).toAbsolutePath();
    final Path plugins = Path.of(System.getProperty("pkd.plugins.dir")).toAbsolutePath();
    final String javaHome = System.getProperty("java.home");

    /** Runs the script with these arguments; its output goes to klaster.log beside the state. */
    void jalankan(Duration batas, String... argumen) throws IOException, InterruptedException {
        List<String> perintah = new ArrayList<>(List.of("bash", skrip.toString()));
        perintah.addAll(List.of(argumen));
        Files.createDirectories(dir.getParent());
        ProcessBuilder pb = new ProcessBuilder(perintah)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dir.getParent().resolve("klaster.log").toFile()));
        Map<String, String> env = pb.environment();
        env.put("PKD_KLASTER_DIR", dir.toString());
        env.put("PKD_KLASTER_PORT", String.valueOf(BASIS));
        env.put("PKD_PORTAL_JAR", jar.toString());
        env.put("PKD_PLUGINS_DIR", plugins.toString());
        env.put("JAVA_HOME", javaHome);
        long mulai = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(batas.toSeconds(), TimeUnit.SECONDS)) {
            p.destroy();
            throw new IllegalStateException("cluster.sh " + String.join(" ", argumen) + " lewat " + batas);
        }
        System.out.printf(
                "[klaster] cluster.sh %s: %d s (keluar %d)%n",
                String.join(" ", argumen), (System.nanoTime() - mulai) / 1_000_000_000L, p.exitValue());
        if (p.exitValue() != 0) {
            throw new IllegalStateException("cluster.sh " + String.join(" ", argumen) + " gagal; lihat "
                    + dir.getParent().resolve("klaster.log"));
        }
    }

    /** The portal's account on one Galera node directly, past HAProxy. */
    Connection simpulGalera(int n) throws SQLException, IOException {
        String sandi = Files.readString(dir.resolve("sandi-db")).strip();
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + (BASIS + 310 + n) + "/pkd", "pkd", sandi);
    }

    /** The portal's account, through HAProxy's MariaDB frontend (the active Galera node). */
    Connection basisData() throws SQLException, IOException {
        String sandi = Files.readString(dir.resolve("sandi-db")).strip();
        return DriverManager.getConnection(JDBC, "pkd", sandi);
    }
}
