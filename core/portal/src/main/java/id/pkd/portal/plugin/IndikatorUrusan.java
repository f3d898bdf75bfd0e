package id.pkd.portal.plugin;

import id.pkd.plugin.api.DefinisiIndikator;
import id.pkd.plugin.api.Urusan;

/** An indicator with the urusan and plugin that define it. */
public record IndikatorUrusan(String pluginId, Urusan urusan, DefinisiIndikator indikator) {}
