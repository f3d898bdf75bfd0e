package id.pkd.plugin.api;

/** The kind of value a form field holds; decides its input, its parsing and its validation. */
public enum JenisIsian {
    /** A decimal number, typed the Indonesian way ({@code 1.234,5}). */
    ANGKA,
    /** A whole number, e.g. a count of people. */
    BILANGAN_BULAT,
    /** Free text. */
    TEKS,
    /** A calendar date; pair two with {@link AturanSilang#tidakSebelum} for a date range. */
    TANGGAL,
    /** An amount in Rupiah, or "tidak diketahui" when the amount is unknown. */
    RUPIAH_ATAU_TIDAK_DIKETAHUI,
    /** One item of a reference list ({@link Isian#referensi()} names the list). */
    PILIHAN,
    /** Yes or no; stored as {@code ya} / {@code tidak}. */
    YA_TIDAK,
    /** The key of a row of another form of the same plugin ({@link Isian#referensi()} names the form). */
    RUJUKAN,
    /** Computed from the row's other fields by {@link Isian#rumus()}; never typed. */
    TURUNAN,
    /**
     * The band of a reference list ({@link Isian#referensi()}) whose lower limit the value of field
     * {@link Isian#rumus()} exceeds; typed like {@link #PILIHAN} when that value is missing.
     */
    KELAS
}
