package id.pkd.portal.dokumen;

import static id.pkd.portal.dokumen.KonteksDokumen.nilaiSatuan;
import static id.pkd.portal.dokumen.KonteksDokumen.persen;
import static id.pkd.portal.dokumen.KonteksDokumen.peta;

import id.pkd.portal.capaian.Kategori;
import id.pkd.portal.daerah.Daerah;
import id.pkd.portal.kepaladaerah.KepalaDaerah;
import id.pkd.portal.penerbitan.CakupanDokumen;
import id.pkd.portal.penerbitan.SubjekDokumen;
import id.pkd.portal.pengukuran.PengukuranKinerja;
import id.pkd.portal.pengukuran.RingkasanSasaran;
import id.pkd.portal.perencanaan.Pejabat;
import id.pkd.portal.perencanaan.PeriodeRpjmd;
import id.pkd.portal.rpjmd.CapaianIkuDaerah;
import id.pkd.portal.rpjmd.CapaianIkuDaerahService;
import id.pkd.portal.rpjmd.IkuDaerah;
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
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The LKJIP of the Pemerintah Daerah for a year: its subject is the region, not an agency. It reports the IKU
 * Kepala Daerah (from {@link CapaianIkuDaerahService}) and consolidates every agency's measurement from
 * {@code PengukuranKinerjaService.ukurSemua}; nothing is recomputed here. Signed by the head of region in office on
 * the document's date (menu Kepala Daerah); a region that has not recorded one yet falls back to the official whose
 * position is Bupati, Wali Kota or Gubernur.
 */
@Component
class PembuatLkjip extends DokumenResmi {

    static final String JENIS = "LKJIP";
    static final String SUBJEK = "daerah";

    /** The head of region among the officials: the position names the office ("Bupati Balangan"), not a deputy. */
    private static final Pattern KEPALA_DAERAH =
            Pattern.compile("^(Bupati|Wali ?kota|Gubernur)\\b", Pattern.CASE_INSENSITIVE);

    private final CapaianIkuDaerahService ikuDaerah;
    private final KonsolidasiSasaranRpjmd perSasaranRpjmd;

    PembuatLkjip(KonteksDokumen konteks, CapaianIkuDaerahService ikuDaerah, KonsolidasiSasaranRpjmd perSasaranRpjmd) {
        super(konteks);
        this.ikuDaerah = ikuDaerah;
        this.perSasaranRpjmd = perSasaranRpjmd;
    }

    @Override
    public String jenis() {
        return JENIS;
    }

    @Override
    public String nama() {
        return "Laporan Kinerja Instansi Pemerintah Daerah (LKJIP)";
    }

    @Override
    @BolehBaca
    public List<SubjekDokumen> subjek(int tahun) {
        return List.of(new SubjekDokumen(SUBJEK, konteks.daerahIni().namaPemerintah()));
    }

    /** Every agency's year: the region's report is issued only from approved figures of all of them. */
    @Override
    public List<CakupanDokumen> cakupan(SubjekDokumen subjek, int tahun) {
        return konteks.perencanaan.daftarPerangkatDaerah().stream()
                .map(pd -> new CakupanDokumen(pd.id(), tahun))
                .toList();
    }

    @Override
    @BolehBaca
    public List<String> kekurangan(SubjekDokumen subjek, int tahun) {
        subjek(subjek.kode(), tahun);
        CapaianIkuDaerah iku = ikuDaerah.ukur(tahun);
        List<String> hasil = new ArrayList<>();
        if (iku.periode().isEmpty()) {
            hasil.add("Tahun " + tahun + " tidak termasuk periode RPJMD mana pun.");
        } else if (iku.baris().isEmpty()) {
            hasil.add("RPJMD " + iku.periode().get().label() + " belum memuat IKU Kepala Daerah (menu RPJMD).");
        }
        for (CapaianIkuDaerah.Baris b : iku.baris()) {
            String nama = "IKU Kepala Daerah \"" + b.iku().nama() + "\"";
            if (b.target().isEmpty()) {
                hasil.add(nama + " belum memiliki target tahun " + tahun + ".");
            }
            if (b.realisasi().isEmpty()) {
                hasil.add(nama + " belum memiliki realisasi tahun " + tahun + " (menu RPJMD).");
            }
        }
        if (konteks.perencanaan.daftarPerangkatDaerah().isEmpty()) {
            hasil.add("Belum ada perangkat daerah yang kinerjanya dapat dikonsolidasikan.");
        }
        Optional<KepalaDaerah> tercatat = konteks.kepalaDaerah.menjabat(tahun, konteks.waktu.hariIni());
        Optional<Pejabat> kepala =
                tercatat.isPresent() ? Optional.empty() : kepalaDaerah(konteks.pengukuran.ukurSemua(tahun, pd -> true));
        if (tercatat.isPresent()) {
            konteks.periksaPenanda(tercatat.get(), "Kepala daerah", hasil);
        } else if (kepala.isEmpty()) {
            hasil.add("Kepala daerah (penanda tangan) tahun " + tahun + " belum tercatat: catat di menu Kepala"
                    + " Daerah.");
        } else {
            konteks.periksaPenanda(kepala.get(), "Kepala daerah", hasil);
        }
        return hasil;
    }

