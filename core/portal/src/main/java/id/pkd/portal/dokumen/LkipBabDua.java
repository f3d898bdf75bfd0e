package id.pkd.portal.dokumen;

import static id.pkd.portal.dokumen.KonteksDokumen.angka;
import static id.pkd.portal.dokumen.KonteksDokumen.nilaiBersatuan;

import id.pkd.portal.pengukuran.BarisAnggaran;
import id.pkd.portal.pengukuran.PengukuranKinerja;
import id.pkd.portal.perencanaan.Indikator;
import id.pkd.portal.perencanaan.Pejabat;
import id.pkd.portal.perencanaan.PerjanjianKinerja;
import id.pkd.portal.perencanaan.PkIndikator;
import id.pkd.portal.perencanaan.PkSasaran;
import id.pkd.portal.perencanaan.ProgramKegiatan;
import id.pkd.portal.perencanaan.RencanaTahunan;
import id.pkd.portal.perencanaan.Sasaran;
import id.pkd.portal.perencanaan.Tujuan;
import id.pkd.reports.document.Blok;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * BAB II of the LKIP: the Renstra (vision, mission, objectives with their yearly targets), every official's PK, the
 * cascade from the Renstra's sasaran down to each official's PK sasaran, and the year's programs and budget.
 */
final class LkipBabDua {

    private LkipBabDua() {}

    static void tambah(List<Blok> b, RencanaTahunan r, PengukuranKinerja m) {
        int tahun = r.tahun();
        NomorKeterangan tabel = new NomorKeterangan("Tabel", 2);
        b.add(new Blok.Judul(1, "BAB II PERENCANAAN KINERJA", "bab-2"));
        HurufBagian huruf = new HurufBagian();
        b.add(new Blok.Judul(2, huruf.judul("Rencana Strategis"), "bab-2-renstra"));
        if (r.periode() != null) {
            b.add(Blok.Paragraf.biasa(
                    "Visi RPJMD " + r.periode().label() + ": " + r.periode().visi()));
            StringBuilder misi = new StringBuilder("Misi:");
            int n = 0;
            for (String x : r.periode().daftarMisi()) {
                misi.append("\n").append(++n).append(". ").append(x.strip());
            }
            b.add(new Blok.Paragraf(misi.toString(), Blok.Perataan.KIRI, false));
            b.add(tabelRenstra(
                    tabel.berikutnya("Tujuan, Sasaran dan Indikator Renstra "
                            + r.periode().label()),
                    r));
        }
        b.add(new Blok.Judul(2, huruf.judul("Perjanjian Kinerja " + tahun), "bab-2-pk"));
        for (PerjanjianKinerja pk : PembuatLkip.urutPk(r)) {
            Pejabat p = r.pejabat(pk.pejabatId()).orElseThrow();
            List<Blok.Baris> baris = new ArrayList<>();
            for (PkSasaran s : r.sasaranPk(pk.id())) {
                boolean pertama = true;
                for (PkIndikator i : r.indikatorPk(s.id())) {
                    Indikator ind = r.indikator(i.indikatorId()).orElseThrow();
                    baris.add(Blok.Baris.biasa(
                            pertama ? s.uraian() : "",
                            ind.nama(),
                            nilaiBersatuan(Optional.ofNullable(i.target()), ind.satuan())));
                    pertama = false;
                }
            }
            // The caption names the agreement; a heading over it would only repeat it.
            b.add(new Blok.Tabel(
                    tabel.berikutnya("Perjanjian Kinerja " + p.jabatan() + " (" + p.nama() + ")"),
                    List.of(
                            Blok.Kolom.teks("Sasaran", 6),
                            Blok.Kolom.teks("Indikator Kinerja", 7),
                            Blok.Kolom.angka("Target", 2)),
                    baris));
        }
        List<Blok.Baris> kaskade = kaskade(r);
        if (!kaskade.isEmpty()) {
            b.add(new Blok.Tabel(
                    tabel.berikutnya("Cascading Sasaran Kinerja Tahun " + tahun),
                    List.of(
                            Blok.Kolom.teks("Sasaran", 8),
                            Blok.Kolom.teks("Pemilik Kinerja", 5),
                            Blok.Kolom.teks("Indikator Kinerja", 8)),
                    kaskade));
        }
        b.add(new Blok.Judul(2, huruf.judul("Rencana Kerja dan Anggaran Tahun " + tahun), "bab-2-anggaran"));
        List<Blok.Baris> program = new ArrayList<>();
        for (BarisAnggaran a : m.anggaran()) {
            if (a.baris().tingkat() == ProgramKegiatan.Tingkat.PROGRAM) {
                program.add(Blok.Baris.biasa(
                        a.baris().kode(), a.baris().nama(), a.anggaran().tercetak()));
            }
        }
        program.add(Blok.Baris.tebal("", "Jumlah", m.totalAnggaran().tercetak()));
        b.add(new Blok.Tabel(
                tabel.berikutnya("Program dan Anggaran Tahun " + tahun),
                List.of(Blok.Kolom.teks("Kode", 2), Blok.Kolom.teks("Program", 9), Blok.Kolom.angka("Anggaran", 3)),
                program));
    }

