package id.pkd.portal.operasi;

import static org.assertj.core.api.Assertions.assertThat;

import id.pkd.portal.MasukHttpUji;
import id.pkd.portal.PortalIntegrationTest;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.metrics.MetricsRepositoryMethodInvocationListener;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A request costs no telemetry nobody reads (issue 16, TelemetriConfig): Spring Security's chain, authorizations
 * and authentications run without Micrometer observations, Spring Data repositories without per-call timers, while
 * the request timer still observes (so the check below is not vacuous).
 */
class TelemetriPermintaanTest extends PortalIntegrationTest {

    @Autowired
    ObservationRegistry observasi;

    @Autowired
    ApplicationContext konteks;

    @LocalServerPort
    int port;

    @Test
    void rantaiKeamananDanRepositoriTanpaObservasi() throws Exception {
        List<String> dimulai = new CopyOnWriteArrayList<>();
        AtomicBoolean rekam = new AtomicBoolean(true);
        // Handlers cannot be removed from the shared registry: this one stops listening after the test.
        observasi.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public boolean supportsContext(Observation.Context c) {
                return rekam.get();
            }

            @Override
            public void onStart(Observation.Context c) {
                dimulai.add(c.getName());
            }
        });
        MasukHttpUji http = new MasukHttpUji(port);
        try {
            // The sign-in page and a protected page (redirected to it): the whole chain, with its authorizations.
            assertThat(http.get("/login", null).statusCode()).isEqualTo(200);
            assertThat(http.get("/capaian", null).statusCode()).isIn(200, 302);
        } finally {
            rekam.set(false);
        }

        assertThat(dimulai).contains("http.server.requests").noneMatch(n -> n.startsWith("spring.security"));
        assertThat(konteks.getBeanNamesForType(MetricsRepositoryMethodInvocationListener.class))
                .isEmpty();
    }
}
