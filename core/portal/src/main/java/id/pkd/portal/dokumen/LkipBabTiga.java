package id.pkd.portal.dokumen;

import static id.pkd.portal.dokumen.KonteksDokumen.persen;
import static id.pkd.portal.dokumen.KonteksDokumen.peta;

import id.pkd.portal.capaian.Kategori;
import id.pkd.portal.pengukuran.BarisAnggaran;
import id.pkd.portal.pengukuran.PengukuranKinerja;
import id.pkd.portal.pengukuran.RingkasanSasaran;
import id.pkd.portal.perencanaan.Pejabat;
import id.pkd.portal.perencanaan.ProgramKegiatan;
import id.pkd.portal.plugin.BagianLaporanUrusan;
import id.pkd.reports.document.Blok;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * BAB III of the LKIP in the seed's order: A. the measurement (per urusan: its sasaran and IKU with their analysis
 * and the plugin's data; then one capaian table per official; then the sasaran → program → anggaran cascade),
 * B. akuntabilitas keuangan with the efficiency of resources, C. penghargaan and D. inovasi from the agency's texts.
 */
final class LkipBabTiga {

    private LkipBabTiga() {}

    static void tambah(
            List<Blok> b,
            KonteksDokumen konteks,
            long pdId,
            PengukuranKinerja m,
            Map<String, String> teks,
            Optional<Pejabat> kepala,
            Map<String, Object> data) {
        int tahun = m.rencana().tahun();
        NomorKeterangan tabel = new NomorKeterangan("Tabel", 3);
        NomorKeterangan grafik = new NomorKeterangan("Grafik", 3);
        b.add(new Blok.Judul(1, "BAB III AKUNTABILITAS KINERJA", "bab-3"));
        HurufBagian huruf = new HurufBagian();
        b.add(new Blok.Judul(2, huruf.judul("Pengukuran Kinerja Tahun " + tahun), "bab-3-pengukuran"));
        b.add(Blok.Paragraf.biasa("Capaian indikator dengan polaritas semakin tinggi semakin baik dihitung"
                + " sebagai realisasi / target × 100%. Untuk indikator semakin rendah semakin baik dipakai rumus"
                + " (target − (realisasi − target)) / target × 100% (varian A) atau (100 − realisasi) / (100 − target)"
                + " × 100% (varian B), sesuai pilihan per indikator. Capaian tidak dibulatkan sebelum langkah akhir;"
                + " rata-rata dihitung dari capaian yang belum dibulatkan. Kategori capaian mengikuti Permendagri"
                + " 86/2017 dengan batas yang ditetapkan daerah:"));
        List<Blok.Baris> kategori = new ArrayList<>();
        for (Kategori k : Kategori.values()) {
            kategori.add(Blok.Baris.biasa(k.label(), m.aturan().ambang().rentang(k)));
        }
        b.add(new Blok.Tabel(
                tabel.berikutnya("Kategori Capaian Kinerja"),
                List.of(Blok.Kolom.teks("Kategori", 1), Blok.Kolom.teks("Rentang Capaian (%)", 1)),
                kategori));
        b.add(PembuatLkip.tabelIkhtisar(tabel.berikutnya("Capaian Indikator Kinerja Utama Tahun " + tahun), m));

        // Per urusan, in the order of the Renstra's sasaran; an urusan with plugin data but no sasaran follows.
        List<BagianLaporanUrusan> bagian = konteks.bagianUrusan(BagianLaporanUrusan.Tempat.LKIP_CAPAIAN, pdId, tahun);
        Set<String> urusan = new LinkedHashSet<>();
        m.sasaran().forEach(s -> urusan.add(s.urusan()));
        bagian.forEach(u -> urusan.add(u.kodeUrusan()));
        List<Map<String, Object>> dataBagian = new ArrayList<>();
        int nomorSasaran = 0;
        // the national/provincial figures of the agency-year, read once for every sasaran's analysis
        var pembanding = konteks.pembanding.perIndikatorPerangkatDaerah(pdId, tahun);
        for (String kode : urusan) {
            List<RingkasanSasaran> sasaran = m.sasaran().stream()
                    .filter(s -> kode != null && kode.equals(s.urusan()))
                    .toList();
            List<BagianLaporanUrusan> data0 =
                    bagian.stream().filter(u -> u.kodeUrusan().equals(kode)).toList();
            if (sasaran.isEmpty() && data0.isEmpty()) {
                continue;
            }
            b.add(new Blok.Judul(3, "Capaian Kinerja Utama " + namaUrusan(konteks, kode), null));
            for (RingkasanSasaran s : sasaran) {
                nomorSasaran++;
                LkipAnalisisSasaran.tambah(b, konteks, pdId, m, s, nomorSasaran, tabel, grafik, pembanding);
            }
            for (BagianLaporanUrusan u : data0) {
                bagianUrusan(b, u, tabel, grafik);
                dataBagian.add(
                        peta("plugin", u.pluginId(), "judul", u.judul(), "baris", u.baris(), "grafik", u.grafik()));
            }
        }
        if (!dataBagian.isEmpty()) {
            data.put("bagianUrusan", dataBagian);
        }
        b.add(new Blok.Judul(3, "Capaian Kinerja per Bidang dan Jabatan Fungsional", null));
        LkipCapaianPejabat.tambah(b, m.rencana(), m, kepala, tabel);
        b.add(new Blok.Judul(3, "Efektivitas dan Efisiensi Program dan Kegiatan", null));
        b.add(tabelKaskade(tabel.berikutnya("Sasaran, Program dan Anggaran Tahun " + tahun), m));

        b.add(new Blok.Judul(2, huruf.judul("Akuntabilitas Keuangan"), "bab-3-keuangan"));
        b.add(PembuatLkip.tabelKeuangan(tabel.berikutnya("Realisasi Anggaran Tahun " + tahun), m));
        b.add(new Blok.Judul(3, "Efisiensi Penggunaan Sumber Daya", null));
        b.add(tabelEfisiensi(tabel.berikutnya("Efisiensi Program dan Kegiatan Tahun " + tahun), m));
        bagianTeks(b, huruf, teks, BagianTeks.PENGHARGAAN, "Penghargaan yang Diterima", "bab-3-penghargaan");
        bagianTeks(b, huruf, teks, BagianTeks.INOVASI, "Inovasi Perangkat Daerah", "bab-3-inovasi");
    }

