package id.pkd.portal.pengukuran;

import id.pkd.portal.capaian.Capaian;
import id.pkd.portal.capaian.Kategori;
import id.pkd.portal.perencanaan.Indikator;
import id.pkd.portal.perencanaan.RealisasiIndikator;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One indicator measured for a year: target, published realisasi, capaian against the year's
 * target and against the end-of-period target, and the change against last year. Capaian values
 * are unrounded; the printed figures come from {@code terbulat}.
 *
 * @param dariDataUrusan the year's realisasi was computed from an urusan plugin's data, not entered
 * @param tidakDapatDihitung why the plugin computing this indicator failed for the year ({@code null}
 *     when it did not); then there is no realisasi and the screens and API show this reason instead
 */
public record BarisCapaian(
        Indikator indikator,
        String sasaranKode,
        String sasaranUraian,
        String urusan,
        String bidang,
        Optional<BigDecimal> target,
        Optional<BigDecimal> realisasi,
        Optional<Capaian> capaian,
        Optional<BigDecimal> capaianTerbulat,
        Optional<Kategori> kategori,
        Optional<Capaian> capaianKondisiAkhir,
        Optional<BigDecimal> capaianKondisiAkhirTerbulat,
        Optional<BigDecimal> realisasiTahunLalu,
        Optional<BigDecimal> perubahanTahunLalu,
        Optional<RealisasiIndikator> catatan,
        boolean dariDataUrusan,
        String tidakDapatDihitung) {}
