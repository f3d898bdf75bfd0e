package id.pkd.plugin.api;

import java.util.List;
import java.util.Objects;

/**
 * A section the plugin contributes to a formal document: a JasperReports 7 subreport template in the
 * plugin jar, filled from one of the plugin's forms. The computed indicators are parameters named by
 * their kode with dashes replaced by underscores ({@code ppks_tertangani}); {@code JUDUL} holds the
 * section's heading. Values arrive as text formatted the Indonesian way.
 *
 * <p>Two kinds, by {@link #jenis()}:
 *
 * <ul>
 *   <li>{@link Jenis#TAHUN_LAPORAN} (the constructor): the rows of the form for the report's year.
 *       Each row is a map of the form's field codes to values ({@code nama} holds the reference
 *       item's name for forms by reference list); since 1.3 a {@code rujukan} field also brings
 *       the fields of the row it refers to, as {@code <field>_<field of that row>} (a village code
 *       {@code kode_desa} brings {@code kode_desa_nama} and {@code kode_desa_kecamatan}); {@code
 *       grafikIsian} are numeric fields shown as a bar chart with one bar group per row.
 *   <li>{@link Jenis#RIWAYAT} ({@link #riwayat}): for a yearly form by reference list, one row per
 *       year that has data, up to and including the report's year, oldest first. A row holds
 *       {@code tahun}, one key per reference item (its code in lower case with {@code -} as
 *       {@code _}, e.g. {@code SANGAT_TERTINGGAL} → {@code sangat_tertinggal}) with that item's
 *       value of the one field in {@code grafikIsian}, and {@code jumlah}, the sum over the items.
 *       The chart has the years as categories and one series per reference item, named by the
 *       item's name, in the list's order.
 * </ul>
 *
 * @param kode stable identifier within the plugin
 * @param judul the section's heading
 * @param tempat where in which document it goes
 * @param templat the {@code .jrxml} resource path inside the plugin jar
 * @param formulir the form whose rows fill it
 * @param grafikIsian numeric fields shown as a bar chart per row, or empty for no chart; for
 *     {@link Jenis#RIWAYAT} exactly the one field whose values fill the table and the chart
 * @param jenis the kind of section (since 1.1: sections made by the constructor of 1.0 keep
 *     {@link Jenis#TAHUN_LAPORAN})
 * @param saringan (since 1.3) only the rows whose field holds a value, or {@code null} for every row; see
 *     {@link #hanya}
 */
public record BagianLaporan(
        String kode,
        String judul,
        Tempat tempat,
        String templat,
        String formulir,
        List<String> grafikIsian,
        Jenis jenis,
        Saringan saringan) {

    public enum Tempat {
        /** LKIP BAB III, after the capaian tables of the sasaran. */
        LKIP_CAPAIAN,
        /** The RKPD evaluation chapter of the urusan. */
        RKPD_EVALUASI
    }

    public enum Jenis {
        /** The form's rows for the report's year. */
        TAHUN_LAPORAN,
        /** One row per year up to the report's year, one column per reference item. */
        RIWAYAT
    }

    public BagianLaporan {
        Teks.wajib(kode, "Kode bagian laporan");
        Teks.wajib(judul, "Judul bagian laporan " + kode);
        Objects.requireNonNull(tempat, "Tempat bagian laporan " + kode);
        Teks.wajib(templat, "Templat bagian laporan " + kode);
        Teks.wajib(formulir, "Formulir bagian laporan " + kode);
        grafikIsian = grafikIsian == null ? List.of() : List.copyOf(grafikIsian);
        jenis = jenis == null ? Jenis.TAHUN_LAPORAN : jenis;
        if (jenis == Jenis.RIWAYAT && grafikIsian.size() != 1) {
            throw new IllegalArgumentException("Bagian laporan riwayat " + kode + " memerlukan tepat satu isian");
        }
        if (jenis == Jenis.RIWAYAT && saringan != null) {
            throw new IllegalArgumentException("Bagian laporan riwayat " + kode + " tidak dapat disaring");
        }
    }

    /**
     * (1.3) A filter on the rows of a section of the report year's rows: only rows whose field {@code isian} holds
     * {@code nilai} as stored (for a choice or band field its reference item's code, e.g. {@code MAJU}).
     */
    public record Saringan(String isian, String nilai) {
        public Saringan {
            Teks.wajib(isian, "Isian saringan");
            Teks.wajib(nilai, "Nilai saringan");
        }
    }

    /** A section of the given kind (the 1.1 signature): every row. */
    public BagianLaporan(
            String kode,
            String judul,
            Tempat tempat,
            String templat,
            String formulir,
            List<String> grafikIsian,
            Jenis jenis) {
        this(kode, judul, tempat, templat, formulir, grafikIsian, jenis, null);
    }

    /**
     * (1.3) This section with only the rows whose field {@code isian} holds {@code nilai}: one form printed as
     * several tables, e.g. the villages of each IDM status. A filtered section without rows for the report's year
     * is left out of the document.
     */
    public BagianLaporan hanya(String isian, String nilai) {
        return new BagianLaporan(
                kode, judul, tempat, templat, formulir, grafikIsian, jenis, new Saringan(isian, nilai));
    }

    /** A section of the form's rows for the report's year (the 1.0 signature). */
    public BagianLaporan(
            String kode, String judul, Tempat tempat, String templat, String formulir, List<String> grafikIsian) {
        this(kode, judul, tempat, templat, formulir, grafikIsian, Jenis.TAHUN_LAPORAN);
    }

    /**
     * A history section: field {@code isian} of a yearly form by reference list, one row per year up
     * to the report's year and one column and chart series per reference item (see the class
     * description).
     */
    public static BagianLaporan riwayat(
            String kode, String judul, Tempat tempat, String templat, String formulir, String isian) {
        Teks.wajib(isian, "Isian bagian laporan " + kode);
        return new BagianLaporan(kode, judul, tempat, templat, formulir, List.of(isian), Jenis.RIWAYAT);
    }

    /** The field of a {@link Jenis#RIWAYAT} section. */
    public String isianRiwayat() {
        return jenis == Jenis.RIWAYAT ? grafikIsian.get(0) : null;
    }
}