    /**
     * A plugin's data section: its table under a caption numbered in the chapter and its charts likewise. The
     * caption is the section's only title (no heading over it, no title inside the table or the chart).
     */
    private static void bagianUrusan(
            List<Blok> b, BagianLaporanUrusan u, NomorKeterangan tabel, NomorKeterangan grafik) {
        Map<String, Object> parameter = new java.util.HashMap<>(u.parameter());
        // Blank rather than absent: the templates print an absent parameter as "null".
        parameter.put(KonteksDokumen.PARAMETER_JUDUL, "");
        b.add(new Blok.SubLaporan(tabel.berikutnya(u.judul()), u.templat(), parameter, u.baris()));
        for (BagianLaporanUrusan.DataGrafik g : u.grafik()) {
            // A plugin may title its chart "Grafik …" already; the number goes in front of the words, once.
            String judul = g.judul().replaceFirst("^Grafik\\s+", "");
            b.add(new Blok.Gambar(grafik.berikutnya(judul), KonteksDokumen.grafikPng(g)));
        }
    }

    /** A lettered section with the agency's text, or nothing (the text is then in the conformance list). */
    static void bagianTeks(
            List<Blok> b,
            HurufBagian huruf,
            Map<String, String> teks,
            BagianTeks bagian,
            String judul,
            String jangkar) {
        String isi = teks.get(bagian.kunci(null));
        if (!PembuatPerjanjianKinerja.kosong(isi)) {
            b.add(new Blok.Judul(2, huruf.judul(judul), jangkar));
            b.add(Blok.Paragraf.biasa(isi));
        }
    }

    static String namaUrusan(KonteksDokumen konteks, String kode) {
        String nama = konteks.namaUrusan(kode);
        return nama.regionMatches(true, 0, "Urusan", 0, 6) ? nama : "Urusan " + nama;
    }

    /** The programs serving a sasaran: those of its urusan, without the supporting program x.xx.01. */
    static List<BarisAnggaran> programSasaran(PengukuranKinerja m, RingkasanSasaran s) {
        return m.anggaran().stream()
                .filter(a -> a.baris().tingkat() == ProgramKegiatan.Tingkat.PROGRAM)
                .filter(a -> !a.penunjang())
                .filter(a -> s.urusan() != null && s.urusan().equals(a.baris().urusan()))
                .toList();
    }