    static Optional<Pejabat> kepalaDaerah(List<PengukuranKinerja> semua) {
        return semua.stream()
                .flatMap(m -> m.rencana().pejabat().stream())
                .filter(p -> p.jabatan() != null
                        && KEPALA_DAERAH.matcher(p.jabatan().strip()).find())
                .min(Comparator.comparing(Pejabat::id));
    }

    @Override
    Isi isi(SubjekDokumen subjek, int tahun, boolean draf, LocalDate tanggal) {
        Daerah d = konteks.daerahIni();
        CapaianIkuDaerah iku = ikuDaerah.ukur(tahun);
        List<PengukuranKinerja> semua = konteks.pengukuran.ukurSemua(tahun, pd -> true);
        Optional<KepalaDaerah> tercatat = konteks.kepalaDaerah.menjabat(tahun, tanggal);
        Optional<Pejabat> kepala = tercatat.isPresent() ? Optional.empty() : kepalaDaerah(semua);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("jenis", JENIS);
        data.put("tahun", tahun);
        data.put("daerah", d.namaPemerintah());

        List<Blok> b = new ArrayList<>();
        b.add(new Blok.Sampul(
                "LAPORAN KINERJA",
                "Laporan Kinerja Instansi Pemerintah Daerah (LKJIP) Tahun " + tahun,
                d.namaPemerintah().toUpperCase(),
                d.nama().toUpperCase(),
                String.valueOf(tahun),
                konteks.logoAtauSegel(d)));
        b.add(new Blok.PindahHalaman());
        b.add(new Blok.DaftarIsi("DAFTAR ISI"));
        b.add(new Blok.PindahHalaman());

        b.add(new Blok.Judul(1, "BAB I PENDAHULUAN", "bab-1"));
        b.add(Blok.Paragraf.biasa(d.namaPemerintah() + " (kode wilayah " + d.kodeWilayah() + ", "
                + d.jenis().label().toLowerCase() + " dengan ibu kota " + d.tempatPenandatanganan()
                + ") menyusun laporan ini sebagai pertanggungjawaban kinerja tahun " + tahun + " atas sasaran"
                + " RPJMD, dengan mengonsolidasikan laporan kinerja " + semua.size() + " perangkat daerah."));
        List<Blok.Baris> pd = new ArrayList<>();
        int no = 0;
        for (PengukuranKinerja m : semua) {
            pd.add(Blok.Baris.biasa(
                    String.valueOf(++no),
                    m.rencana().perangkatDaerah().nama(),
                    m.rencana().kepala().map(Pejabat::nama).orElse("-")));
        }
        b.add(new Blok.Tabel(
                "Tabel 1.1 Perangkat Daerah",
                List.of(Blok.Kolom.teks("No", 1), Blok.Kolom.teks("Perangkat Daerah", 9), Blok.Kolom.teks("Kepala", 5)),
                pd));
        b.add(new Blok.PindahHalaman());

        b.add(new Blok.Judul(1, "BAB II PERENCANAAN KINERJA", "bab-2"));
        iku.periode().ifPresent(p -> rpjmd(b, p, iku));
        b.add(new Blok.PindahHalaman());

        b.add(new Blok.Judul(1, "BAB III AKUNTABILITAS KINERJA", "bab-3"));
        HurufBagian huruf = new HurufBagian();
        b.add(new Blok.Judul(2, huruf.judul("Capaian IKU Kepala Daerah Tahun " + tahun), "bab-3-iku"));
        b.add(tabelIku(tahun, iku));
        b.add(Blok.Paragraf.biasa("Rata-rata capaian IKU Kepala Daerah sebesar " + persen(iku.rataRataTerbulat())
                + "% dengan kategori " + iku.kategori().map(Kategori::label).orElse("-") + "."));
        data.put("iku", iku.baris().stream().map(PembuatLkjip::dataIku).toList());
        data.put("rataRataIku", iku.rataRataTerbulat().orElse(null));
        b.add(new Blok.Judul(2, huruf.judul("Capaian Kinerja per Perangkat Daerah"), "bab-3-pd"));
        b.add(tabelPerangkatDaerah(semua, data));
        b.add(new Blok.Judul(2, huruf.judul("Capaian Sasaran Strategis Perangkat Daerah"), "bab-3-sasaran"));
        b.add(tabelSasaran(semua));
        b.addAll(perSasaranRpjmd.blok(tahun, iku, semua, huruf, data));
        b.add(new Blok.PindahHalaman());

        b.add(new Blok.Judul(1, "BAB IV PENUTUP", "bab-4"));
        b.add(Blok.Paragraf.biasa("Demikian Laporan Kinerja Instansi Pemerintah Daerah " + d.namaPemerintah()
                + " Tahun " + tahun + " disusun sebagai bahan evaluasi dan perbaikan perencanaan kinerja tahun"
                + " berikutnya."));
        Map<String, Penanda> penanda = new LinkedHashMap<>();
        if (tercatat.isPresent()) {
            KepalaDaerah k = tercatat.get();
            // no NIP and rank lines: a head of region holds neither
            b.add(new Blok.TandaTangan(
                    konteks.tempatTanggal(d, tanggal),
                    new Blok.Pihak("kepala-daerah", "", k.jabatanTercetak(), k.nama(), null, null)));
            penanda.put("kepala-daerah", new Penanda(k.pejabatId(), "Kepala Daerah", 0));
            data.put("penandaTangan", peta("nama", k.nama(), "nip", null, "jabatan", k.jabatanTercetak()));
        } else if (kepala.isPresent()) {
            Pejabat k = kepala.get();
            b.add(new Blok.TandaTangan(
                    konteks.tempatTanggal(d, tanggal),
                    new Blok.Pihak(
                            "kepala-daerah",
                            "",
                            k.jabatan(),
                            k.nama(),
                            PembuatPerjanjianKinerja.pangkat(k),
                            PembuatPerjanjianKinerja.nip(k))));
            penanda.put("kepala-daerah", new Penanda(k.id(), "Kepala Daerah", 0));
            data.put("penandaTangan", peta("nama", k.nama(), "nip", k.nip(), "jabatan", k.jabatan()));
        }
        String judul = "LKJIP " + d.namaPemerintah() + " Tahun " + tahun;
        return new Isi(new DokumenLaporan(judul, d.namaPemerintah(), judul, draf, b), data, penanda);
    }

