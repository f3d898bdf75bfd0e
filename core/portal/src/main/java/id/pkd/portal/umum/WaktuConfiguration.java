package id.pkd.portal.umum;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WaktuConfiguration {

    /**
     * The portal's clock, in {@code pkd.zona-waktu} (Indonesian western time by default): documents are dated in it;
     * what a region's users read is shown in the region's own zone ({@link ZonaWaktu}).
     */
    @Bean
    Clock clock(PengaturanPkd pengaturan) {
        return Clock.system(pengaturan.zonaWaktu());
    }
}
