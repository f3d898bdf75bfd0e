package id.pkd.plugin.api;

import java.util.List;
import java.util.Objects;

/**
 * A part of the RKPD evaluation chapter of the plugin's urusan, drawn by the portal from one of the
 * plugin's yearly forms (no template: the portal prints it as a numbered table with its source, or as
 * running text, in the DOCX and XLSX drafts too). Made by the factory methods, one per kind:
 *
 * <ul>
 *   <li>{@link #riwayatIndikator}: the indicator history (as Tabel 2.44 of an RKPD), one table row per
 *       indicator and one column per year, every year from the first with data to the last, up to the
 *       report's year; a year without a value prints {@code -}.
 *   <li>{@link #spm}: the SPM achievements per basic service and indicator over the same span (as
 *       Tabel 2.45), values in percent.
 *   <li>{@link #narasiPerJenis}: for a form by reference list, one lettered paragraph per item with a
 *       value in the year the history tables reach (or the report's year when the urusan has none),
 *       built from {@link #pola()}, after a sentence with the totals.
 * </ul>
 *
 * @param kode stable identifier within the plugin
 * @param jenis the kind of part
 * @param judul the table's title without number or years ("Capaian Indikator Sosial"), or the
 *     narrative's heading
 * @param formulir the yearly form whose rows fill it
 * @param isian the fields it reads, in the order the factory method names them
 * @param pola for {@link Jenis#NARASI_PER_JENIS}: the sentence per item, with {@code {nama}} for the
 *     item's name, {@code {kode}} of either field for its value of the item and {@code {persen}} for the
 *     second field as a percentage of the first (two decimals, half up); {@code null} for the tables
 * @since 1.2
 */
public record BagianRkpd(String kode, Jenis jenis, String judul, String formulir, List<String> isian, String pola) {

    public enum Jenis {
        /** Indicator history: number, indicator, value and unit per row of a yearly form. */
        RIWAYAT_INDIKATOR,
        /** SPM achievements: number, basic service, indicator and percentage per row of a yearly form. */
        SPM,
        /** Running text per item of a yearly form by reference list: a total and a handled count. */
        NARASI_PER_JENIS
    }

    public BagianRkpd {
        Teks.wajib(kode, "Kode bagian RKPD");
        Objects.requireNonNull(jenis, "Jenis bagian RKPD " + kode);
        Teks.wajib(judul, "Judul bagian RKPD " + kode);
        Teks.wajib(formulir, "Formulir bagian RKPD " + kode);
        isian = List.copyOf(isian);
        int perlu =
                switch (jenis) {
                    case RIWAYAT_INDIKATOR, SPM -> 4;
                    case NARASI_PER_JENIS -> 2;
                };
        if (isian.size() != perlu) {
            throw new IllegalArgumentException("Bagian RKPD " + kode + " memerlukan " + perlu + " isian");
        }
        isian.forEach(i -> Teks.wajib(i, "Isian bagian RKPD " + kode));
        if (jenis == Jenis.NARASI_PER_JENIS) {
            Teks.wajib(pola, "Pola kalimat bagian RKPD " + kode);
        }
    }

    /**
     * The indicator history table of a yearly form with rows typed one by one.
     *
     * @param nomor text field printed in the "No." column (may be empty in a row)
     * @param indikator text field naming the indicator; rows with the same number and indicator in
     *     different years form one table row, in the order they first appear
     * @param nilai numeric field, the value of the year
     * @param satuan text field with the unit, printed after the value ({@code %} without a space)
     */
    public static BagianRkpd riwayatIndikator(
            String kode, String judul, String formulir, String nomor, String indikator, String nilai, String satuan) {
        return new BagianRkpd(
                kode, Jenis.RIWAYAT_INDIKATOR, judul, formulir, List.of(nomor, indikator, nilai, satuan), null);
    }

    /**
     * The SPM table of a yearly form with rows typed one by one: number, basic service, indicator and
     * the percentage achieved in the year (empty prints {@code -}).
     */
    public static BagianRkpd spm(
            String kode, String judul, String formulir, String nomor, String layanan, String indikator, String nilai) {
        return new BagianRkpd(kode, Jenis.SPM, judul, formulir, List.of(nomor, layanan, indikator, nilai), null);
    }

    /**
     * Running text per item of a yearly form by reference list.
     *
     * @param jumlah numeric field with the item's total
     * @param tertangani numeric field with the part of it handled
     * @param pola the sentence per item, e.g. {@code "{nama} berjumlah {populasi}, yang tertangani
     *     {tertangani} atau {persen}%."}
     */
    public static BagianRkpd narasiPerJenis(
            String kode, String judul, String formulir, String jumlah, String tertangani, String pola) {
        return new BagianRkpd(kode, Jenis.NARASI_PER_JENIS, judul, formulir, List.of(jumlah, tertangani), pola);
    }
}