    private static void rpjmd(List<Blok> b, PeriodeRpjmd p, CapaianIkuDaerah iku) {
        b.add(Blok.Paragraf.biasa("Visi RPJMD " + p.label() + ": " + p.visi()));
        StringBuilder misi = new StringBuilder("Misi:");
        int n = 0;
        for (String x : p.daftarMisi()) {
            misi.append("\n").append(++n).append(". ").append(x.strip());
        }
        b.add(new Blok.Paragraf(misi.toString(), Blok.Perataan.KIRI, false));
        List<Blok.Kolom> kolom =
                new ArrayList<>(List.of(Blok.Kolom.teks("Indikator", 8), Blok.Kolom.teks("Satuan", 2)));
        for (int th = p.tahunAwal(); th <= p.tahunAkhir(); th++) {
            kolom.add(Blok.Kolom.angka(String.valueOf(th), 2));
        }
        List<Blok.Baris> baris = new ArrayList<>();
        for (CapaianIkuDaerah.Baris x : iku.baris()) {
            IkuDaerah i = x.iku();
            List<String> sel = new ArrayList<>(List.of(i.kode() + " " + i.nama(), i.satuan()));
            for (int th = p.tahunAwal(); th <= p.tahunAkhir(); th++) {
                sel.add(nilaiSatuan(Optional.ofNullable(i.target(th)), i.satuan()));
            }
            baris.add(Blok.Baris.biasa(sel.toArray(String[]::new)));
        }
        b.add(new Blok.Tabel("Tabel 2.1 Target IKU Kepala Daerah RPJMD " + p.label(), kolom, baris));
    }

