package id.pkd.portal.dokumen;

import static id.pkd.portal.dokumen.KonteksDokumen.angka;
import static id.pkd.portal.dokumen.KonteksDokumen.nilaiBersatuan;
import static id.pkd.portal.dokumen.KonteksDokumen.nilaiSatuan;
import static id.pkd.portal.dokumen.KonteksDokumen.persen;
import static id.pkd.portal.dokumen.KonteksDokumen.peta;

import id.pkd.plugin.api.Polaritas;
import id.pkd.portal.capaian.Kategori;
import id.pkd.portal.daerah.Daerah;
import id.pkd.portal.penerbitan.SubjekDokumen;
import id.pkd.portal.pengukuran.BarisAnggaran;
import id.pkd.portal.pengukuran.BarisCapaian;
import id.pkd.portal.pengukuran.PengukuranKinerja;
import id.pkd.portal.pengukuran.RingkasanSasaran;
import id.pkd.portal.perencanaan.Bidang;
import id.pkd.portal.perencanaan.Indikator;
import id.pkd.portal.perencanaan.Pejabat;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.perencanaan.PerjanjianKinerja;
import id.pkd.portal.perencanaan.ProgramKegiatan;
import id.pkd.portal.perencanaan.RealisasiIndikator;
import id.pkd.portal.perencanaan.RencanaTahunan;
import id.pkd.portal.perencanaan.Sasaran;
import id.pkd.portal.perencanaan.Tujuan;
import id.pkd.portal.plugin.BagianLaporanUrusan;
import id.pkd.portal.umum.BolehBaca;
import id.pkd.reports.document.Blok;
import id.pkd.reports.document.DokumenLaporan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The LKIP of one agency for one year, in the structure of PermenPANRB 53/2014 (as the Balangan
 * LKIP 2022): every figure from {@code PengukuranKinerjaService.ukur}, never recomputed here.
 */
@Component
class PembuatLkip extends DokumenResmi {

    static final String JENIS = "LKIP";

    PembuatLkip(KonteksDokumen konteks) {
        super(konteks);
    }

    @Override
    public String jenis() {
        return JENIS;
    }

    @Override
    public String nama() {
        return "Laporan Kinerja Instansi Pemerintah (LKIP)";
    }

    @Override
    @BolehBaca
    public List<SubjekDokumen> subjek(int tahun) {
        return konteks.perencanaan.daftarPerangkatDaerah().stream()
                .map(pd -> new SubjekDokumen("pd:" + pd.id(), pd.nama()))
                .toList();
    }

    @Override
    @BolehBaca
    public List<String> kekurangan(SubjekDokumen subjek, int tahun) {
        long pdId = KonteksDokumen.idDari(subjek(subjek.kode(), tahun).kode(), "pd");
        PengukuranKinerja m = konteks.pengukuran.ukur(pdId, tahun);
        RencanaTahunan r = m.rencana();
        List<String> hasil = new ArrayList<>();
        if (r.periode() == null) {
            hasil.add("Tahun " + tahun + " tidak termasuk periode RPJMD mana pun.");
        }
        if (m.iku().isEmpty()) {
            hasil.add("Renstra belum memuat indikator kinerja utama (IKU).");
        }
        for (BarisCapaian b : m.iku()) {
            String nama = "IKU \"" + b.indikator().nama() + "\"";
            if (b.target().isEmpty()) {
                hasil.add(nama + " belum memiliki target tahun " + tahun + ".");
            }
            if (b.realisasi().isEmpty()) {
                hasil.add(nama + " belum memiliki realisasi tahun " + tahun + ".");
                continue;
            }
            RealisasiIndikator c = b.catatan().orElseThrow();
            if (PembuatPerjanjianKinerja.kosong(c.upaya())) {
                hasil.add(nama + ": narasi upaya yang telah dilakukan belum diisi.");
            }
            if (PembuatPerjanjianKinerja.kosong(c.hambatan())) {
                hasil.add(nama + ": narasi hambatan belum diisi.");
            }
            if (PembuatPerjanjianKinerja.kosong(c.rencanaTindakLanjut())) {
                hasil.add(nama + ": narasi rencana tindak lanjut belum diisi.");
            }
        }
        Map<String, String> teks = konteks.teks.semua(pdId, tahun);
        for (BagianTeks b : List.of(BagianTeks.KATA_PENGANTAR, BagianTeks.PENDAHULUAN, BagianTeks.PENUTUP)) {
            if (PembuatPerjanjianKinerja.kosong(teks.get(b.kunci(null)))) {
                hasil.add("Teks " + b.label() + " belum diisi (menu Teks Dokumen).");
            }
        }
        Optional<Pejabat> kepala = r.kepala();
        if (kepala.isEmpty()) {
            hasil.add("Kepala perangkat daerah (penanda tangan) belum tercatat.");
        } else {
            konteks.periksaPenanda(kepala.get(), "Kepala perangkat daerah", hasil);
        }
        return hasil;
    }

