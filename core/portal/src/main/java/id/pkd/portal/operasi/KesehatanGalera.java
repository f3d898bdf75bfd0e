package id.pkd.portal.operasi;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Readiness "galera": the database node this node's connections reach is a synced member of the primary component.
 * A Galera node that is joining, donating a state transfer, desynced or cut off from the majority still accepts
 * connections (HAProxy's mysql-check sees it alive) but refuses or delays queries, or serves stale reads; the
 * portal node then reports OUT_OF_SERVICE so the load balancer sends users to a node that can serve them. On a
 * plain MariaDB (no wsrep provider, or wsrep_on OFF, as in the demo and the tests) it is UP: there is nothing to
 * wait for.
 */
@Component("galeraHealthIndicator")
class KesehatanGalera implements HealthIndicator {

    /** wsrep_local_state 4: Synced (1 joining, 2 donor/desynced, 3 joined, not yet caught up). */
    static final String TERSINKRON = "4";

    private final JdbcClient db;

    KesehatanGalera(JdbcClient db) {
        this.db = db;
    }

    @Override
    public Health health() {
        Map<String, String> nilai = new HashMap<>();
        // SHOW answers no row for a variable the server does not have (a build without wsrep): never an error.
        db.sql("SHOW GLOBAL VARIABLES LIKE 'wsrep_on'").query(rs -> {
            nilai.put("wsrep_on", rs.getString(2));
        });
        db.sql("SHOW GLOBAL STATUS WHERE Variable_name IN ('wsrep_ready', 'wsrep_local_state',"
                        + " 'wsrep_local_state_comment', 'wsrep_cluster_status', 'wsrep_cluster_size')")
                .query(rs -> {
                    nilai.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getString(2));
                });
        return nilai(nilai);
    }

    /** The verdict on the server's wsrep variables (names in lower case), apart from how they were read. */
    static Health nilai(Map<String, String> wsrep) {
        if (!"ON".equalsIgnoreCase(wsrep.getOrDefault("wsrep_on", "OFF"))) {
            // A server built with wsrep but not clustered reports wsrep_ready OFF: only wsrep_on says Galera is on.
            return Health.up().withDetail("galera", false).build();
        }
        Map<String, Object> rincian = new LinkedHashMap<>();
        rincian.put("galera", true);
        rincian.put("wsrep_ready", wsrep.getOrDefault("wsrep_ready", "-"));
        rincian.put("wsrep_local_state", wsrep.getOrDefault("wsrep_local_state", "-"));
        rincian.put("wsrep_local_state_comment", wsrep.getOrDefault("wsrep_local_state_comment", "-"));
        rincian.put("wsrep_cluster_status", wsrep.getOrDefault("wsrep_cluster_status", "-"));
        rincian.put("wsrep_cluster_size", wsrep.getOrDefault("wsrep_cluster_size", "-"));
        boolean siap = "ON".equalsIgnoreCase(wsrep.get("wsrep_ready"))
                && TERSINKRON.equals(wsrep.get("wsrep_local_state"))
                && "Primary".equalsIgnoreCase(wsrep.get("wsrep_cluster_status"));
        return (siap ? Health.up() : Health.outOfService()).withDetails(rincian).build();
    }
}
