package id.pkd.portal.umum;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WaktuConfiguration {

    /** Documents are dated in Indonesian western time until tenants carry their own zone. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Jakarta"));
    }
}