    @Override
    Isi isi(SubjekDokumen subjek, int tahun, boolean draf, LocalDate tanggal) {
        long pdId = KonteksDokumen.idDari(subjek.kode(), "pd");
        PengukuranKinerja m = konteks.pengukuran.ukur(pdId, tahun);
        RencanaTahunan r = m.rencana();
        PerangkatDaerah pd = r.perangkatDaerah();
        Daerah d = konteks.daerahIni();
        Map<String, String> teks = konteks.teks.semua(pdId, tahun);
        Optional<Pejabat> kepala = r.kepala();
        String tempatTanggal = konteks.tempatTanggal(d, tanggal);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("jenis", JENIS);
        data.put("tahun", tahun);
        data.put("daerah", d.namaPemerintah());
        data.put("perangkatDaerah", pd.nama());

        List<Blok> b = new ArrayList<>();
        b.add(new Blok.Sampul(
                "LAPORAN KINERJA",
                "Laporan Kinerja Instansi Pemerintah (LKIP) Tahun " + tahun,
                pd.nama().toUpperCase(),
                d.namaPemerintah().toUpperCase(),
                String.valueOf(tahun),
                konteks.logoAtauSegel(d)));
        b.add(new Blok.PindahHalaman());
        b.add(new Blok.Judul(1, "KATA PENGANTAR", "kata-pengantar"));
        tambahTeks(b, teks, BagianTeks.KATA_PENGANTAR);
        Map<String, Penanda> penanda = new LinkedHashMap<>();
        if (kepala.isPresent()) {
            Pejabat k = kepala.get();
            b.add(new Blok.TandaTangan(
                    tempatTanggal,
                    new Blok.Pihak(
                            "kepala",
                            "",
                            k.jabatan(),
                            k.nama(),
                            PembuatPerjanjianKinerja.pangkat(k),
                            PembuatPerjanjianKinerja.nip(k))));
            penanda.put("kepala", new Penanda(k.id(), "Kepala Perangkat Daerah", 0));
            data.put("penandaTangan", peta("nama", k.nama(), "nip", k.nip(), "jabatan", k.jabatan()));
        }
        b.add(new Blok.PindahHalaman());
        b.add(new Blok.DaftarIsi("DAFTAR ISI"));
        b.add(new Blok.PindahHalaman());

        // Ringkasan eksekutif
        b.add(new Blok.Judul(1, "RINGKASAN EKSEKUTIF", "ringkasan"));
        b.add(Blok.Paragraf.biasa(pd.nama() + " pada tahun " + tahun + " melaksanakan "
                + m.sasaran().size()
                + " sasaran strategis yang diukur dengan " + m.iku().size() + " indikator kinerja utama (IKU)."
                + m.rataRataIkuTerbulat()
                        .map(v -> " Rata-rata capaian IKU sebesar " + persen(Optional.of(v)) + "% dengan kategori "
                                + m.kategoriIku().map(Kategori::label).orElse("-") + ".")
                        .orElse("")
                + " Realisasi anggaran sebesar " + m.totalRealisasiAnggaran().tercetak() + " dari pagu "
                + m.totalAnggaran().tercetak() + " (" + persen(m.penyerapanTotal()) + "%)."));
        b.add(tabelIkhtisar("Tabel 1.1 Ikhtisar Capaian Kinerja Tahun " + tahun, m));
        data.put("iku", m.iku().stream().map(PembuatLkip::dataIku).toList());
        data.put("rataRataIku", m.rataRataIkuTerbulat().orElse(null));
        b.add(new Blok.PindahHalaman());

        // BAB I
        b.add(new Blok.Judul(1, "BAB I PENDAHULUAN", "bab-1"));
        HurufBagian hurufBab1 = new HurufBagian();
        tambahTeks(b, teks, BagianTeks.PENDAHULUAN);
        b.add(new Blok.Judul(2, hurufBab1.judul("Struktur Organisasi"), "bab-1-organisasi"));
        List<Blok.Baris> organisasi = new ArrayList<>();
        r.pejabat().stream()
                .sorted(Comparator.comparing(Pejabat::eselon, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(p -> organisasi.add(Blok.Baris.biasa(
                        p.jabatan(),
                        p.nama(),
                        p.nip() == null ? "-" : p.nipTercetak(),
                        r.bidang(p.bidangId()).map(Bidang::nama).orElse("-"))));
        b.add(new Blok.Tabel(
                "Tabel 1.2 Pejabat " + pd.namaPendek(),
                List.of(
                        Blok.Kolom.teks("Jabatan", 8),
                        Blok.Kolom.teks("Nama", 5),
                        Blok.Kolom.nip("NIP", 4),
                        Blok.Kolom.teks("Bidang", 4)),
                organisasi));
        b.add(new Blok.PindahHalaman());

        // BAB II
        b.add(new Blok.Judul(1, "BAB II PERENCANAAN KINERJA", "bab-2"));
        HurufBagian hurufBab2 = new HurufBagian();
        b.add(new Blok.Judul(2, hurufBab2.judul("Rencana Strategis"), "bab-2-renstra"));
        if (r.periode() != null) {
            b.add(Blok.Paragraf.biasa(
                    "Visi RPJMD " + r.periode().label() + ": " + r.periode().visi()));
            StringBuilder misi = new StringBuilder("Misi:");
            int n = 0;
            for (String x : r.periode().daftarMisi()) {
                misi.append("\n").append(++n).append(". ").append(x.strip());
            }
            b.add(new Blok.Paragraf(misi.toString(), Blok.Perataan.KIRI, false));
            b.add(tabelRenstra(r));
        }
        b.add(new Blok.Judul(2, hurufBab2.judul("Perjanjian Kinerja " + tahun), "bab-2-pk"));
        int nomorPk = 0;
        for (PerjanjianKinerja pk : urutPk(r)) {
            Pejabat p = r.pejabat(pk.pejabatId()).orElseThrow();
            nomorPk++;
            b.add(new Blok.Judul(3, "Perjanjian Kinerja " + p.jabatan(), null));
            List<Blok.Baris> baris = new ArrayList<>();
            for (var s : r.sasaranPk(pk.id())) {
                boolean pertama = true;
                for (var i : r.indikatorPk(s.id())) {
                    Indikator ind = r.indikator(i.indikatorId()).orElseThrow();
                    baris.add(Blok.Baris.biasa(
                            pertama ? s.uraian() : "",
                            ind.nama(),
                            nilaiBersatuan(Optional.ofNullable(i.target()), ind.satuan())));
                    pertama = false;
                }
            }
            b.add(new Blok.Tabel(
                    "Tabel 2." + (nomorPk + 1) + " Perjanjian Kinerja " + p.jabatan() + " (" + p.nama() + ")",
                    List.of(
                            Blok.Kolom.teks("Sasaran", 6),
                            Blok.Kolom.teks("Indikator Kinerja", 7),
                            Blok.Kolom.angka("Target", 2)),
                    baris));
        }
        b.add(new Blok.Judul(2, hurufBab2.judul("Rencana Kerja dan Anggaran Tahun " + tahun), "bab-2-anggaran"));
        List<Blok.Baris> program = new ArrayList<>();
        for (BarisAnggaran a : m.anggaran()) {
            if (a.baris().tingkat() == ProgramKegiatan.Tingkat.PROGRAM) {
                program.add(Blok.Baris.biasa(
                        a.baris().kode(), a.baris().nama(), a.anggaran().tercetak()));
            }
        }
        program.add(Blok.Baris.tebal("", "Jumlah", m.totalAnggaran().tercetak()));
        b.add(new Blok.Tabel(
                "Tabel 2." + (nomorPk + 2) + " Program dan Anggaran Tahun " + tahun,
                List.of(Blok.Kolom.teks("Kode", 2), Blok.Kolom.teks("Program", 9), Blok.Kolom.angka("Anggaran", 3)),
                program));
        b.add(new Blok.PindahHalaman());

        // BAB III
        b.add(new Blok.Judul(1, "BAB III AKUNTABILITAS KINERJA", "bab-3"));
        HurufBagian hurufBab3 = new HurufBagian();
        b.add(new Blok.Judul(2, hurufBab3.judul("Metode Pengukuran Kinerja"), "bab-3-metode"));
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
                "Tabel 3.1 Kategori Capaian Kinerja",
                List.of(Blok.Kolom.teks("Kategori", 1), Blok.Kolom.teks("Rentang Capaian (%)", 1)),
                kategori));
        b.add(new Blok.Judul(2, hurufBab3.judul("Capaian Kinerja Tahun " + tahun), "bab-3-capaian"));
        b.add(tabelIkhtisar("Tabel 3.2 Capaian Indikator Kinerja Utama Tahun " + tahun, m));
        int nomorSasaran = 0;
        for (RingkasanSasaran s : m.sasaran()) {
            nomorSasaran++;
            b.add(new Blok.Judul(3, "Sasaran " + nomorSasaran + ": " + s.uraian(), null));
            b.add(tabelPerbandingan(
                    "Tabel 3." + (nomorSasaran + 2) + " Perbandingan Realisasi Sasaran " + nomorSasaran, r, s));
            b.add(Blok.Paragraf.biasa("Rata-rata capaian sasaran ini " + persen(s.rataRataTerbulat()) + "% ("
                    + s.kategori().map(Kategori::label).orElse("-") + ")."));
            for (BarisCapaian i : s.indikator()) {
                RealisasiIndikator c = i.catatan().orElse(null);
                b.add(new Blok.Paragraf(i.indikator().nama(), Blok.Perataan.KIRI, true));
                b.add(Blok.Paragraf.biasa("a. Upaya yang telah dilakukan: " + narasi(c == null ? null : c.upaya())));
                b.add(Blok.Paragraf.biasa("b. Hambatan: " + narasi(c == null ? null : c.hambatan())));
                b.add(Blok.Paragraf.biasa(
                        "c. Rencana tindak lanjut: " + narasi(c == null ? null : c.rencanaTindakLanjut())));
            }
        }
        List<BagianLaporanUrusan> bagian = konteks.bagianUrusan(BagianLaporanUrusan.Tempat.LKIP_CAPAIAN, pdId, tahun);
        if (!bagian.isEmpty()) {
            b.add(new Blok.Judul(2, hurufBab3.judul("Data Urusan"), "bab-3-urusan"));
            List<Map<String, Object>> dataBagian = new ArrayList<>();
            for (BagianLaporanUrusan u : bagian) {
                b.add(new Blok.Judul(3, u.judul(), null));
                b.addAll(KonteksDokumen.blokBagian(u));
                dataBagian.add(
                        peta("plugin", u.pluginId(), "judul", u.judul(), "baris", u.baris(), "grafik", u.grafik()));
            }
            data.put("bagianUrusan", dataBagian);
        }
        b.add(new Blok.Judul(2, hurufBab3.judul("Capaian Kinerja per Bidang dan Jabatan Fungsional"), "bab-3-bidang"));
        List<Blok.Baris> bidang = new ArrayList<>();
        for (BarisCapaian i : m.indikatorPerjanjian()) {
            bidang.add(Blok.Baris.biasa(
                    i.bidang() == null ? "-" : i.bidang(),
                    i.indikator().nama(),
                    nilaiBersatuan(i.target(), i.indikator().satuan()),
                    nilaiBersatuan(i.realisasi(), i.indikator().satuan()),
                    persen(i.capaianTerbulat())));
        }
        b.add(new Blok.Tabel(
                "Tabel 3." + (nomorSasaran + 3) + " Capaian Indikator Perjanjian Kinerja Bidang dan JF",
                List.of(
                        Blok.Kolom.teks("Bidang", 4),
                        Blok.Kolom.teks("Indikator", 8),
                        Blok.Kolom.angka("Target", 2),
                        Blok.Kolom.angka("Realisasi", 2),
                        Blok.Kolom.angka("Capaian (%)", 2)),
                bidang));
        b.add(new Blok.Judul(2, hurufBab3.judul("Efektivitas dan Efisiensi"), "bab-3-efisiensi"));
        List<Blok.Baris> efisiensi = new ArrayList<>();
        for (BarisAnggaran a : m.anggaran()) {
            if (a.baris().tingkat() == ProgramKegiatan.Tingkat.SUB_KEGIATAN) {
                continue;
            }
            Blok.Baris baris = new Blok.Baris(
                    List.of(
                            a.baris().kode(),
                            a.baris().nama(),
                            persen(a.capaianKinerja()),
                            persen(a.penyerapan()),
                            persen(a.efisiensi())),
                    a.baris().tingkat() == ProgramKegiatan.Tingkat.PROGRAM
                            ? Blok.GayaBaris.TEBAL
                            : Blok.GayaBaris.BIASA);
            efisiensi.add(baris);
        }
        b.add(new Blok.Tabel(
                "Tabel 3." + (nomorSasaran + 4) + " Efektivitas dan Efisiensi Program dan Kegiatan",
                List.of(
                        Blok.Kolom.teks("Kode", 3),
                        Blok.Kolom.teks("Program / Kegiatan", 9),
                        Blok.Kolom.angka("Capaian Kinerja (%)", 2),
                        Blok.Kolom.angka("Penyerapan Anggaran (%)", 2),
                        Blok.Kolom.angka("Efisiensi", 2)),
                efisiensi));
        b.add(new Blok.Judul(2, hurufBab3.judul("Akuntabilitas Keuangan"), "bab-3-keuangan"));
        b.add(tabelKeuangan("Tabel 3." + (nomorSasaran + 5) + " Realisasi Anggaran Tahun " + tahun, m));
        data.put(
                "anggaran",
                peta(
                        "total", m.totalAnggaran().nilai(),
                        "realisasi", m.totalRealisasiAnggaran().nilai(),
                        "penyerapan", m.penyerapanTotal().orElse(null),
                        "program",
                                m.anggaran().stream()
                                        .map(a -> peta(
                                                "kode", a.baris().kode(),
                                                "anggaran", a.anggaran().nilai(),
                                                "realisasi", a.realisasi().nilai()))
                                        .toList()));
        b.add(new Blok.PindahHalaman());

        // BAB IV
        b.add(new Blok.Judul(1, "BAB IV PENUTUP", "bab-4"));
        tambahTeks(b, teks, BagianTeks.PENUTUP);
        // The report closes over the head's name, as the Kata Pengantar opens with it. The electronic signature is
        // made once, on the Kata Pengantar's block; this one is printed and not signed again.
        kepala.ifPresent(k -> b.add(new Blok.TandaTangan(
                tempatTanggal,
                new Blok.Pihak(
                        "kepala-penutup",
                        "",
                        k.jabatan(),
                        k.nama(),
                        PembuatPerjanjianKinerja.pangkat(k),
                        PembuatPerjanjianKinerja.nip(k)))));
        data.put("teks", teks);

        // Lampiran: the head of agency's PK, printed as agreed (its own signatures are not signed here).
        Optional<PerjanjianKinerja> pkKepala = kepala.flatMap(k -> r.perjanjianKinerja().stream()
                .filter(pk -> pk.pejabatId() == k.id())
                .findFirst());
        if (pkKepala.isPresent()) {
            b.add(new Blok.PindahHalaman());
            b.add(new Blok.Judul(1, "LAMPIRAN", "lampiran"));
            b.addAll(PembuatPerjanjianKinerja.blok(
                    r,
                    m,
                    pkKepala.get(),
                    d,
                    tempatTanggal,
                    "lampiran-pertama",
                    "lampiran-kedua",
                    new LinkedHashMap<>()));
        }
        String judul = "LKIP " + pd.namaPendek() + " Tahun " + tahun;
        return new Isi(
                new DokumenLaporan(
                        "Laporan Kinerja " + pd.nama() + " Tahun " + tahun,
                        d.namaPemerintah(),
                        judul + " – " + d.namaPemerintah(),
                        draf,
                        b),
                data,
                penanda);
    }