    private static Blok.Tabel tabelIku(int tahun, CapaianIkuDaerah iku) {
        List<Blok.Baris> baris = new ArrayList<>();
        int no = 0;
        for (CapaianIkuDaerah.Baris x : iku.baris()) {
            String satuan = x.iku().satuan();
            baris.add(Blok.Baris.biasa(
                    String.valueOf(++no),
                    x.iku().nama(),
                    nilaiSatuan(x.target(), satuan),
                    nilaiSatuan(x.realisasi(), satuan),
                    persen(x.capaianTerbulat()),
                    x.kategori().map(Kategori::label).orElse("-")));
        }
        baris.add(Blok.Baris.tebal(
                "",
                "Rata-rata capaian",
                "",
                "",
                persen(iku.rataRataTerbulat()),
                iku.kategori().map(Kategori::label).orElse("-")));
        return new Blok.Tabel(
                "Tabel 3.1 Capaian IKU Kepala Daerah Tahun " + tahun,
                List.of(
                        Blok.Kolom.teks("No", 1),
                        Blok.Kolom.teks("Indikator", 8),
                        Blok.Kolom.angka("Target", 2),
                        Blok.Kolom.angka("Realisasi", 2),
                        Blok.Kolom.angka("Capaian (%)", 2),
                        Blok.Kolom.teks("Kategori", 3)),
                baris);
    }

    private static Blok.Tabel tabelPerangkatDaerah(List<PengukuranKinerja> semua, Map<String, Object> data) {
        List<Blok.Baris> baris = new ArrayList<>();
        List<Map<String, Object>> dataPd = new ArrayList<>();
        for (PengukuranKinerja m : semua) {
            String nama = m.rencana().perangkatDaerah().nama();
            baris.add(Blok.Baris.biasa(
                    nama,
                    String.valueOf(m.sasaran().size()),
                    String.valueOf(m.iku().size()),
                    persen(m.rataRataIkuTerbulat()),
                    m.kategoriIku().map(Kategori::label).orElse("-"),
                    persen(m.penyerapanTotal())));
            dataPd.add(peta(
                    "perangkatDaerah", nama,
                    "rataRataIku", m.rataRataIkuTerbulat().orElse(null),
                    "penyerapan", m.penyerapanTotal().orElse(null)));
        }
        data.put("perangkatDaerah", dataPd);
        return new Blok.Tabel(
                "Tabel 3.2 Capaian Kinerja per Perangkat Daerah",
                List.of(
                        Blok.Kolom.teks("Perangkat Daerah", 8),
                        Blok.Kolom.angka("Sasaran", 2),
                        Blok.Kolom.angka("IKU", 2),
                        Blok.Kolom.angka("Rata-rata Capaian IKU (%)", 3),
                        Blok.Kolom.teks("Kategori", 3),
                        Blok.Kolom.angka("Serapan Anggaran (%)", 3)),
                baris);
    }

    private static Blok.Tabel tabelSasaran(List<PengukuranKinerja> semua) {
        List<Blok.Baris> baris = new ArrayList<>();
        for (PengukuranKinerja m : semua) {
            baris.add(Blok.Baris.grup(m.rencana().perangkatDaerah().nama()));
            for (RingkasanSasaran s : m.sasaran()) {
                baris.add(Blok.Baris.biasa(
                        s.uraian(),
                        String.valueOf(s.indikator().size()),
                        persen(s.rataRataTerbulat()),
                        s.kategori().map(Kategori::label).orElse("-")));
            }
        }
        return new Blok.Tabel(
                "Tabel 3.3 Capaian Sasaran Strategis per Perangkat Daerah",
                List.of(
                        Blok.Kolom.teks("Sasaran", 10),
                        Blok.Kolom.angka("IKU", 2),
                        Blok.Kolom.angka("Rata-rata Capaian (%)", 3),
                        Blok.Kolom.teks("Kategori", 3)),
                baris);
    }

    private static Map<String, Object> dataIku(CapaianIkuDaerah.Baris b) {
        return peta(
                "kode", b.iku().kode(),
                "nama", b.iku().nama(),
                "satuan", b.iku().satuan(),
                "target", b.target().orElse(null),
                "realisasi", b.realisasi().orElse(null),
                "capaian", b.capaianTerbulat().orElse(null),
                "kategori", b.kategori().map(Kategori::label).orElse(null));
    }
}
