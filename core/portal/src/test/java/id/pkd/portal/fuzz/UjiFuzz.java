package id.pkd.portal.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.api.ApiTokenService;
import id.pkd.portal.daerah.DaerahService;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestContextManager;

/**
 * Base of the jqwik fuzz tests. jqwik is its own JUnit Platform engine, so Spring's Jupiter
 * extension does not run: each property instance is prepared by Spring's test context framework
 * directly, which hands it the same cached application context (real MariaDB, real plugin jars,
 * random port) as every {@link PortalIntegrationTest}.
 */
abstract class UjiFuzz extends PortalIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DaerahService daerahService;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    ObjectMapper json;

    @BeforeProperty
    void suntikSpring() throws Exception {
        new TestContextManager(getClass()).prepareTestInstance(this);
    }

    DaerahFuzz daerah(String kodeWilayah) {
        return DaerahFuzz.siapkan(kodeWilayah, port, jdbc, daerahService, tokens, json);
    }

    @AfterContainer
    static void cetakLaporan() {
        // cumulative: the last fuzz class to finish prints every property and the total
        System.out.println(Statistik.laporan());
    }
}
