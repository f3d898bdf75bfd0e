package id.pkd.portal.plugin;

import java.math.BigDecimal;

/** A computed indicator's parts for one year, straight from the stored rows; never rounded. */
public record HasilIndikatorTerhitung(
        String sumber, String nama, String satuan, BigDecimal pembilang, BigDecimal penyebut, BigDecimal skala) {}
