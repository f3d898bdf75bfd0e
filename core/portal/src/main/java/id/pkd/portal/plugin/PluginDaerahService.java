package id.pkd.portal.plugin;

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

    private final PluginPortal plugins;
    private final PluginDaerahRepository pilihan;

    PluginDaerahService(PluginPortal plugins, PluginDaerahRepository pilihan) {
        this.plugins = plugins;
        this.pilihan = pilihan;
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
        pilihan.atur(tenant.value(), pluginId, aktif, oleh, Instant.now());
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
