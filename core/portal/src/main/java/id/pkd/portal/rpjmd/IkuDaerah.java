package id.pkd.portal.rpjmd;

import id.pkd.plugin.api.Polaritas;
import id.pkd.portal.capaian.VarianRendah;
import java.math.BigDecimal;
import java.util.Map;
import java.util.SortedMap;

/**
 * One of the region's own indicators (IKU Kepala Daerah) of an RPJMD period, with its target per year
 * of the period (years without a target are absent).
 */
public record IkuDaerah(
        long id,
        long periodeId,
        int urutan,
        String kode,
        String nama,
        String satuan,
        Polaritas polaritas,
        VarianRendah varianRendah,
        BigDecimal kondisiAwal,
        BigDecimal kondisiAkhir,
        SortedMap<Integer, BigDecimal> target) {

    public IkuDaerah {
        target = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(target));
    }

    public BigDecimal target(int tahun) {
        return target.get(tahun);
    }

    /** The targets as the import file keys them: the year as text. */
    public Map<String, BigDecimal> targetPerTeks() {
        Map<String, BigDecimal> hasil = new java.util.LinkedHashMap<>();
        target.forEach((th, nilai) -> hasil.put(Integer.toString(th), nilai));
        return hasil;
    }
}
