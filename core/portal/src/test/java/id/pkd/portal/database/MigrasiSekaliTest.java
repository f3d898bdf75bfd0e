package id.pkd.portal.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.pkd.portal.PortalApplication;
import id.pkd.portal.TestMariaDb;
import id.pkd.portal.plugin.PluginPortal;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migrations run once per release (issue 15): under the named lock pkd_migrasi, as the one-shot {@code migrate}
 * command, and a node that does not migrate refuses an old schema. Each test has a database of its own; runs in
 * the konteks-sendiri execution (it starts contexts of its own).
 */
class MigrasiSekaliTest {

    private static final String KUNCI_INDUK = Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32));

    @Test
    void migrasiMenungguKunciYangDipegangNodeLainDanMelepasnyaSesudahnya() throws Exception {
        DriverManagerDataSource ds = dataSource(basisDataBaru("pkd_uji_kunci"));
        try (Connection nodeLain = ds.getConnection()) {
            assertThat(satu(nodeLain, "SELECT GET_LOCK('pkd_migrasi', 0)")).isEqualTo(1);

            // Held elsewhere past the wait: the start is refused and nothing migrates.
            List<String> jalan = new ArrayList<>();
            Throwable gagal =
                    catchThrowable(() -> KunciMigrasi.dalamKunci(ds, Duration.ofSeconds(1), () -> jalan.add("dini")));
            assertThat(gagal)
                    .isInstanceOf(MulaiDitolakException.class)
                    .hasMessageContaining("kunci migrasi 'pkd_migrasi' tidak diperoleh");
            assertThat(jalan).isEmpty();

            // A node that waits runs once the holder lets go, and holds the lock while it runs.
            AtomicReference<Integer> pemegangSaatJalan = new AtomicReference<>();
            CompletableFuture<Void> menunggu =
                    CompletableFuture.runAsync(() -> KunciMigrasi.dalamKunci(ds, Duration.ofSeconds(60), () -> {
                        try (Connection c = ds.getConnection()) {
                            pemegangSaatJalan.set(satu(c, "SELECT IS_USED_LOCK('pkd_migrasi')"));
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    }));
            tungguSampaiMenungguKunci(nodeLain);
            assertThat(menunggu).isNotDone();
            assertThat(satu(nodeLain, "SELECT RELEASE_LOCK('pkd_migrasi')")).isEqualTo(1);
            menunggu.get(60, TimeUnit.SECONDS);
            assertThat(pemegangSaatJalan.get()).isNotNull();
            assertThat(satu(nodeLain, "SELECT IS_USED_LOCK('pkd_migrasi')")).isNull();
        }
    }

    @Test
    void perintahMigrateMemigrasikanTanpaServerWebLaluNodeTanpaMigrasiBerjalanDiSkemaTerkini() throws Exception {
        String url = basisDataBaru("pkd_uji_migrate");

        ConfigurableApplicationContext migrasi = PerintahMigrasi.jalankan(argumen(url, "true"));
        assertThat(migrasi).isNotInstanceOf(WebServerApplicationContext.class);
        // the plugins were loaded, each through its migration step (the three shipped plugins carry no scripts)
        assertThat(migrasi.getBean(PluginPortal.class).terpasang()).isNotEmpty();
        assertThat(SpringApplication.exit(migrasi)).isZero();
        try (Connection c = DriverManager.getConnection(url, db().user(), db().password())) {
            assertThat(satu(c, "SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0"))
                    .isZero();
            assertThat(satu(c, "SELECT COUNT(*) FROM flyway_schema_history")).isPositive();
            assertThat(satu(c, "SELECT IS_USED_LOCK('pkd_migrasi')")).isNull();
        }

        try (ConfigurableApplicationContext node =
                new SpringApplicationBuilder(PortalApplication.class).run(argumen(url, "false"))) {
            assertThat(node).isInstanceOf(WebServerApplicationContext.class);
            assertThat(node.isRunning()).isTrue();
        }
    }

    @Test
    void nodeTanpaMigrasiMenolakSkemaYangLebihLamaDenganKeduaVersi() throws Exception {
        String url = basisDataBaru("pkd_uji_lama");
        Flyway.configure()
                .dataSource(url, db().user(), db().password())
                .locations("classpath:db/migration")
                .target("5")
                .load()
                .migrate();

        Throwable gagal =
                catchThrowable(() -> new SpringApplicationBuilder(PortalApplication.class).run(argumen(url, "false")));

        Throwable akar = NestedExceptionUtils.getMostSpecificCause(gagal);
        assertThat(akar)
                .isInstanceOf(MulaiDitolakException.class)
                .hasMessageContaining("skema basis data versi 5 lebih lama dari kode ini, yang membutuhkan versi ")
                .hasMessageContaining("pkd.migrasi.saat-mulai=false");
        assertThat(((MulaiDitolakException) akar).tindakan()).contains("java -jar portal.jar migrate");
        try (Connection c = DriverManager.getConnection(url, db().user(), db().password())) {
            // nothing migrated behind the operator's back
            assertThat(satu(c, "SELECT MAX(CAST(version AS UNSIGNED)) FROM flyway_schema_history"))
                    .isEqualTo(5);
        }
    }

    /** Until the other thread's GET_LOCK is queued behind the holder (MariaDB shows it as state "User lock"). */
    private static void tungguSampaiMenungguKunci(Connection c) throws Exception {
        for (int i = 0; i < 600; i++) {
            Integer n = satu(c, "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE STATE = 'User lock'");
            if (n != null && n > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("GET_LOCK dari node yang menunggu tidak terlihat dalam 60 detik");
    }

    private static String[] argumen(String url, String migrasiSaatMulai) {
        return new String[] {
            "--spring.datasource.url=" + url,
            "--spring.datasource.username=" + db().user(),
            "--spring.datasource.password=" + db().password(),
            "--pkd.kunci-induk=" + KUNCI_INDUK,
            "--pkd.demo=false",
            "--pkd.demo.seed=false",
            "--server.port=0",
            "--pkd.data-dir=" + Path.of("target", "migrasi-sekali").toAbsolutePath(),
            "--pkd.plugins-dir=" + System.getProperty("pkd.plugins.dir", "target/plugins"),
            "--pkd.migrasi.saat-mulai=" + migrasiSaatMulai
        };
    }

    private static TestMariaDb db() {
        return TestMariaDb.get();
    }

    /** An empty database beside the shared one, on the same server; its JDBC address. */
    private static String basisDataBaru(String nama) throws SQLException {
        String url = db().jdbcUrl();
        String server = url.substring(0, url.lastIndexOf('/') + 1);
        try (Connection c = DriverManager.getConnection(server, db().user(), db().password());
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + nama);
            s.execute("CREATE DATABASE " + nama + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return server + nama;
    }

    private static DriverManagerDataSource dataSource(String url) {
        return new DriverManagerDataSource(url, db().user(), db().password());
    }

    private static Integer satu(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            int v = rs.getInt(1);
            return rs.wasNull() ? null : v;
        }
    }
}