    /**
     * The agency's text for this part, or nothing: a missing text is never printed as a placeholder, it is in the
     * list of what is missing ({@link #kekurangan}) instead.
     */
    private static void tambahTeks(List<Blok> b, Map<String, String> teks, BagianTeks bagian) {
        String isi = teks.get(bagian.kunci(null));
        if (!PembuatPerjanjianKinerja.kosong(isi)) {
            b.add(Blok.Paragraf.biasa(isi));
        }
    }

    private static String narasi(String s) {
        return PembuatPerjanjianKinerja.kosong(s) ? "-" : s;
    }

    private static Map<String, Object> dataIku(BarisCapaian b) {
        return peta(
                "kode", b.indikator().kode(),
                "nama", b.indikator().nama(),
                "satuan", b.indikator().satuan(),
                "target", b.target().orElse(null),
                "realisasi", b.realisasi().orElse(null),
                "capaian", b.capaianTerbulat().orElse(null),
                "kategori", b.kategori().map(Kategori::label).orElse(null),
                "realisasiTahunLalu", b.realisasiTahunLalu().orElse(null),
                "capaianKondisiAkhir", b.capaianKondisiAkhirTerbulat().orElse(null));
    }

    /** The ikhtisar capaian: one group row per sasaran, then its IKU, then the average. */
    static Blok.Tabel tabelIkhtisar(String judul, PengukuranKinerja m) {
        List<Blok.Baris> baris = new ArrayList<>();
        int no = 0;
        for (RingkasanSasaran s : m.sasaran()) {
            baris.add(Blok.Baris.grup(s.uraian()));
            for (BarisCapaian i : s.indikator()) {
                baris.add(Blok.Baris.biasa(
                        String.valueOf(++no),
                        i.indikator().nama(),
                        nilaiSatuan(i.target(), i.indikator().satuan()),
                        nilaiSatuan(i.realisasi(), i.indikator().satuan()),
                        persen(i.capaianTerbulat()),
                        i.kategori().map(Kategori::label).orElse("-")));
            }
        }
        baris.add(Blok.Baris.tebal(
                "",
                "Rata-rata capaian",
                "",
                "",
                persen(m.rataRataIkuTerbulat()),
                m.kategoriIku().map(Kategori::label).orElse("-")));
        return new Blok.Tabel(
                judul,
                List.of(
                        Blok.Kolom.angka("No", 1),
                        Blok.Kolom.teks("Indikator Kinerja", 9),
                        Blok.Kolom.angka("Target", 2),
                        Blok.Kolom.angka("Realisasi", 2),
                        Blok.Kolom.angka("Capaian (%)", 2),
                        Blok.Kolom.teks("Kategori", 3)),
                baris);
    }

