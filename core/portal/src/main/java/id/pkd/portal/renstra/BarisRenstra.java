package id.pkd.portal.renstra;

import id.pkd.plugin.api.Polaritas;
import id.pkd.portal.capaian.VarianRendah;
import java.math.BigDecimal;
import java.util.Map;

/**
 * One stored row of an agency's Renstra tree: a tujuan, a sasaran or an indicator. {@code uraian} is the
 * tujuan's and sasaran's description and the indicator's name; the indicator fields are null on the levels
 * above, {@code urusan} is the sasaran's only; {@code target} maps a year of the period to its target.
 */
public record BarisRenstra(
        JenisBaris jenis,
        long id,
        Long indukId,
        String kode,
        String uraian,
        String urusan,
        String satuan,
        Polaritas polaritas,
        VarianRendah varianRendah,
        BigDecimal kondisiAwal,
        BigDecimal kondisiAkhir,
        String sumberData,
        String sumberRealisasi,
        Map<Integer, BigDecimal> target) {

    public BarisRenstra {
        target = target == null ? Map.of() : Map.copyOf(target);
    }

    /** What a dialog names the row by, e.g. {@code Sasaran S1.1 "Meningkatnya …"}. */
    public String label() {
        return jenis.label() + " " + kode + " \"" + uraian + "\"";
    }
}
