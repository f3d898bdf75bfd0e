package id.pkd.portal.perjanjiankinerja;

import static id.pkd.portal.umum.BatasKolom.BULAT_ANGKA;
import static id.pkd.portal.umum.BatasKolom.DESIMAL_ANGKA;
import static id.pkd.portal.umum.BatasKolom.TEKS;

import id.pkd.portal.umum.AngkaMuat;
import id.pkd.portal.umum.PanjangMaks;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the PK editor sends for one sasaran of an official's agreement: {@code id} null adds it. {@code atasanId} is
 * the sasaran it cascades to: a sasaran of the superior's PK of the same year, or for the head of agency a Renstra
 * sasaran. A message is keyed by the field name, an indicator's by {@code indikator[i].<field>}.
 */
public record IsianSasaranPk(
        Long id,
        @PanjangMaks(30) String kode,
        @PanjangMaks(TEKS) String uraian,
        Long atasanId,
        List<@Valid IsianIndikatorPk> indikator) {

    public IsianSasaranPk {
        indikator = indikator == null ? List.of() : List.copyOf(indikator);
    }

    /**
     * One indicator with its target: {@code indikatorId} names a Renstra indicator (its name and unit stay the
     * Renstra's) or a PK indicator of the agency; null defines a new PK indicator from {@code nama} and
     * {@code satuan}. The unit travels with the figure, so a target is never read without it.
     */
    public record IsianIndikatorPk(
            Long indikatorId,
            @PanjangMaks(600) String nama,
            @PanjangMaks(40) String satuan,
            @AngkaMuat(bulat = BULAT_ANGKA, desimal = DESIMAL_ANGKA) BigDecimal target) {}
}
