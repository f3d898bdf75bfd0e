package id.pkd.portal.perencanaan;

import java.math.BigDecimal;

/**
 * A realisasi as entered: either a value, or pembilang and penyebut (skala 100 unless given),
 * with the narrative. Triwulan 0 is the whole year.
 */
public record IsianRealisasi(
        long indikatorId,
        int tahun,
        int triwulan,
        BigDecimal nilai,
        BigDecimal pembilang,
        BigDecimal penyebut,
        BigDecimal skala,
        String upaya,
        String hambatan,
        String rencanaTindakLanjut) {}
