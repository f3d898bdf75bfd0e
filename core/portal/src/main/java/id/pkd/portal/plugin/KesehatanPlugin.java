package id.pkd.portal.plugin;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness of the urusan plugins ("plugin"): DOWN when a plugin was loaded but does not run (API line not met,
 * failed to start, schema migration refused), so a node missing a region's urusan does not take traffic while
 * the other nodes have it. A file in the plugins folder that is no plugin archive at all is reported but does not
 * take the node out: it changes nothing the node serves.
 */
@Component("pluginHealthIndicator")
class KesehatanPlugin implements HealthIndicator {

    private final PluginPortal plugin;

    KesehatanPlugin(PluginPortal plugin) {
        this.plugin = plugin;
    }

    @Override
    public Health health() {
        List<PluginGagal> gagal =
                plugin.gagal().stream().filter(g -> !g.id().isBlank()).toList();
        List<String> arsipRusak = plugin.gagal().stream()
                .filter(g -> g.id().isBlank())
                .map(PluginGagal::berkas)
                .toList();
        Health.Builder hasil = gagal.isEmpty() ? Health.up() : Health.down();
        hasil.withDetail(
                "berjalan", plugin.terpasang().stream().map(PluginTerpasang::id).toList());
        if (!gagal.isEmpty()) {
            hasil.withDetail(
                    "gagal",
                    gagal.stream()
                            .collect(Collectors.toMap(
                                    PluginGagal::id, PluginGagal::alasan, (a, b) -> a, java.util.TreeMap::new)));
        }
        if (!arsipRusak.isEmpty()) {
            hasil.withDetail("arsipBukanPlugin", arsipRusak);
        }
        return hasil.build();
    }
}
