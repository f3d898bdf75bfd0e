package id.pkd.portal.dokumen;

import static id.pkd.portal.dokumen.KonteksDokumen.nilaiBersatuan;
import static id.pkd.portal.dokumen.KonteksDokumen.persen;

import id.pkd.portal.capaian.Capaian;
import id.pkd.portal.capaian.Kategori;
import id.pkd.portal.pengukuran.BarisCapaian;
import id.pkd.portal.pengukuran.PengukuranKinerja;
import id.pkd.portal.perencanaan.Bidang;
import id.pkd.portal.perencanaan.Pejabat;
import id.pkd.portal.perencanaan.PerjanjianKinerja;
import id.pkd.portal.perencanaan.PkIndikator;
import id.pkd.portal.perencanaan.PkSasaran;
import id.pkd.portal.perencanaan.RencanaTahunan;
import id.pkd.reports.document.Blok;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One capaian table per official below the head (kepala bidang and JF), as the seed's Tabel 3.4 ff.: the PK's
 * sasaran with their indicators, target and realisasi with units, capaian, the official's average and a short
 * narrative. Grouped under one heading per bidang; every figure comes from the measurement.
 */
final class LkipCapaianPejabat {

    private LkipCapaianPejabat() {}

    /** @return how many tables were added */
    static int tambah(
            List<Blok> b, RencanaTahunan r, PengukuranKinerja m, Optional<Pejabat> kepala, NomorKeterangan nomor) {
        Map<Long, BarisCapaian> perIndikator = new LinkedHashMap<>();
        m.semuaIndikator().forEach(i -> perIndikator.putIfAbsent(i.indikator().id(), i));
        Map<String, List<PerjanjianKinerja>> perBidang = new LinkedHashMap<>();
        for (PerjanjianKinerja pk : PembuatLkip.urutPk(r)) {
            Pejabat p = r.pejabat(pk.pejabatId()).orElseThrow();
            if (kepala.isPresent() && Objects.equals(kepala.get().id(), p.id())) {
                continue;
            }
            String bidang = r.bidang(p.bidangId()).map(Bidang::nama).orElse("Jabatan Fungsional");
            perBidang.computeIfAbsent(bidang, k -> new ArrayList<>()).add(pk);
        }
        int jumlah = 0;
        for (Map.Entry<String, List<PerjanjianKinerja>> e : perBidang.entrySet()) {
            b.add(new Blok.Paragraf(e.getKey(), Blok.Perataan.KIRI, true));
            for (PerjanjianKinerja pk : e.getValue()) {
                tabel(b, r, m, pk, perIndikator, nomor);
                jumlah++;
            }
        }
        return jumlah;
    }

    private static void tabel(
            List<Blok> b,
            RencanaTahunan r,
            PengukuranKinerja m,
            PerjanjianKinerja pk,
            Map<Long, BarisCapaian> perIndikator,
            NomorKeterangan nomor) {
        Pejabat p = r.pejabat(pk.pejabatId()).orElseThrow();
        List<Blok.Baris> baris = new ArrayList<>();
        List<Capaian> capaian = new ArrayList<>();
        List<String> diBawahTarget = new ArrayList<>();
        int no = 0;
        int jumlahSasaran = 0;
        for (PkSasaran s : r.sasaranPk(pk.id())) {
            jumlahSasaran++;
            boolean pertama = true;
            for (PkIndikator pi : r.indikatorPk(s.id())) {
                BarisCapaian i = perIndikator.get(pi.indikatorId());
                if (i == null) {
                    continue;
                }
                String satuan = i.indikator().satuan();
                baris.add(Blok.Baris.biasa(
                        String.valueOf(++no),
                        pertama ? s.uraian() : "",
                        i.indikator().nama(),
                        nilaiBersatuan(i.target(), satuan),
                        nilaiBersatuan(i.realisasi(), satuan),
                        persen(i.capaianTerbulat())));
                pertama = false;
                i.capaian().ifPresent(capaian::add);
                if (i.capaianTerbulat()
                        .filter(c -> c.compareTo(BigDecimal.valueOf(100)) < 0)
                        .isPresent()) {
                    diBawahTarget.add(i.indikator().nama() + " (" + persen(i.capaianTerbulat()) + "%)");
                }
            }
        }
        // The official's average follows the measurement's own rule: the mean of unrounded capaian, rounded once.
        Optional<Capaian> rata = Capaian.rataRata(capaian);
        Optional<BigDecimal> rataTerbulat = rata.map(c -> c.terbulat(m.aturan().pembulatan()));
        String kategori =
                rata.map(c -> m.aturan().kategori(c)).map(Kategori::label).orElse("-");
        baris.add(Blok.Baris.tebal("", "Rata-rata capaian", "(" + kategori + ")", "", "", persen(rataTerbulat)));
        b.add(Blok.Paragraf.biasa("Perjanjian kinerja " + p.jabatan() + " (" + p.nama() + ") tahun " + r.tahun()
                + " memuat " + no + " indikator pada " + jumlahSasaran + " sasaran."));
        b.add(new Blok.Tabel(
                nomor.berikutnya("Capaian Kinerja " + p.jabatan() + " Tahun " + r.tahun()),
                List.of(
                        Blok.Kolom.angka("No", 1),
                        Blok.Kolom.teks("Sasaran", 5),
                        Blok.Kolom.teks("Indikator Kinerja", 7),
                        Blok.Kolom.angka("Target", 3),
                        Blok.Kolom.angka("Realisasi", 3),
                        Blok.Kolom.angka("Capaian (%)", 2)),
                baris));
        StringBuilder narasi = new StringBuilder("Rata-rata capaian " + p.jabatan() + " sebesar " + persen(rataTerbulat)
                + "% dengan kategori " + kategori + ".");
        if (capaian.isEmpty()) {
            narasi = new StringBuilder("Realisasi indikator " + p.jabatan() + " tahun " + r.tahun()
                    + " belum tercatat, sehingga capaiannya belum dapat diukur.");
        } else if (diBawahTarget.isEmpty()) {
            narasi.append(" Seluruh indikator mencapai atau melampaui target.");
        } else {
            narasi.append(" Indikator yang belum mencapai target: ")
                    .append(String.join("; ", diBawahTarget))
                    .append(".");
        }
        b.add(Blok.Paragraf.biasa(narasi.toString()));
    }
}
