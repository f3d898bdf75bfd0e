package id.pkd.portal.plugin;

import java.math.BigDecimal;

/**
 * A computed indicator's parts for one year, straight from the stored rows; never rounded.
 *
 * @param tidakDapatDihitung why the plugin could not compute the figure (it failed at run time),
 *     {@code null} when it did; then pembilang and penyebut are {@code null} and the screens say why
 */
public record HasilIndikatorTerhitung(
        String sumber,
        String nama,
        String satuan,
        BigDecimal pembilang,
        BigDecimal penyebut,
        BigDecimal skala,
        String tidakDapatDihitung) {

    public HasilIndikatorTerhitung(
            String sumber, String nama, String satuan, BigDecimal pembilang, BigDecimal penyebut, BigDecimal skala) {
        this(sumber, nama, satuan, pembilang, penyebut, skala, null);
    }

    /** The plugin failed while computing: no figure, and the reason to show in its place. */
    static HasilIndikatorTerhitung gagal(String sumber, String nama, String satuan, String alasan) {
        return new HasilIndikatorTerhitung(sumber, nama, satuan, null, null, null, alasan);
    }

    public boolean terhitung() {
        return tidakDapatDihitung == null;
    }
}
