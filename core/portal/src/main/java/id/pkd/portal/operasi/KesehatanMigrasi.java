package id.pkd.portal.operasi;

import id.pkd.portal.database.VersiMigrasi;
import id.pkd.portal.plugin.MigrasiTerbawa;
import id.pkd.portal.plugin.PluginPortal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Readiness "migrasi": the schema is as new as the code, core and every running plugin. The newest migration the
 * code carries is read once (a Flyway classpath scan); each check then reads only the history tables, which the
 * load balancer may ask every few seconds. A node whose code is newer than the database (a release rolled out
 * before its migration ran) or whose last migration failed is DOWN, so it takes no traffic on an old schema.
 */
@Component("migrasiHealthIndicator")
class KesehatanMigrasi implements HealthIndicator {

    private final Flyway flyway;
    private final PluginPortal plugin;
    private final JdbcClient db;
    private volatile MigrationVersion terbaruInti;

    KesehatanMigrasi(Flyway flyway, PluginPortal plugin, JdbcClient db) {
        this.flyway = flyway;
        this.plugin = plugin;
        this.db = db;
    }

    @Override
    public Health health() {
        Map<String, Object> rincian = new LinkedHashMap<>();
        boolean terkini = periksa("inti", flyway.getConfiguration().getTable(), terbaruInti(), rincian);
        for (MigrasiTerbawa m : plugin.migrasiTerbawa()) {
            terkini &= periksa(m.pluginId(), m.tabelRiwayat(), m.versi(), rincian);
        }
        return (terkini ? Health.up() : Health.down()).withDetails(rincian).build();
    }

    private boolean periksa(String nama, String tabel, MigrationVersion diKode, Map<String, Object> rincian) {
        // The table name comes from the Flyway configuration or a plugin id reduced to [a-z0-9_]: no user text.
        List<Riwayat> riwayat = db.sql("SELECT version, success FROM `" + tabel + "` WHERE version IS NOT NULL")
                .query((rs, i) -> new Riwayat(MigrationVersion.fromVersion(rs.getString(1)), rs.getBoolean(2)))
                .list();
        boolean adaGagal = riwayat.stream().anyMatch(r -> !r.berhasil());
        Optional<MigrationVersion> diBasisData =
                riwayat.stream().filter(Riwayat::berhasil).map(Riwayat::versi).max(MigrationVersion::compareTo);
        boolean terkini =
                !adaGagal && diBasisData.filter(v -> v.compareTo(diKode) >= 0).isPresent();
        rincian.put(
                nama,
                Map.of(
                        "basisData",
                                diBasisData.map(MigrationVersion::getVersion).orElse("-"),
                        "kode", diKode.getVersion(),
                        "terkini", terkini));
        return terkini;
    }

    private MigrationVersion terbaruInti() {
        MigrationVersion v = terbaruInti;
        if (v == null) {
            v = VersiMigrasi.terbaruDiKode(flyway.info());
            terbaruInti = v;
        }
        return v;
    }

    private record Riwayat(MigrationVersion versi, boolean berhasil) {}
}