    /**
     * Sasaran → program → kegiatan → sub kegiatan → anggaran: how much each sasaran's programs and their activities
     * had and spent against its capaian. The seed's cascade goes down to the sub kegiatan; the program rows alone
     * left most of its figures out.
     */
    private static Blok.Tabel tabelKaskade(String judul, PengukuranKinerja m) {
        List<Blok.Baris> baris = new ArrayList<>();
        for (RingkasanSasaran s : m.sasaran()) {
            baris.add(Blok.Baris.grup(
                    "Sasaran: " + s.uraian() + " – rata-rata capaian " + persen(s.rataRataTerbulat()) + "%"));
            for (BarisAnggaran a : programSasaran(m, s)) {
                barisDenganTurunan(baris, a, m);
            }
        }
        List<BarisAnggaran> penunjang =
                m.anggaran().stream().filter(BarisAnggaran::penunjang).toList();
        if (!penunjang.isEmpty()) {
            baris.add(Blok.Baris.grup("Program penunjang urusan (melayani seluruh sasaran)"));
            penunjang.forEach(a -> barisDenganTurunan(baris, a, m));
        }
        return new Blok.Tabel(
                judul,
                List.of(
                        // wide enough for a sub kegiatan's code on one line (2.08.07.2.03.02)
                        Blok.Kolom.teks("Kode", 4),
                        Blok.Kolom.teks("Program", 6),
                        // wide enough for a bold program total on one line (Rp 12.233.864.654): at 4 it wrapped
                        Blok.Kolom.angka("Anggaran", 5),
                        Blok.Kolom.angka("Realisasi", 5),
                        Blok.Kolom.angka("Penyerapan (%)", 2),
                        Blok.Kolom.angka("Capaian Kinerja (%)", 2)),
                baris);
    }

    /** A program in bold, then its kegiatan and sub kegiatan in the budget's order. */
    private static void barisDenganTurunan(List<Blok.Baris> baris, BarisAnggaran program, PengukuranKinerja m) {
        baris.add(new Blok.Baris(baris(program).sel(), Blok.GayaBaris.TEBAL));
        String awalan = program.baris().kode() + ".";
        m.anggaran().stream().filter(a -> a.baris().kode().startsWith(awalan)).forEach(a -> baris.add(baris(a)));
    }

    private static Blok.Baris baris(BarisAnggaran a) {
        return Blok.Baris.biasa(
                a.baris().kode(),
                a.baris().nama(),
                a.anggaran().tercetak(),
                a.realisasi().tercetak(),
                persen(a.penyerapan()),
                persen(a.capaianKinerja()));
    }

    private static Blok.Tabel tabelEfisiensi(String judul, PengukuranKinerja m) {
        // Down to the sub kegiatan, as the seed's efficiency table has it.
        List<Blok.Baris> efisiensi = new ArrayList<>();
        for (BarisAnggaran a : m.anggaran()) {
            efisiensi.add(new Blok.Baris(
                    List.of(
                            a.baris().kode(),
                            a.baris().nama(),
                            persen(a.capaianKinerja()),
                            persen(a.penyerapan()),
                            persen(a.efisiensi())),
                    a.baris().tingkat() == ProgramKegiatan.Tingkat.PROGRAM
                            ? Blok.GayaBaris.TEBAL
                            : Blok.GayaBaris.BIASA));
        }
        return new Blok.Tabel(
                judul,
                List.of(
                        Blok.Kolom.teks("Kode", 3),
                        Blok.Kolom.teks("Program / Kegiatan", 9),
                        Blok.Kolom.angka("Capaian Kinerja (%)", 2),
                        Blok.Kolom.angka("Penyerapan Anggaran (%)", 2),
                        Blok.Kolom.angka("Efisiensi", 2)),
                efisiensi);
    }

    /** Keeps the data the frozen JSON had before the chapter was split out. */
    static Map<String, Object> dataAnggaran(PengukuranKinerja m) {
        Map<String, Object> hasil = new LinkedHashMap<>(peta(
                "total", m.totalAnggaran().nilai(),
                "realisasi", m.totalRealisasiAnggaran().nilai(),
                "penyerapan", m.penyerapanTotal().orElse(null)));
        hasil.put(
                "program",
                m.anggaran().stream()
                        .map(a -> peta(
                                "kode", a.baris().kode(),
                                "anggaran", a.anggaran().nilai(),
                                "realisasi", a.realisasi().nilai()))
                        .toList());
        return hasil;
    }
}