    /**
     * Each Renstra sasaran, the head's PK sasaran serving it, and under those the sasaran of the officials that
     * cascade from them (each level indented), with their indicators.
     */
    static List<Blok.Baris> kaskade(RencanaTahunan r) {
        List<Blok.Baris> baris = new ArrayList<>();
        List<PkSasaran> terpakai = new ArrayList<>();
        for (Sasaran s : r.sasaran()) {
            List<PkSasaran> akar = r.pkSasaran().stream()
                    .filter(p -> Objects.equals(p.sasaranRenstraId(), s.id()))
                    .toList();
            if (akar.isEmpty()) {
                continue;
            }
            baris.add(Blok.Baris.grup("Sasaran Renstra: " + s.uraian()));
            for (PkSasaran p : akar) {
                turun(r, p, 0, baris, terpakai);
            }
        }
        return baris;
    }

    private static void turun(
            RencanaTahunan r, PkSasaran s, int tingkat, List<Blok.Baris> baris, List<PkSasaran> terpakai) {
        if (terpakai.contains(s) || tingkat > 5) {
            return;
        }
        terpakai.add(s);
        String pemilik = r.perjanjianKinerja().stream()
                .filter(pk -> pk.id().equals(s.perjanjianKinerjaId()))
                .findFirst()
                .flatMap(pk -> r.pejabat(pk.pejabatId()))
                .map(Pejabat::jabatan)
                .orElse("-");
        List<String> indikator = new ArrayList<>();
        for (PkIndikator i : r.indikatorPk(s.id())) {
            r.indikator(i.indikatorId()).ifPresent(ind -> indikator.add(ind.nama()));
        }
        baris.add(Blok.Baris.biasa(
                "   ".repeat(tingkat) + (tingkat == 0 ? "" : "↳ ") + s.uraian(),
                pemilik,
                String.join("; ", indikator)));
        for (PkSasaran anak : r.pkSasaran()) {
            if (Objects.equals(anak.sasaranAtasanId(), s.id())) {
                turun(r, anak, tingkat + 1, baris, terpakai);
            }
        }
    }

    private static Blok.Tabel tabelRenstra(String judul, RencanaTahunan r) {
        List<Integer> tahun = new ArrayList<>();
        for (int t = r.periode().tahunAwal(); t <= r.periode().tahunAkhir(); t++) {
            tahun.add(t);
        }
        List<Blok.Kolom> kolom = new ArrayList<>();
        kolom.add(Blok.Kolom.teks("Indikator", 8));
        kolom.add(Blok.Kolom.teks("Satuan", 2));
        kolom.add(Blok.Kolom.angka("Kondisi Awal", 2));
        tahun.stream()
                .limit(Blok.Tabel.KOLOM_MAKSIMAL - 4)
                .forEach(t -> kolom.add(Blok.Kolom.angka(String.valueOf(t), 2)));
        kolom.add(Blok.Kolom.angka("Kondisi Akhir", 2));
        List<Blok.Baris> baris = new ArrayList<>();
        for (Tujuan tj : r.tujuan()) {
            baris.add(Blok.Baris.grup("Tujuan: " + tj.uraian()));
            for (Sasaran s : r.sasaranTujuan(tj.id())) {
                baris.add(Blok.Baris.grup("Sasaran: " + s.uraian()));
                for (Indikator i : r.indikatorSasaran(s.id())) {
                    List<String> sel = new ArrayList<>();
                    sel.add(i.nama());
                    sel.add(i.satuan());
                    sel.add(angka(i.kondisiAwal()));
                    tahun.stream()
                            .limit(Blok.Tabel.KOLOM_MAKSIMAL - 4)
                            .forEach(t -> sel.add(angka(r.target(i.id(), t))));
                    sel.add(angka(i.kondisiAkhir()));
                    baris.add(new Blok.Baris(sel, Blok.GayaBaris.BIASA));
                }
            }
        }
        return new Blok.Tabel(judul, kolom, baris);
    }
}
