package id.pkd.portal.plugin;

/** An installed plugin as one tenant sees it. */
public record StatusPluginDaerah(PluginTerpasang plugin, boolean aktif) {}
