package id.pkd.portal.plugin;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;

/** Whether a tenant has enabled an installed plugin. Keyed by (tenant, plugin). */
@Table("plugin_daerah")
record PluginDaerah(long tenantId, String pluginId, boolean aktif, String diubahOleh, Instant diubahPada) {}
