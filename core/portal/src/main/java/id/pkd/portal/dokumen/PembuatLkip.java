package id.pkd.portal.dokumen;

import static id.pkd.portal.dokumen.KonteksDokumen.nilaiSatuan;
import static id.pkd.portal.dokumen.KonteksDokumen.persen;
import static id.pkd.portal.dokumen.KonteksDokumen.peta;

import id.pkd.portal.capaian.Kategori;
import id.pkd.portal.daerah.Daerah;
import id.pkd.portal.dokumentasi.FotoDokumentasiService;
import id.pkd.portal.penerbitan.KelengkapanLkipService;
import id.pkd.portal.penerbitan.SubjekDokumen;
import id.pkd.portal.pengukuran.BarisAnggaran;
import id.pkd.portal.pengukuran.BarisCapaian;
import id.pkd.portal.pengukuran.PengukuranKinerja;
import id.pkd.portal.pengukuran.RingkasanSasaran;
import id.pkd.portal.perencanaan.Pejabat;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.perencanaan.PerjanjianKinerja;
import id.pkd.portal.perencanaan.ProgramKegiatan;
import id.pkd.portal.perencanaan.RealisasiIndikator;
import id.pkd.portal.perencanaan.RencanaTahunan;
import id.pkd.portal.sdm.KomposisiSdmService;
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

    static final String JENIS = KelengkapanLkipService.JENIS_LKIP;

    private final KomposisiSdmService sdm;
    private final FotoDokumentasiService dokumentasi;

    PembuatLkip(KonteksDokumen konteks, KomposisiSdmService sdm, FotoDokumentasiService dokumentasi) {
        super(konteks);
        this.sdm = sdm;
        this.dokumentasi = dokumentasi;
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
        for (BagianTeks b : BagianTeks.LKIP) {
            if (PembuatPerjanjianKinerja.kosong(teks.get(b.kunci(null)))) {
                hasil.add("Teks " + b.label() + " belum diisi (menu Teks Dokumen).");
            }
        }
        if (sdm.baca(pdId, tahun).kosong()) {
            hasil.add("Komposisi SDM tahun " + tahun + " belum diisi (menu Komposisi SDM).");
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
        NomorKeterangan nomorBab1 = new NomorKeterangan("Tabel", 1);
        b.add(tabelIkhtisar(nomorBab1.berikutnya("Ikhtisar Capaian Kinerja Tahun " + tahun), m));
        data.put("iku", m.iku().stream().map(PembuatLkip::dataIku).toList());
        data.put("rataRataIku", m.rataRataIkuTerbulat().orElse(null));
        b.add(new Blok.PindahHalaman());

        // BAB I
        LkipBabSatu.tambah(b, r, pd, teks, sdm.baca(pdId, tahun), nomorBab1);
        b.add(new Blok.PindahHalaman());

        // BAB II
        LkipBabDua.tambah(b, r, m);
        b.add(new Blok.PindahHalaman());

        // BAB III
        LkipBabTiga.tambah(b, konteks, pdId, m, teks, kepala, data);
        data.put("anggaran", LkipBabTiga.dataAnggaran(m));
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
            // the agreement is made as the year begins: its pihak kedua is the head of region in office then
            b.addAll(PembuatPerjanjianKinerja.blok(
                    r,
                    m,
                    pkKepala.get(),
                    konteks.kepalaPihakKedua(r, pkKepala.get(), LocalDate.of(tahun, 1, 1)),
                    d,
                    tempatTanggal,
                    "lampiran-pertama",
                    "lampiran-kedua",
                    new LinkedHashMap<>()));
        }
        LkipDokumentasi.tambah(b, dokumentasi.untukDokumen(pdId, tahun), pkKepala.isPresent());
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
    static List<PerjanjianKinerja> urutPk(RencanaTahunan r) {
        return r.perjanjianKinerja().stream()
                .sorted(Comparator.comparing(
                        pk -> r.pejabat(pk.pejabatId()).map(Pejabat::eselon).orElse("~"),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }
}
