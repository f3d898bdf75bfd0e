package id.pkd.portal.plugin;

import id.pkd.plugin.api.Formulir;
import id.pkd.plugin.api.Urusan;

/** A form of an enabled plugin, as the current tenant sees it. */
public record FormulirUrusan(String pluginId, Urusan urusan, Formulir formulir) {}