    private static Blok.Tabel tabelRenstra(RencanaTahunan r) {
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
        return new Blok.Tabel(
                "Tabel 2.1 Tujuan, Sasaran dan Indikator Renstra " + r.periode().label(), kolom, baris);
    }

    /** Target, realisasi, capaian, last year and the end-of-period target, per IKU of a sasaran. */
    private static Blok.Tabel tabelPerbandingan(String judul, RencanaTahunan r, RingkasanSasaran s) {
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

    /** Every program, kegiatan and sub kegiatan, urusan subtotals, and the grand total. */
    static Blok.Tabel tabelKeuangan(String judul, PengukuranKinerja m) {
        List<Blok.Baris> baris = new ArrayList<>();
        for (BarisAnggaran a : m.anggaran()) {
            Blok.GayaBaris gaya = a.baris().tingkat() == ProgramKegiatan.Tingkat.PROGRAM
                    ? Blok.GayaBaris.TEBAL
                    : Blok.GayaBaris.BIASA;
            baris.add(new Blok.Baris(
                    List.of(
                            a.baris().kode(),
                            a.baris().nama(),
                            a.anggaran().tercetak(),
                            a.realisasi().tercetak(),
                            persen(a.penyerapan())),
                    gaya));
        }
        // The supporting programs have their own subtotal, so the subtotals add up to JUMLAH.
        m.anggaranPenunjang()
                .ifPresent(a -> baris.add(Blok.Baris.tebal(
                        "",
                        "Jumlah program penunjang urusan",
                        a.anggaran().tercetak(),
                        a.realisasi().tercetak(),
                        persen(a.penyerapan()))));
        m.anggaranPerUrusan()
                .forEach((urusan, a) -> baris.add(Blok.Baris.tebal(
                        urusan,
                        "Jumlah urusan " + urusan,
                        a.anggaran().tercetak(),
                        a.realisasi().tercetak(),
                        persen(a.penyerapan()))));
        baris.add(Blok.Baris.tebal(
                "",
                "JUMLAH",
                m.totalAnggaran().tercetak(),
                m.totalRealisasiAnggaran().tercetak(),
                persen(m.penyerapanTotal())));
        return new Blok.Tabel(
                judul,
                List.of(
                        Blok.Kolom.teks("Kode", 3),
                        Blok.Kolom.teks("Program / Kegiatan / Sub Kegiatan", 9),
                        Blok.Kolom.angka("Anggaran", 4),
                        Blok.Kolom.angka("Realisasi", 4),
                        Blok.Kolom.angka("%", 2)),
                baris);
    }

    /** The head of agency first, then by eselon. */
    private static List<PerjanjianKinerja> urutPk(RencanaTahunan r) {
        return r.perjanjianKinerja().stream()
                .sorted(Comparator.comparing(
                        pk -> r.pejabat(pk.pejabatId()).map(Pejabat::eselon).orElse("~"),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }
}
