package id.pkd.portal.plugin;

import java.util.List;
import java.util.Map;

/**
 * A form as opened: its rows, and per choice field (by field code) the keys and labels in order,
 * one list per field shared by all rows.
 */
public record IsiFormulirUrusan(
        FormulirUrusan formulir, List<BarisUrusan> baris, Map<String, Map<String, String>> pilihan) {}
