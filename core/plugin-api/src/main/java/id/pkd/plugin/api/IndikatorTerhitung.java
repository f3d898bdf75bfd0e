package id.pkd.plugin.api;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An indicator the portal computes from the plugin's stored data: {@code pembilang / penyebut ×
 * skala} for a year. Any of the tenant's Renstra or PK indicators may take it as its realisasi source.
 *
 * <p>Expressions: numbers, {@code + - * /}, parentheses and the aggregates {@code
 * jumlah(formulir.isian)} (sum of a numeric field over the year's rows) and {@code hitung(formulir)}
 * (number of rows), each optionally filtered: {@code jumlah(ppks.tertangani, ditangani = 'ya')},
 * {@code hitung(idm, status in ('maju', 'mandiri'))}. Every expression is checked when the plugin
 * loads; an invalid one refuses the plugin with the reason.
 *
 * @param kode the {@link DefinisiIndikator#kode()} this computes
 * @param pembilang numerator expression
 * @param penyebut denominator expression, or {@code "1"} for a plain value
 * @param skala multiplier, e.g. 100 for a percentage, 100000 for a ratio per 100.000
 * @param penghitung instead of expressions, a class of the plugin computing the figure itself, or
 *     {@code null}
 */
public record IndikatorTerhitung(
        String kode,
        String pembilang,
        String penyebut,
        BigDecimal skala,
        Class<? extends PenghitungIndikator> penghitung) {

    public IndikatorTerhitung {
        Teks.wajib(kode, "Kode indikator terhitung");
        if (penghitung == null) {
            Teks.wajib(pembilang, "Pembilang indikator " + kode);
            Teks.wajib(penyebut, "Penyebut indikator " + kode);
            Objects.requireNonNull(skala, "Skala indikator " + kode);
        }
    }

    public static IndikatorTerhitung rasio(String kode, String pembilang, String penyebut, long skala) {
        return new IndikatorTerhitung(kode, pembilang, penyebut, BigDecimal.valueOf(skala), null);
    }

    public static IndikatorTerhitung dihitungOleh(String kode, Class<? extends PenghitungIndikator> penghitung) {
        return new IndikatorTerhitung(kode, null, null, null, penghitung);
    }
}
