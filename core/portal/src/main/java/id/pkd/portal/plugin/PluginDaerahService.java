package id.pkd.portal.plugin;

import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.tenant.TenantId;
import id.pkd.portal.umum.DataTidakDitemukanException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which urusan plugins the current tenant has enabled. Read on every request, so a change is
 * effective at once, without restart.
 */
@Service
public class PluginDaerahService {

    /** Audit trail record type of plugin switches; the record id is the tenant's, the field the plugin id. */
    public static final String JENIS_JEJAK = "plugin";

    private final PluginPortal plugins;
    private final PluginDaerahRepository pilihan;
    private final JejakAuditService jejak;
    private final DataUrusanService dataUrusan;

    PluginDaerahService(
            PluginPortal plugins,
            PluginDaerahRepository pilihan,
            JejakAuditService jejak,
            DataUrusanService dataUrusan) {
        this.dataUrusan = dataUrusan;
        this.plugins = plugins;
        this.pilihan = pilihan;
        this.jejak = jejak;
    }

    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional(readOnly = true)
    public List<StatusPluginDaerah> daftar() {
        Set<String> aktif = pilihan.aktif(TenantContext.wajib().value());
        return plugins.terpasang().stream()
                .map(p -> new StatusPluginDaerah(p, aktif.contains(p.id())))
                .toList();
    }

    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public void atur(String pluginId, boolean aktif) {
        TenantId tenant = TenantContext.wajib();
        if (plugins.cari(pluginId).isEmpty()) {
            throw new DataTidakDitemukanException("Plugin " + pluginId);
        }
        String oleh = SecurityContextHolder.getContext().getAuthentication().getName();
        boolean semula = pilihan.aktif(tenant.value()).contains(pluginId);
        pilihan.atur(tenant.value(), pluginId, aktif, oleh, Instant.now());
        dataUrusan.lupakan();
        // Switching an urusan on or off changes what the tenant measures and reports: keyed by tenant.
        jejak.catat(JENIS_JEJAK, tenant.value(), pluginId, status(semula), status(aktif));
    }

    private static String status(boolean aktif) {
        return aktif ? "aktif" : "nonaktif";
    }

    /** Indicators of the plugins the current tenant enabled, by urusan code. */
    @Transactional(readOnly = true)
    public List<IndikatorUrusan> indikatorAktif() {
        Set<String> aktif = pilihan.aktif(TenantContext.wajib().value());
        return plugins.terpasang().stream()
                .filter(p -> aktif.contains(p.id()))
                .flatMap(p -> p.urusan().indikator().stream()
                        .map(i -> new IndikatorUrusan(p.id(), p.urusan().urusan(), i)))
                .toList();
    }
}
