package id.pkd.portal.rpjmd;

import id.pkd.plugin.api.Polaritas;
import id.pkd.portal.capaian.VarianRendah;
import java.math.BigDecimal;
import java.util.Map;

/**
 * An IKU Kepala Daerah as typed on the RPJMD screen; no id for a new one. {@code target}: the year's value, or
 * null (or absent) for a year without a target.
 */
public record IsianIkuDaerah(
        Long id,
        long periodeId,
        String kode,
        String nama,
        String satuan,
        Polaritas polaritas,
        VarianRendah varianRendah,
        BigDecimal kondisiAwal,
        BigDecimal kondisiAkhir,
        Map<Integer, BigDecimal> target) {}
