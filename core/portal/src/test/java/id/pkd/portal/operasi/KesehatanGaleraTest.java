package id.pkd.portal.operasi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

/**
 * The Galera verdict on the wsrep variables as a node reports them in each state (the values MariaDB 11 / Galera 4
 * answer to SHOW GLOBAL STATUS). The check against a real server is in KesehatanTest (plain MariaDB: UP) and the
 * cluster test (a synced Galera node: UP).
 */
class KesehatanGaleraTest {

    private static Map<String, String> galera(String siap, String keadaan, String komentar, String klaster) {
        Map<String, String> m = new HashMap<>();
        m.put("wsrep_on", "ON");
        m.put("wsrep_ready", siap);
        m.put("wsrep_local_state", keadaan);
        m.put("wsrep_local_state_comment", komentar);
        m.put("wsrep_cluster_status", klaster);
        m.put("wsrep_cluster_size", "3");
        return m;
    }

    @Test
    void simpulTersinkronDiKomponenPrimerSiap() {
        var h = KesehatanGalera.nilai(galera("ON", "4", "Synced", "Primary"));
        assertThat(h.getStatus()).isEqualTo(Status.UP);
        assertThat(h.getDetails()).containsEntry("galera", true).containsEntry("wsrep_local_state_comment", "Synced");
    }

    @Test
    void simpulYangBelumAtauTidakTersinkronTidakMelayani() {
        // A donor of a state transfer (2), a joiner still receiving it (1), a joined node catching up (3).
        assertThat(KesehatanGalera.nilai(galera("ON", "2", "Donor/Desynced", "Primary"))
                        .getStatus())
                .isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(KesehatanGalera.nilai(galera("OFF", "1", "Joining", "Primary"))
                        .getStatus())
                .isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(KesehatanGalera.nilai(galera("ON", "3", "Joined", "Primary")).getStatus())
                .isEqualTo(Status.OUT_OF_SERVICE);
        // Cut off from the majority: its own state may still read Synced, but it is not the primary component.
        assertThat(KesehatanGalera.nilai(galera("OFF", "4", "Synced", "non-Primary"))
                        .getStatus())
                .isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(KesehatanGalera.nilai(galera("ON", "4", "Synced", "non-Primary"))
                        .getStatus())
                .isEqualTo(Status.OUT_OF_SERVICE);
    }

    @Test
    void mariaDbTanpaGaleraSiap() {
        // No wsrep variable at all (a build without wsrep).
        assertThat(KesehatanGalera.nilai(Map.of()).getStatus()).isEqualTo(Status.UP);
        // Built with wsrep but not clustered: wsrep_ready OFF and "Disconnected", yet nothing to wait for.
        Map<String, String> tanpaKlaster = galera("OFF", "0", "Initialized", "Disconnected");
        tanpaKlaster.put("wsrep_on", "OFF");
        var h = KesehatanGalera.nilai(tanpaKlaster);
        assertThat(h.getStatus()).isEqualTo(Status.UP);
        assertThat(h.getDetails()).containsEntry("galera", false);
    }
}
