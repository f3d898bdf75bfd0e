package id.pkd.portal.plugin;

import id.pkd.portal.tenant.TenantContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one rule for which agencies of the current tenant a plugin's data belongs to: the agencies holding the plugin's
 * urusan in a year. An agency holds an urusan when it is recorded with it (Perangkat Daerah screen) or when a sasaran
 * of its Renstra for a period covering the year carries the urusan's code (the demo's Dinas Sosial records its three
 * urusan only on its sasaran). The plugin's report sections print in these agencies' documents only, and the plugin's
 * form-years lock with these agencies' years.
 *
 * <p>When no agency of the tenant holds the urusan in the year, the plugin's data belongs to every agency, as before
 * issue 13: a tenant that enabled a plugin without recording the urusan anywhere keeps the sections in its LKIP (and
 * the lock over every agency) instead of losing them silently; recording the urusan at its agency narrows both.
 */
@Component
public class PemegangUrusan {

    private final JdbcClient jdbc;
    private final PluginPortal plugins;

    PemegangUrusan(JdbcClient jdbc, PluginPortal plugins) {
        this.jdbc = jdbc;
        this.plugins = plugins;
    }

    /**
     * The holders of every urusan of the current tenant in a year, read once; a document or a write path asks it once
     * and then decides per plugin and agency.
     */
    public Lingkup lingkup(int tahun) {
        long tenant = TenantContext.wajib().value();
        Map<String, Set<Long>> perUrusan = new HashMap<>();
        jdbc.sql(
                        """
                        SELECT urusan, perangkat_daerah_id FROM urusan_perangkat_daerah WHERE tenant_id = ?
                        UNION
                        SELECT s.urusan, j.perangkat_daerah_id FROM sasaran s
                        JOIN tujuan j ON j.tenant_id = s.tenant_id AND j.id = s.tujuan_id
                        JOIN periode_rpjmd p ON p.tenant_id = j.tenant_id AND p.id = j.periode_id
                        WHERE s.tenant_id = ? AND s.urusan IS NOT NULL AND ? BETWEEN p.tahun_awal AND p.tahun_akhir""")
                .params(tenant, tenant, tahun)
                .query(rs -> {
                    perUrusan
                            .computeIfAbsent(rs.getString(1), k -> new TreeSet<>())
                            .add(rs.getLong(2));
                });
        List<Long> semua = jdbc.sql("SELECT id FROM perangkat_daerah WHERE tenant_id = ? ORDER BY id")
                .param(tenant)
                .query(Long.class)
                .list();
        return new Lingkup(plugins, perUrusan, semua);
    }

    /** The holders of every urusan in one year of one tenant. */
    public static final class Lingkup {

        private final PluginPortal plugins;
        private final Map<String, Set<Long>> perUrusan;
        private final List<Long> semua;

        Lingkup(PluginPortal plugins, Map<String, Set<Long>> perUrusan, List<Long> semua) {
            this.plugins = plugins;
            this.perUrusan = perUrusan;
            this.semua = semua;
        }

        /**
         * The agencies the plugin's data belongs to, in ascending id (the order every writer takes agency locks in):
         * the holders of its urusan, or every agency when none holds it. None for a plugin not installed.
         */
        public List<Long> pemegangPlugin(String pluginId) {
            return plugins.cari(pluginId)
                    .map(p -> pemegang(p.urusan().urusan().kode()))
                    .orElse(List.of());
        }

        /** The agencies holding the urusan of this code, in ascending id; every agency when none holds it. */
        public List<Long> pemegang(String kodeUrusan) {
            Set<Long> p = perUrusan.get(kodeUrusan);
            return p == null || p.isEmpty() ? semua : List.copyOf(p);
        }

        /** Whether the agency's documents carry the data of the urusan of this code. */
        public boolean dipegang(String kodeUrusan, long perangkatDaerahId) {
            Set<Long> p = perUrusan.get(kodeUrusan);
            return p == null || p.isEmpty() ? semua.contains(perangkatDaerahId) : p.contains(perangkatDaerahId);
        }

        /** Whether the urusan falls back to every agency because no agency holds it. */
        public boolean tanpaPemegang(String kodeUrusan) {
            Set<Long> p = perUrusan.get(kodeUrusan);
            return p == null || p.isEmpty();
        }
    }
}
