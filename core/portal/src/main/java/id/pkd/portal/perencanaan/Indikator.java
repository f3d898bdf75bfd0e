package id.pkd.portal.perencanaan;

import id.pkd.plugin.api.Polaritas;
import id.pkd.portal.capaian.VarianRendah;
import java.math.BigDecimal;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A performance indicator of an agency in an RPJMD period: a Renstra indicator (IKU) when it
 * belongs to a sasaran, otherwise an indicator of a Perjanjian Kinerja below the head of agency.
 * {@code rentangBebas} lets a percentage realisasi leave 0–100 (see {@link AturanNilaiRealisasi}).
 */
@Table("indikator")
public record Indikator(
        @Id Long id,
        long tenantId,
        long perangkatDaerahId,
        long periodeId,
        Long sasaranId,
        String kode,
        String nama,
        String satuan,
        Polaritas polaritas,
        VarianRendah varianRendah,
        BigDecimal kondisiAwal,
        BigDecimal kondisiAkhir,
        String sumberData,
        String sumberRealisasi,
        boolean rentangBebas) {

    Indikator withId(Long id) {
        return new Indikator(
                id,
                tenantId,
                perangkatDaerahId,
                periodeId,
                sasaranId,
                kode,
                nama,
                satuan,
                polaritas,
                varianRendah,
                kondisiAwal,
                kondisiAkhir,
                sumberData,
                sumberRealisasi,
                rentangBebas);
    }

    /** Whether the realisasi is computed from an urusan plugin's data ({@code plugin-id/indikator-kode}). */
    public boolean realisasiTerhitung() {
        return sumberRealisasi != null;
    }

    public boolean iku() {
        return sasaranId != null;
    }
}
