package id.pkd.portal.jejak;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shortly after midnight, anchors the last entry of every tenant whose last entry is from an
 * earlier day. Appending anchors a day too, but only when the tenant writes again; this step makes
 * a quiet tenant's last day verifiable the next morning.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class JangkarHarian {

    private final JdbcClient db;
    private final Clock clock;

    JangkarHarian(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Scheduled(cron = "0 5 0 * * *", zone = RantaiJejak.ID_ZONA_JANGKAR)
    @Transactional
    public void tutupHari() {
        Timestamp awalHariIni = Timestamp.from(LocalDate.now(clock.withZone(RantaiJejak.ZONA_JANGKAR))
                .atStartOfDay(RantaiJejak.ZONA_JANGKAR)
                .toInstant());
        record Kepala(long tenant, long urut, String hash, LocalDate hari) {}
        db.sql("SELECT tenant_id, urut, hash, pada FROM jejak_kepala WHERE pada IS NOT NULL AND pada < ?")
                .param(awalHariIni)
                .query((rs, n) -> new Kepala(
                        rs.getLong("tenant_id"),
                        rs.getLong("urut"),
                        rs.getString("hash"),
                        rs.getTimestamp("pada")
                                .toInstant()
                                .atZone(RantaiJejak.ZONA_JANGKAR)
                                .toLocalDate()))
                .list()
                .forEach(k -> PenambahJejak.jangkar(db, k.tenant(), k.hari(), k.urut(), k.hash(), clock.instant()));
    }
}
