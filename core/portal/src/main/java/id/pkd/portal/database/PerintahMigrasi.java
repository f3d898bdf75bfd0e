package id.pkd.portal.database;

import id.pkd.portal.umum.PengaturanPkd;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * {@code java -jar portal.jar migrate}: migrates the core and every plugin's schema, under the same lock as a start,
 * and returns without a web server, so a release's migration runs once before the nodes (started with
 * pkd.migrasi.saat-mulai=false) roll. Only what migrating needs is in its context: the screens, security and seeders
 * of the portal belong to a serving node, and a seeder must not run against a schema a node is about to refuse.
 */
public final class PerintahMigrasi {

    private PerintahMigrasi() {}

    /** Migrates and returns the (finished) context; the caller closes it, its exit code is 0. */
    public static ConfigurableApplicationContext jalankan(String... args) {
        List<String> argumen = new ArrayList<>(Arrays.stream(args)
                .filter(a -> !a.startsWith("--pkd.migrasi.saat-mulai="))
                .toList());
        argumen.add("--pkd.migrasi.saat-mulai=true");
        return new SpringApplicationBuilder(KonteksMigrasi.class)
                .web(WebApplicationType.NONE)
                .run(argumen.toArray(String[]::new));
    }

    /**
     * Not a @Configuration, so the portal's own component scan never picks it up. Auto-configuration is named, not
     * enabled wholesale: Vaadin's and the security filter chains insist on a web application context.
     */
    @ImportAutoConfiguration({
        PropertyPlaceholderAutoConfiguration.class,
        ValidationAutoConfiguration.class,
        DataSourceAutoConfiguration.class,
        FlywayAutoConfiguration.class
    })
    @EnableConfigurationProperties(PengaturanPkd.class)
    @ComponentScan(
            basePackages = "id.pkd.portal",
            useDefaultFilters = false,
            includeFilters = {
                @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = JavaMigration.class),
                @ComponentScan.Filter(
                        type = FilterType.REGEX,
                        pattern = "id\\.pkd\\.portal\\.(umum\\.WaktuConfiguration|plugin\\.PluginPortal"
                                + "|database\\.MigrasiSaatMulai)")
            })
    static class KonteksMigrasi {}
}
