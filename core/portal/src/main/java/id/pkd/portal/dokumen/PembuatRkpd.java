package id.pkd.portal.dokumen;

import static id.pkd.portal.dokumen.KonteksDokumen.persen;
import static id.pkd.portal.dokumen.KonteksDokumen.peta;

import id.pkd.portal.daerah.Daerah;
import id.pkd.portal.penerbitan.CakupanDokumen;
import id.pkd.portal.penerbitan.SubjekDokumen;
import id.pkd.portal.pengukuran.BarisAnggaran;
import id.pkd.portal.pengukuran.BarisCapaian;
import id.pkd.portal.pengukuran.PengukuranKinerja;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.perencanaan.RealisasiIndikator;
import id.pkd.portal.perencanaan.RencanaTahunan;
import id.pkd.portal.perencanaan.Sasaran;
import id.pkd.portal.plugin.BagianLaporanUrusan;
import id.pkd.portal.plugin.BagianRkpdUrusan;
import id.pkd.portal.plugin.SumberBagianRkpd;
import id.pkd.portal.umum.BolehBaca;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.reports.document.Blok;
import id.pkd.reports.document.DokumenLaporan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The RKPD evaluation chapter of one urusan (as in the Balangan RKPD 2022): the parts the urusan's plugin declares
 * (indicator history and SPM over every year of their span, narrative per type), the key indicators' history and the
 * year's capaian, the plugins' subreport sections, then success factors, problems and solutions written in the
 * portal. Tables are numbered per chapter (Tabel 2.n) with their source; a missing part or text is never a
 * placeholder in the body but a line of {@link #kekurangan}. The class stays a little past 300 lines: the subject,
 * cakupan and kekurangan rules of the chapter belong together.
 */
@Component
class PembuatRkpd extends DokumenResmi {

    static final String JENIS = "RKPD";
    private static final int TAHUN_RIWAYAT = 6;

    private final SumberBagianRkpd bagianRkpd;

    PembuatRkpd(KonteksDokumen konteks, SumberBagianRkpd bagianRkpd) {
        super(konteks);
        this.bagianRkpd = bagianRkpd;
    }

    @Override
    public String jenis() {
        return JENIS;
    }

    @Override
    public String nama() {
        return "Bab Evaluasi RKPD per Urusan";
    }

    @Override
    @BolehBaca
    public List<SubjekDokumen> subjek(int tahun) {
        Map<String, SubjekDokumen> hasil = new LinkedHashMap<>();
        for (PerangkatDaerah pd : konteks.perencanaan.daftarPerangkatDaerah()) {
            RencanaTahunan r = konteks.perencanaan.rencana(pd.id(), tahun);
            for (String u : urusan(r)) {
                hasil.putIfAbsent(
                        "urusan:" + u,
                        new SubjekDokumen(
                                "urusan:" + u, u + " " + konteks.namaUrusan(u) + " (" + pd.namaPendek() + ")"));
            }
        }
        return List.copyOf(hasil.values());
    }

    private static Set<String> urusan(RencanaTahunan r) {
        Set<String> u = new LinkedHashSet<>();
        r.sasaran().stream()
                .map(Sasaran::urusan)
                .filter(x -> x != null && !x.isBlank())
                .forEach(u::add);
        return u;
    }

    /** The agency holding the urusan. */
    private PerangkatDaerah pemegang(String urusan, int tahun) {
        for (PerangkatDaerah pd : konteks.perencanaan.daftarPerangkatDaerah()) {
            if (urusan(konteks.perencanaan.rencana(pd.id(), tahun)).contains(urusan)) {
                return pd;
            }
        }
        throw new DataTidakDitemukanException("Urusan");
    }

    private static String kodeUrusan(SubjekDokumen s) {
        if (!s.kode().startsWith("urusan:")) {
            throw new DataTidakDitemukanException("Subjek dokumen");
        }
        return s.kode().substring("urusan:".length());
    }

    @Override
    @BolehBaca
    public List<String> kekurangan(SubjekDokumen subjek, int tahun) {
        String u = kodeUrusan(subjek(subjek.kode(), tahun));
        PerangkatDaerah pd = pemegang(u, tahun);
        PengukuranKinerja m = konteks.pengukuran.ukur(pd.id(), tahun);
        List<String> hasil = new ArrayList<>();
        for (BarisCapaian b : ikuUrusan(m, u)) {
            if (b.realisasi().isEmpty()) {
                hasil.add("IKU \"" + b.indikator().nama() + "\" belum memiliki realisasi tahun " + tahun + ".");
            }
        }
        Map<String, String> teks = konteks.teks.semua(pd.id(), tahun);
        for (BagianTeks b :
                List.of(BagianTeks.RKPD_KEBERHASILAN, BagianTeks.RKPD_PERMASALAHAN, BagianTeks.RKPD_SOLUSI)) {
            if (PembuatPerjanjianKinerja.kosong(teks.get(b.kunci(u)))) {
                hasil.add("Teks " + b.label() + " urusan " + u + " belum diisi (menu Teks Dokumen).");
            }
        }
        List<BagianRkpdUrusan> rkpd = bagianRkpd.bagianRkpd(u, tahun);
        for (BagianRkpdUrusan b : rkpd) {
            if (b.kosong()) {
                hasil.add("Bagian \"" + b.judul() + "\" urusan " + u
                        + " belum ada datanya (menu Data Urusan, sampai tahun " + tahun + ").");
            }
        }
        if (rkpd.isEmpty() && bagian(pd.id(), tahun, u).isEmpty()) {
            hasil.add("Belum ada tabel data urusan " + u
                    + " dari plugin (plugin urusan belum aktif atau datanya belum diisi).");
        }
        return hasil;
    }

    private List<BagianLaporanUrusan> bagian(long pdId, int tahun, String urusan) {
        return konteks.bagianUrusan(BagianLaporanUrusan.Tempat.RKPD_EVALUASI, pdId, tahun).stream()
                .filter(b -> b.kodeUrusan().equals(urusan))
                .toList();
    }

    private static List<BarisCapaian> ikuUrusan(PengukuranKinerja m, String urusan) {
        return m.sasaran().stream()
                .filter(s -> urusan.equals(s.urusan()))
                .flatMap(s -> s.indikator().stream())
                .toList();
    }

    /** History over the years on record: the published realisasi of every year, as the engine reads it. */
    static List<Integer> tahunTercatat(RencanaTahunan r, List<BarisCapaian> iku, int tahun) {
        int awal = Math.max(r.periode() == null ? tahun : r.periode().tahunAwal() - 1, tahun - TAHUN_RIWAYAT + 1);
        List<Integer> hasil = new ArrayList<>();
        for (int t = awal; t <= tahun; t++) {
            int th = t;
            if (iku.stream().anyMatch(i -> r.realisasi(i.indikator().id(), th, RealisasiIndikator.TAHUNAN)
                    .isPresent())) {
                hasil.add(t);
            }
        }
        if (!hasil.contains(tahun)) {
            hasil.add(tahun);
        }
        return hasil;
    }

    /**
     * The holding agency in the year, and in every earlier year whose realisasi the history table prints: each of
     * those figures is issued, so each agency-year must be Ditetapkan.
     */
    @Override
    @BolehBaca
    public List<CakupanDokumen> cakupan(SubjekDokumen subjek, int tahun) {
        String u = kodeUrusan(subjek(subjek.kode(), tahun));
        PerangkatDaerah pd = pemegang(u, tahun);
        PengukuranKinerja m = konteks.pengukuran.ukur(pd.id(), tahun);
        return tahunTercatat(m.rencana(), ikuUrusan(m, u), tahun).stream()
                .map(t -> new CakupanDokumen(pd.id(), t))
                .toList();
    }

    @Override
    Isi isi(SubjekDokumen subjek, int tahun, boolean draf, LocalDate tanggal) {
        String u = kodeUrusan(subjek);
        PerangkatDaerah pd = pemegang(u, tahun);
        PengukuranKinerja m = konteks.pengukuran.ukur(pd.id(), tahun);
        RencanaTahunan r = m.rencana();
        Daerah d = konteks.daerahIni();
        String namaUrusan = konteks.namaUrusan(u);
        List<BarisCapaian> iku = ikuUrusan(m, u);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("jenis", JENIS);
        data.put("tahun", tahun);
        data.put("daerah", d.namaPemerintah());
        data.put("urusan", u);

        List<Blok> b = new ArrayList<>();
        b.add(new Blok.Paragraf(
                "RENCANA KERJA PEMERINTAH DAERAH (RKPD)\n" + d.namaPemerintah().toUpperCase() + "\nEVALUASI TAHUN "
                        + tahun,
                Blok.Perataan.TENGAH,
                true));
        b.add(new Blok.Judul(1, "Urusan " + namaUrusan, "urusan"));

        // "Dinas Sosial Kabupaten Kotawaringin Barat" already names its region; others get it added.
        BlokRkpd nomor = new BlokRkpd(pd.nama().contains(d.nama()) ? pd.nama() : pd.nama() + " " + d.nama());
        List<Map<String, Object>> dataRkpd = new ArrayList<>();
        for (BagianRkpdUrusan bagian : bagianRkpd.bagianRkpd(u, tahun)) {
            b.addAll(nomor.bagian(bagian, d.nama()));
            dataRkpd.add(peta(
                    "plugin", bagian.pluginId(),
                    "judul", bagian.judul(),
                    "tahun", bagian.tahun(),
                    "baris", bagian.baris(),
                    "paragraf", bagian.paragraf()));
        }
        data.put("bagianRkpd", dataRkpd);

        List<Map<String, Object>> dataRiwayat = new ArrayList<>();
        b.addAll(TabelIkuRkpd.riwayat(m, iku, tahun, namaUrusan, nomor, dataRiwayat));
        data.put("riwayat", dataRiwayat);

        b.addAll(TabelIkuRkpd.capaian(iku, tahun, namaUrusan, nomor));
        data.put(
                "capaian",
                iku.stream()
                        .map(i -> peta(
                                "indikator", i.indikator().nama(),
                                "target", i.target().orElse(null),
                                "realisasi", i.realisasi().orElse(null),
                                "capaian", i.capaianTerbulat().orElse(null)))
                        .toList());
        BarisAnggaran anggaran = m.anggaranPerUrusan().get(u);
        if (anggaran != null) {
            b.add(Blok.Paragraf.biasa("Anggaran urusan " + namaUrusan + " tahun " + tahun + " sebesar "
                    + anggaran.anggaran().tercetak() + " dengan realisasi "
                    + anggaran.realisasi().tercetak() + " ("
                    + persen(anggaran.penyerapan()) + "%)."));
            data.put(
                    "anggaran",
                    peta(
                            "anggaran",
                            anggaran.anggaran().nilai(),
                            "realisasi",
                            anggaran.realisasi().nilai()));
        }

        data.put("bagianUrusan", bagianLaporan(b, pd.id(), tahun, u, nomor));

        Map<String, String> teks = konteks.teks.semua(pd.id(), tahun);
        tambahBagianTeks(b, "Faktor Keberhasilan", "keberhasilan", teks, BagianTeks.RKPD_KEBERHASILAN, u);
        tambahBagianTeks(b, "Permasalahan", "permasalahan", teks, BagianTeks.RKPD_PERMASALAHAN, u);
        tambahBagianTeks(b, "Solusi", "solusi", teks, BagianTeks.RKPD_SOLUSI, u);

        Map<String, Penanda> penanda = new LinkedHashMap<>();
        r.kepala().ifPresent(k -> {
            b.add(new Blok.TandaTangan(
                    konteks.tempatTanggal(d, tanggal),
                    new Blok.Pihak(
                            "kepala",
                            "",
                            k.jabatan(),
                            k.nama(),
                            PembuatPerjanjianKinerja.pangkat(k),
                            PembuatPerjanjianKinerja.nip(k))));
            penanda.put("kepala", new Penanda(k.id(), "Kepala Perangkat Daerah", 0));
        });
        String judul = "Evaluasi RKPD Urusan " + namaUrusan + " Tahun " + tahun;
        return new Isi(
                new DokumenLaporan(judul, d.namaPemerintah(), judul + " – " + d.namaPemerintah(), draf, b),
                data,
                penanda);
    }

    /** The plugins' subreport sections for the urusan, each a numbered table of the chapter with its source. */
    private List<Map<String, Object>> bagianLaporan(List<Blok> b, long pdId, int tahun, String u, BlokRkpd nomor) {
        List<Map<String, Object>> dataBagian = new ArrayList<>();
        for (BagianLaporanUrusan bagian : bagian(pdId, tahun, u)) {
            // No heading over the section: the table's numbered caption names it, and a heading of the same words
            // printed it twice (the 2.13 chapter's "Jumlah Desa … Menurut IDM").
            for (Blok x : KonteksDokumen.blokBagian(bagian)) {
                // The subreport is a table of the chapter: numbered like the others, its source under it.
                if (x instanceof Blok.SubLaporan sub) {
                    b.add(new Blok.SubLaporan(
                            nomor.judulTabel(sub.judul()), sub.templat(), sub.parameter(), sub.baris()));
                    b.add(nomor.sumber());
                } else if (x instanceof Blok.Gambar g) {
                    b.add(new Blok.Gambar(nomor.judulGrafik(g.judul()), g.png()));
                } else {
                    b.add(x);
                }
            }
            char huruf = 'a';
            for (Map<String, ?> baris : bagian.baris()) {
                Object narasi = baris.get("narasi");
                if (narasi != null && !narasi.toString().isBlank()) {
                    b.add(Blok.Paragraf.biasa(huruf++ + ") " + label(baris) + narasi));
                }
            }
            dataBagian.add(peta("plugin", bagian.pluginId(), "judul", bagian.judul(), "baris", bagian.baris()));
        }
        return dataBagian;
    }

    private static String label(Map<String, ?> baris) {
        for (String k : List.of("nama", "jenis", "uraian")) {
            Object v = baris.get(k);
            if (v != null && !v.toString().isBlank()) {
                return v + ": ";
            }
        }
        return "";
    }

    /**
     * A narrative section of the chapter's fixed structure: its heading and the agency's text, or nothing when the
     * text is not written. Neither a placeholder nor an empty heading goes into the body; the gap is in the list of
     * what is missing ({@link #kekurangan}).
     */
    private static void tambahBagianTeks(
            List<Blok> b, String judul, String jangkar, Map<String, String> teks, BagianTeks bagian, String urusan) {
        String isi = teks.get(bagian.kunci(urusan));
        if (!PembuatPerjanjianKinerja.kosong(isi)) {
            b.add(new Blok.Judul(2, judul, jangkar));
            b.add(Blok.Paragraf.biasa(isi));
        }
    }
}
