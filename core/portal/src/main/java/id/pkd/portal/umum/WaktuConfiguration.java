package id.pkd.portal.umum;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WaktuConfiguration {

    /**
     * The instant, for tests to fix; UTC so it carries no place. A region's zone comes from {@code WaktuDaerah}, the
     * audit chain's day from {@code RantaiJejak.ZONA_JANGKAR}.
     */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
