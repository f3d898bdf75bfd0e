package id.pkd.portal.plugin;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.sf.jasperreports.engine.JasperReport;

/**
 * A section an urusan plugin contributes to a formal document, filled with the current tenant's
 * data: a compiled subreport template (compiled once per plugin, cached), its rows and parameters,
 * and the charts it shows. The documents feature places it; the plugin feature fills it.
 */
public record BagianLaporanUrusan(
        String pluginId,
        String kodeUrusan,
        String judul,
        JasperReport templat,
        List<Map<String, ?>> baris,
        Map<String, Object> parameter,
        List<DataGrafik> grafik) {

    public BagianLaporanUrusan {
        Objects.requireNonNull(pluginId, "pluginId");
        Objects.requireNonNull(kodeUrusan, "kodeUrusan");
        Objects.requireNonNull(judul, "judul");
        Objects.requireNonNull(templat, "templat");
        baris = List.copyOf(baris);
        parameter = Map.copyOf(parameter);
        grafik = List.copyOf(grafik);
    }

    /** Where in which document a section goes. */
    public enum Tempat {
        /** LKIP BAB III, after the per-sasaran capaian tables. */
        LKIP_CAPAIAN,
        /** RKPD evaluation chapter of the urusan. */
        RKPD_EVALUASI
    }

    /**
     * Chart data, rendered by one renderer for both the screen and the PDF.
     *
     * @param seri series name to one value per category, in category order; the series keep the
     *     order they are given in
     */
    public record DataGrafik(
            String judul,
            String sumbuKategori,
            String sumbuNilai,
            List<String> kategori,
            Map<String, List<Number>> seri) {
        public DataGrafik {
            Objects.requireNonNull(judul, "judul");
            kategori = List.copyOf(kategori);
            seri = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(seri));
        }
    }
}
