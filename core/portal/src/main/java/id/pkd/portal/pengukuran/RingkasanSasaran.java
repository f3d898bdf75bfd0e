package id.pkd.portal.pengukuran;

import id.pkd.portal.capaian.Capaian;
import id.pkd.portal.capaian.Kategori;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A sasaran with its indicators and their average capaian (from unrounded capaian). */
public record RingkasanSasaran(
        String kode,
        String uraian,
        String urusan,
        List<BarisCapaian> indikator,
        Optional<Capaian> rataRata,
        Optional<BigDecimal> rataRataTerbulat,
        Optional<Kategori> kategori) {}
