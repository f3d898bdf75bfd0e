package id.pkd.portal.anggaran;

import id.pkd.portal.perencanaan.SumberDana;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the editor sends for a sub kegiatan: pagu, funding source, realisasi per quarter (1–4, a missing quarter is
 * not yet recorded) and the indicators (an id keeps an existing one, null adds one, a missing one goes).
 */
public record IsianSubKegiatan(
        long id,
        BigDecimal anggaran,
        SumberDana sumberDana,
        Map<Integer, BigDecimal> triwulan,
        List<BarisProgram.IndikatorAnggaran> indikator) {

    public IsianSubKegiatan {
        triwulan = triwulan == null ? Map.of() : new java.util.HashMap<>(triwulan);
        indikator = indikator == null ? List.of() : List.copyOf(indikator);
    }

    public static IsianSubKegiatan dari(BarisProgram b) {
        return new IsianSubKegiatan(b.id(), b.anggaran(), b.sumberDana(), b.triwulan(), b.indikator());
    }
}
