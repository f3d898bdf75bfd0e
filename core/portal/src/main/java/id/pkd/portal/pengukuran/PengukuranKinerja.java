package id.pkd.portal.pengukuran;

import id.pkd.portal.capaian.AturanCapaian;
import id.pkd.portal.capaian.Capaian;
import id.pkd.portal.capaian.Kategori;
import id.pkd.portal.capaian.Rupiah;
import id.pkd.portal.perencanaan.RencanaTahunan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The measured performance of one agency in one year: the one result every screen, the API and
 * the documents show, computed by {@link PengukuranKinerjaService}.
 */
public record PengukuranKinerja(
        RencanaTahunan rencana,
        AturanCapaian aturan,
        List<RingkasanSasaran> sasaran,
        List<BarisCapaian> indikatorPerjanjian,
        Optional<Capaian> rataRataIku,
        Optional<BigDecimal> rataRataIkuTerbulat,
        Optional<Kategori> kategoriIku,
        List<BarisAnggaran> anggaran,
        Map<String, BarisAnggaran> anggaranPerUrusan,
        Rupiah totalAnggaran,
        Rupiah totalRealisasiAnggaran,
        Optional<BigDecimal> penyerapanTotal) {

    public List<BarisCapaian> iku() {
        return sasaran.stream().flatMap(s -> s.indikator().stream()).toList();
    }

    /**
     * The supporting programs (x.xx.01) the urusan subtotals leave out, summed: with this line the subtotals reach
     * the total, as in the seed's Tabel Akuntabilitas Keuangan.
     */
    public Optional<BarisAnggaran> anggaranPenunjang() {
        List<BarisAnggaran> penunjang =
                anggaran.stream().filter(PengukuranKinerjaService::penunjang).toList();
        return penunjang.isEmpty() ? Optional.empty() : Optional.of(PengukuranKinerjaService.jumlah(penunjang, aturan));
    }

    public List<BarisCapaian> semuaIndikator() {
        return java.util.stream.Stream.concat(iku().stream(), indikatorPerjanjian.stream())
                .toList();
    }
}
