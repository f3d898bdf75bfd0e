package id.pkd.portal.dokumen;

import static id.pkd.portal.dokumen.KonteksDokumen.angka;
import static id.pkd.portal.dokumen.KonteksDokumen.nilaiBersatuan;
import static id.pkd.portal.dokumen.KonteksDokumen.nilaiSatuan;
import static id.pkd.portal.dokumen.KonteksDokumen.persen;

import id.pkd.plugin.api.Polaritas;
import id.pkd.portal.capaian.Kategori;
import id.pkd.portal.pembanding.PembandingIndikator;
import id.pkd.portal.pengukuran.BarisAnggaran;
import id.pkd.portal.pengukuran.BarisCapaian;
import id.pkd.portal.pengukuran.PengukuranKinerja;
import id.pkd.portal.pengukuran.RingkasanSasaran;
import id.pkd.portal.perencanaan.RealisasiIndikator;
import id.pkd.portal.perencanaan.RencanaTahunan;
import id.pkd.reports.document.Blok;
import id.pkd.reports.document.PenggambarGrafik;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One sasaran of BAB III with the seed's analysis points per IKU: against the target, against last year, against
 * the end-of-period target, the trend over the years on record, the reasons for the increase or decrease (the
 * agency's upaya, hambatan and follow-up, printed once when the indicators share them) and the supporting programs
 * with the efficiency of their resources. Every figure from the measurement.
 */
final class LkipAnalisisSasaran {

    private LkipAnalisisSasaran() {}

    static void tambah(
            List<Blok> b,
            KonteksDokumen konteks,
            long pdId,
            PengukuranKinerja m,
            RingkasanSasaran s,
            int nomorSasaran,
            NomorKeterangan tabel,
            NomorKeterangan grafik,
            Map<Long, List<PembandingIndikator>> pembanding) {
        RencanaTahunan r = m.rencana();
        b.add(new Blok.Judul(3, "Sasaran " + nomorSasaran + ": " + s.uraian(), null));
        b.add(tabelPerbandingan(tabel.berikutnya("Perbandingan Realisasi Sasaran " + nomorSasaran), r, s));
        b.add(Blok.Paragraf.biasa("Rata-rata capaian sasaran ini " + persen(s.rataRataTerbulat()) + "% ("
                + s.kategori().map(Kategori::label).orElse("-") + ")."));
        Map<Integer, PengukuranKinerja> tahunLain = new HashMap<>();
        List<String> narasi =
                s.indikator().stream().map(LkipAnalisisSasaran::narasi).toList();
        boolean narasiBersama =
                narasi.size() > 1 && !narasi.get(0).isEmpty() && narasi.stream().allMatch(n -> n.equals(narasi.get(0)));
        for (int k = 0; k < s.indikator().size(); k++) {
            BarisCapaian i = s.indikator().get(k);
            b.add(new Blok.Paragraf(i.indikator().nama(), Blok.Perataan.KIRI, true));
            b.add(Blok.Paragraf.biasa(perbandingan(r, i)
                    + pembanding(i, pembanding.getOrDefault(i.indikator().id(), List.of()))));
            trend(konteks, pdId, r, i, tahunLain)
                    .ifPresent(png -> b.add(new Blok.Gambar(
                            grafik.berikutnya("Perkembangan " + i.indikator().nama() + " Tahun "
                                    + (r.periode().tahunAwal() - 1) + "–" + r.tahun()),
                            png)));
            if (!narasiBersama && !narasi.get(k).isEmpty()) {
                b.add(Blok.Paragraf.biasa("Analisis peningkatan/penurunan kinerja:\n" + narasi.get(k)));
            }
        }
        if (narasiBersama) {
            b.add(Blok.Paragraf.biasa("Analisis peningkatan/penurunan kinerja (berlaku untuk " + narasi.size()
                    + " indikator sasaran ini):\n" + narasi.get(0)));
        }
        String program = programPenunjang(m, s);
        if (!program.isEmpty()) {
            b.add(Blok.Paragraf.biasa(program));
        }
    }

    /** Target, last year and the end-of-period target, in words, as the seed's points 1) and 2). */
    static String perbandingan(RencanaTahunan r, BarisCapaian i) {
        String satuan = i.indikator().satuan();
        StringBuilder t = new StringBuilder();
        if (i.realisasi().isEmpty()) {
            return "Realisasi tahun " + r.tahun() + " belum tercatat.";
        }
        t.append("Realisasi tahun ")
                .append(r.tahun())
                .append(" sebesar ")
                .append(nilaiBersatuan(i.realisasi(), satuan));
        if (i.target().isPresent()) {
            t.append(" dari target ")
                    .append(nilaiBersatuan(i.target(), satuan))
                    .append(", capaian ")
                    .append(persen(i.capaianTerbulat()))
                    .append("% (")
                    .append(i.kategori().map(Kategori::label).orElse("-"))
                    .append(").");
        } else {
            t.append("; target tahun ini belum ditetapkan.");
        }
        if (i.realisasiTahunLalu().isPresent() && i.perubahanTahunLalu().isPresent()) {
            BigDecimal ubah = i.perubahanTahunLalu().get();
            boolean rendahBaik = i.indikator().polaritas() == Polaritas.SEMAKIN_RENDAH_SEMAKIN_BAIK;
            String arah = ubah.signum() == 0 ? "tetap" : (ubah.signum() > 0) != rendahBaik ? "meningkat" : "menurun";
            t.append(" Dibanding realisasi tahun ")
                    .append(r.tahun() - 1)
                    .append(" (")
                    .append(nilaiBersatuan(i.realisasiTahunLalu(), satuan))
                    .append(") berubah ")
                    .append(angka(i.perubahanTahunLalu()))
                    .append(", kinerja ")
                    .append(arah)
                    .append(rendahBaik ? " (semakin rendah semakin baik)." : ".");
        }
        if (i.indikator().kondisiAkhir() != null && r.periode() != null) {
            t.append(" Terhadap target akhir Renstra tahun ")
                    .append(r.periode().tahunAkhir())
                    .append(" (")
                    .append(nilaiBersatuan(Optional.of(i.indikator().kondisiAkhir()), satuan))
                    .append(") capaian sebesar ")
                    .append(persen(i.capaianKondisiAkhirTerbulat()))
                    .append("%.");
        }
        return t.toString();
    }

    /**
     * The national and provincial figures recorded for the indicator's year, in words (the seed's point "dengan
     * target nasional/provinsi"): a realisasi elsewhere with the region's realisasi as a percentage of it (the
     * seed's "103,91%" for IPG 92,33 against Kalimantan Selatan's 88,86), a target with the side it lies on; each
     * with its source. Empty when none is recorded or the region has no realisasi yet.
     */
    static String pembanding(BarisCapaian i, List<PembandingIndikator> daftar) {
        if (daftar.isEmpty() || i.realisasi().isEmpty()) {
            return "";
        }
        String satuan = i.indikator().satuan();
        BigDecimal realisasi = i.realisasi().get();
        boolean rendahBaik = i.indikator().polaritas() == Polaritas.SEMAKIN_RENDAH_SEMAKIN_BAIK;
        StringBuilder t = new StringBuilder();
        for (PembandingIndikator p : daftar) {
            int banding = realisasi.compareTo(p.nilai());
            String mutu = banding == 0 ? "" : (banding > 0) != rendahBaik ? " (lebih baik)" : " (lebih buruk)";
            String nilai = nilaiBersatuan(Optional.of(p.nilai()), satuan);
            if (p.jenis() == PembandingIndikator.Jenis.REALISASI) {
                t.append(" Realisasi ").append(p.wilayah());
            } else {
                t.append(" Target ")
                        .append(p.tingkat().label().toLowerCase())
                        .append(" (")
                        .append(p.wilayah());
                t.append(")");
            }
            t.append(" tahun ").append(p.tahun()).append(" sebesar ").append(nilai);
            t.append(" (sumber: ").append(p.sumber()).append("); realisasi daerah ");
            if (p.jenis() == PembandingIndikator.Jenis.REALISASI && p.nilai().signum() != 0) {
                BigDecimal rasio = realisasi
                        .multiply(BigDecimal.valueOf(100))
                        .divide(p.nilai(), 2, java.math.RoundingMode.HALF_UP);
                t.append("mencapai ").append(persen(Optional.of(rasio))).append("% darinya, ");
            }
            t.append(banding == 0 ? "sama dengan" : banding > 0 ? "lebih tinggi dari" : "lebih rendah dari");
            t.append(p.jenis() == PembandingIndikator.Jenis.REALISASI ? " angka tersebut" : " target tersebut");
            t.append(mutu).append(".");
        }
        return t.toString();
    }

    /** The agency's upaya, hambatan and follow-up for one indicator; empty when none is written. */
    static String narasi(BarisCapaian i) {
        RealisasiIndikator c = i.catatan().orElse(null);
        if (c == null) {
            return "";
        }
        List<String> bagian = new ArrayList<>();
        tambah(bagian, "a. Upaya yang telah dilakukan: ", c.upaya());
        tambah(bagian, "b. Hambatan dalam pencapaian kinerja: ", c.hambatan());
        tambah(bagian, "c. Rencana tindak lanjut: ", c.rencanaTindakLanjut());
        return String.join("\n", bagian);
    }

    private static void tambah(List<String> bagian, String awalan, String isi) {
        if (!PembuatPerjanjianKinerja.kosong(isi)) {
            bagian.add(awalan + isi.strip());
        }
    }

    /** The programs of the sasaran's urusan with budget, spending and capaian: the efficiency of resources. */
    static String programPenunjang(PengukuranKinerja m, RingkasanSasaran s) {
        List<BarisAnggaran> program = LkipBabTiga.programSasaran(m, s);
        if (program.isEmpty()) {
            return "";
        }
        StringBuilder t = new StringBuilder("Program penunjang sasaran ini:");
        for (BarisAnggaran a : program) {
            t.append("\n- ")
                    .append(a.baris().kode())
                    .append(" ")
                    .append(a.baris().nama())
                    .append(": anggaran ")
                    .append(a.anggaran().tercetak())
                    .append(", realisasi ")
                    .append(a.realisasi().tercetak())
                    .append(" (")
                    .append(persen(a.penyerapan()))
                    .append("%)");
            if (a.capaianKinerja().isPresent()) {
                t.append(", capaian kinerja ")
                        .append(persen(a.capaianKinerja()))
                        .append("%");
            }
            if (a.efisiensi().isPresent()) {
                t.append(", efisiensi ").append(persen(a.efisiensi()));
            }
            t.append(";");
        }
        return t.toString();
    }

    /**
     * Target and realisasi from the period's baseline to this year: the baseline (kondisi awal), the years between
     * from their own measurement, last year and this year from this one. Nothing when the year has no period.
     */
    static Optional<byte[]> trend(
            KonteksDokumen konteks,
            long pdId,
            RencanaTahunan r,
            BarisCapaian i,
            Map<Integer, PengukuranKinerja> tahunLain) {
        if (r.periode() == null || r.tahun() < r.periode().tahunAwal()) {
            return Optional.empty();
        }
        List<String> tahun = new ArrayList<>();
        List<Number> target = new ArrayList<>();
        List<Number> realisasi = new ArrayList<>();
        int awal = r.periode().tahunAwal() - 1;
        for (int t = awal; t <= r.tahun(); t++) {
            tahun.add(String.valueOf(t));
            target.add(t == awal ? null : r.target(i.indikator().id(), t).orElse(null));
            Optional<BigDecimal> nilai;
            if (t == awal) {
                nilai = Optional.ofNullable(i.indikator().kondisiAwal());
            } else if (t == r.tahun()) {
                nilai = i.realisasi();
            } else if (t == r.tahun() - 1) {
                nilai = i.realisasiTahunLalu();
            } else {
                int y = t;
                PengukuranKinerja lain = tahunLain.computeIfAbsent(y, x -> konteks.pengukuran.ukur(pdId, x));
                nilai = lain.semuaIndikator().stream()
                        .filter(x ->
                                Objects.equals(x.indikator().id(), i.indikator().id()))
                        .findFirst()
                        .flatMap(BarisCapaian::realisasi);
            }
            realisasi.add(nilai.orElse(null));
        }
        if (realisasi.stream().filter(Objects::nonNull).count() < 2) {
            return Optional.empty();
        }
        Map<String, List<Number>> seri = new LinkedHashMap<>();
        seri.put("Target", target);
        seri.put("Realisasi", realisasi);
        String satuan = i.indikator().satuan() == null ? "Nilai" : i.indikator().satuan();
        return Optional.of(PenggambarGrafik.batangPng(null, "Tahun", satuan, tahun, seri));
    }

    /** Target, realisasi, capaian, last year and the end-of-period target, per IKU of a sasaran. */
    static Blok.Tabel tabelPerbandingan(String judul, RencanaTahunan r, RingkasanSasaran s) {
        List<Blok.Baris> baris = new ArrayList<>();
        for (BarisCapaian i : s.indikator()) {
            String satuan = i.indikator().satuan();
            baris.add(Blok.Baris.biasa(
                    i.indikator().nama()
                            + (i.indikator().polaritas() == Polaritas.SEMAKIN_RENDAH_SEMAKIN_BAIK
                                    ? " (semakin rendah semakin baik)"
                                    : ""),
                    nilaiSatuan(i.target(), satuan),
                    nilaiSatuan(i.realisasi(), satuan),
                    persen(i.capaianTerbulat()),
                    nilaiSatuan(i.realisasiTahunLalu(), satuan),
                    angka(i.perubahanTahunLalu()),
                    nilaiSatuan(Optional.ofNullable(i.indikator().kondisiAkhir()), satuan),
                    persen(i.capaianKondisiAkhirTerbulat())));
        }
        return new Blok.Tabel(
                judul,
                List.of(
                        Blok.Kolom.teks("Indikator", 7),
                        Blok.Kolom.angka("Target " + r.tahun(), 2),
                        Blok.Kolom.angka("Realisasi " + r.tahun(), 2),
                        Blok.Kolom.angka("Capaian (%)", 2),
                        Blok.Kolom.angka("Realisasi " + (r.tahun() - 1), 2),
                        Blok.Kolom.angka("Perubahan", 2),
                        Blok.Kolom.angka("Target Akhir " + r.periode().tahunAkhir(), 2),
                        Blok.Kolom.angka("Capaian thd Target Akhir (%)", 2)),
                baris);
    }
}
