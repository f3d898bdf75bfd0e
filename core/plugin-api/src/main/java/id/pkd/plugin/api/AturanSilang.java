package id.pkd.plugin.api;

import java.util.Objects;

/**
 * A rule between two fields of one row, e.g. handled ≤ population, or end date ≥ start date. The
 * portal reports a broken rule at field {@code isian}; a rule with an empty side is not checked.
 */
public record AturanSilang(String isian, Operator operator, String isianLain, String pesan) {

    public enum Operator {
        /** {@code isian ≤ isianLain} (numbers or dates). */
        TIDAK_LEBIH_DARI,
        /** {@code isian ≥ isianLain} (numbers or dates). */
        TIDAK_KURANG_DARI
    }

    public AturanSilang {
        Teks.wajib(isian, "Isian aturan");
        Objects.requireNonNull(operator, "Operator aturan");
        Teks.wajib(isianLain, "Isian pembanding aturan");
        Teks.wajib(pesan, "Pesan aturan");
    }

    public static AturanSilang tidakLebihDari(String isian, String isianLain, String pesan) {
        return new AturanSilang(isian, Operator.TIDAK_LEBIH_DARI, isianLain, pesan);
    }

    /** For date ranges: {@code isian} (the end) is not before {@code isianLain} (the start). */
    public static AturanSilang tidakSebelum(String isian, String isianLain, String pesan) {
        return new AturanSilang(isian, Operator.TIDAK_KURANG_DARI, isianLain, pesan);
    }
}
