package id.pkd.plugin.api;

import java.util.List;
import java.util.Objects;

/**
 * A section the plugin contributes to a formal document: a JasperReports 7 subreport template in the
 * plugin jar, filled with the rows of one of the plugin's forms for the report's year. Each row is a
 * map of the form's field codes to values ({@code nama} holds the reference item's name for forms
 * by reference list); the computed indicators are parameters named by their kode with dashes
 * replaced by underscores ({@code ppks_tertangani}).
 *
 * @param kode stable identifier within the plugin
 * @param judul the section's heading
 * @param tempat where in which document it goes
 * @param templat the {@code .jrxml} resource path inside the plugin jar
 * @param formulir the form whose rows fill it
 * @param grafikIsian numeric fields shown as a bar chart per row, or empty for no chart
 */
public record BagianLaporan(
        String kode, String judul, Tempat tempat, String templat, String formulir, List<String> grafikIsian) {

    public enum Tempat {
        /** LKIP BAB III, after the capaian tables of the sasaran. */
        LKIP_CAPAIAN,
        /** The RKPD evaluation chapter of the urusan. */
        RKPD_EVALUASI
    }

    public BagianLaporan {
        Teks.wajib(kode, "Kode bagian laporan");
        Teks.wajib(judul, "Judul bagian laporan " + kode);
        Objects.requireNonNull(tempat, "Tempat bagian laporan " + kode);
        Teks.wajib(templat, "Templat bagian laporan " + kode);
        Teks.wajib(formulir, "Formulir bagian laporan " + kode);
        grafikIsian = grafikIsian == null ? List.of() : List.copyOf(grafikIsian);
    }
}
