package id.pkd.portal.rpjmd;

import id.pkd.portal.capaian.Capaian;
import id.pkd.portal.capaian.Kategori;
import id.pkd.portal.perencanaan.PeriodeRpjmd;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The IKU Kepala Daerah measured for a year, by the capaian engine's formula and the tenant's rules: what the
 * region's LKJIP reports.
 *
 * @param periode the RPJMD period holding the year, empty when none does (then there are no rows)
 * @param rataRataTerbulat the mean of the unrounded capaian, rounded once at the end
 */
public record CapaianIkuDaerah(
        Optional<PeriodeRpjmd> periode,
        List<Baris> baris,
        Optional<BigDecimal> rataRataTerbulat,
        Optional<Kategori> kategori) {

    public CapaianIkuDaerah {
        baris = List.copyOf(baris);
    }

    /** One indicator: target and realisasi of the year, the capaian when both exist. */
    public record Baris(
            IkuDaerah iku,
            Optional<BigDecimal> target,
            Optional<BigDecimal> realisasi,
            Optional<Capaian> capaian,
            Optional<BigDecimal> capaianTerbulat,
            Optional<Kategori> kategori) {}
}
