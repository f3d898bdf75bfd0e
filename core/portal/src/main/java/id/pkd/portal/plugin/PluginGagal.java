package id.pkd.portal.plugin;

/** A plugin archive the portal could not load, with the reason in Indonesian. */
public record PluginGagal(String berkas, String id, String alasan) {}
