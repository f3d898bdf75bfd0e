package id.pkd.portal.operasi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.plugin.PluginPortal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the load balancer sees at {@code /actuator/health}: no sign-in, no session, the status only, readiness with
 * its components (database, plugins, migrations) and no details (issue 15).
 */
class KesehatanTest extends PortalIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Flyway flyway;

    @Autowired
    PluginPortal plugin;

    @Autowired
    JdbcClient db;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final ObjectMapper json = new ObjectMapper();

    private HttpResponse<String> ambil(String jalur, String idPermintaan) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + jalur));
        if (idPermintaan != null) {
            b.header("X-Request-Id", idPermintaan);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void kesehatanTerbukaTanpaMasukDanHanyaMenyebutStatus() throws Exception {
        HttpResponse<String> r = ambil("/actuator/health", "lb-cek-1");

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode isi = json.readTree(r.body());
        assertThat(isi.path("status").asText()).isEqualTo("UP");
        assertThat(isi.has("components")).isFalse();
        assertThat(isi.has("details")).isFalse();
        // No session for the checks, and the request id comes back.
        assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(r.headers().firstValue("X-Request-Id")).contains("lb-cek-1");
    }

    @Test
    void kesiapanMenyebutBasisDataPluginDanMigrasiTanpaRincian() throws Exception {
        HttpResponse<String> r = ambil("/actuator/health/readiness", null);

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode isi = json.readTree(r.body());
        assertThat(isi.path("status").asText()).isEqualTo("UP");
        JsonNode komponen = isi.path("components");
        assertThat(komponen.path("db").path("status").asText()).isEqualTo("UP");
        assertThat(komponen.path("plugin").path("status").asText()).isEqualTo("UP");
        assertThat(komponen.path("migrasi").path("status").asText()).isEqualTo("UP");
        assertThat(komponen.path("readinessState").path("status").asText()).isEqualTo("UP");
        // Anonymous: no details (plugin ids, versions, database product) in any component.
        komponen.forEach(k -> assertThat(k.has("details")).isFalse());
        assertThat(r.body()).doesNotContain("urusan-", "MariaDB", "berjalan");
        assertThat(r.headers().firstValue("X-Request-Id")).isPresent();
    }

    @Test
    void kesiapanMemeriksaGaleraDanPenyimpananYangPadaMariaDbBiasaSiap() throws Exception {
        JsonNode komponen =
                json.readTree(ambil("/actuator/health/readiness", null).body()).path("components");
        assertThat(komponen.path("galera").path("status").asText()).isEqualTo("UP");
        assertThat(komponen.path("penyimpanan").path("status").asText()).isEqualTo("UP");
        // The test database is a plain MariaDB: read from the server, not assumed.
        Health h = new KesehatanGalera(db).health();
        assertThat(h.getStatus()).isEqualTo(Status.UP);
        assertThat(h.getDetails()).containsEntry("galera", false);
    }

    @Test
    void keaktifanMenjawabUpDanTitikAkhirLainTidakTerbuka() throws Exception {
        HttpResponse<String> hidup = ambil("/actuator/health/liveness", null);
        assertThat(hidup.statusCode()).isEqualTo(200);
        assertThat(json.readTree(hidup.body()).path("status").asText()).isEqualTo("UP");

        for (String jalur : new String[] {"/actuator/env", "/actuator/beans", "/actuator/configprops"}) {
            HttpResponse<String> r = ambil(jalur, null);
            // Not exposed: the sign-in is asked for (an anonymous request), never the endpoint's content.
            assertThat(r.statusCode()).as(jalur).isNotEqualTo(200);
            assertThat(r.body()).as(jalur).doesNotContain("kunci-induk", "spring.datasource");
        }
    }

    @Test
    void migrasiTerkiniMenyebutVersiIntiDiBasisDataDanDiKode() {
        Health h = new KesehatanMigrasi(flyway, plugin, db).health();

        assertThat(h.getStatus()).isEqualTo(Status.UP);
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> inti =
                (java.util.Map<String, Object>) h.getDetails().get("inti");
        assertThat(inti).containsEntry("terkini", true);
        assertThat(inti.get("basisData")).isEqualTo(inti.get("kode"));
    }

    @Test
    void kodeYangMembawaMigrasiLebihBaruDariBasisDataMembuatNodeTidakSiap() {
        // The same database, seen by code that carries one more migration (a release rolled out before its
        // migration ran): nothing is migrated, only compared.
        Flyway lebihBaru = Flyway.configure()
                .configuration(flyway.getConfiguration())
                .locations("classpath:db/migration", "classpath:uji/migrasi-masa-depan")
                .load();

        Health h = new KesehatanMigrasi(lebihBaru, plugin, db).health();

        assertThat(h.getStatus()).isEqualTo(Status.DOWN);
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> inti =
                (java.util.Map<String, Object>) h.getDetails().get("inti");
        assertThat(inti).containsEntry("terkini", false).containsEntry("kode", "999");
    }
}
