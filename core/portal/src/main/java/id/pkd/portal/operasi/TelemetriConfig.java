package id.pkd.portal.operasi;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Only the telemetry someone reads. The portal exposes no metrics endpoint (only /actuator/health), yet Spring
 * Security wrapped each of its ~15 filters, every authorization and every authentication of every request in a
 * Micrometer observation, and Spring Data timed every repository call with tags built per call: under the Gatling
 * load (issue 16) that was 3-4 % of the request threads' CPU for timers nobody exported. Spring Security's
 * observations are off here; the repository timers go with {@code spring.autoconfigure.exclude} in
 * application.properties. The request timer ({@code http.server.requests}) stays for a meter registry added later.
 */
@Configuration(proxyBeanMethods = false)
class TelemetriConfig {

    @Bean
    SecurityObservationSettings pengaturanObservasiKeamanan() {
        return SecurityObservationSettings.noObservations();
    }
}
