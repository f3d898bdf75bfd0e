package id.pkd.portal.anggaran;

import id.pkd.portal.perencanaan.ProgramKegiatan;
import id.pkd.portal.perencanaan.SumberDana;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A program, kegiatan or sub kegiatan as the budget editor shows it. Only a sub kegiatan carries rupiah:
 * {@code anggaran} (pagu), {@code realisasi} (the year's total the documents read) and, when entered per quarter,
 * {@code triwulan} (1–4; the total is their sum).
 */
public record BarisProgram(
        long id,
        Long indukId,
        ProgramKegiatan.Tingkat tingkat,
        String kode,
        String nama,
        SumberDana sumberDana,
        BigDecimal anggaran,
        BigDecimal realisasi,
        Map<Integer, BigDecimal> triwulan,
        List<IndikatorAnggaran> indikator) {

    public BarisProgram {
        triwulan = Map.copyOf(triwulan);
        indikator = List.copyOf(indikator);
    }

    public boolean subKegiatan() {
        return tingkat == ProgramKegiatan.Tingkat.SUB_KEGIATAN;
    }

    /** An output or outcome indicator of the row with its target (realisasi is recorded elsewhere). */
    public record IndikatorAnggaran(Long id, String nama, String satuan, BigDecimal target) {}
}
