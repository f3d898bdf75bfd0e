package id.pkd.portal.plugin;

import id.pkd.plugin.api.UrusanPlugin;

/** A plugin PF4J loaded and started, with the urusan it delivers. */
public record PluginTerpasang(String id, String nama, String versi, String berkas, UrusanPlugin urusan) {}
