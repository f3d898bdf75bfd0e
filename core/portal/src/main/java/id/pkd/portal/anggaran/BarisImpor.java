package id.pkd.portal.anggaran;

import id.pkd.portal.perencanaan.SumberDana;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A checked row of a budget spreadsheet: its nomenclature row and, for a sub kegiatan, the figures to write
 * ({@code realisasi} is the year's total when no quarter is given, else null).
 */
record BarisImpor(
        int nomor,
        Nomenklatur nomenklatur,
        BigDecimal pagu,
        Map<Integer, BigDecimal> triwulan,
        BigDecimal realisasi,
        SumberDana sumberDana) {}
