package id.pkd.portal.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.stereotype.Component;

/**
 * Makes the portal's pool, Boot's or the embedded database's, a {@link KolamGanda}. Ordered first, so whatever wraps
 * the DataSource afterwards (a test's statement counter) wraps both pools.
 */
@Component
class PemisahKolam implements BeanPostProcessor, PriorityOrdered {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof HikariDataSource kolam ? KolamGanda.dari(kolam) : bean;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
