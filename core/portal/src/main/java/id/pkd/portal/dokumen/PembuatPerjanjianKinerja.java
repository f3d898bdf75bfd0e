package id.pkd.portal.dokumen;

import static id.pkd.portal.dokumen.KonteksDokumen.angka;
import static id.pkd.portal.dokumen.KonteksDokumen.peta;

import id.pkd.portal.capaian.Rupiah;
import id.pkd.portal.daerah.Daerah;
import id.pkd.portal.kepaladaerah.KepalaDaerah;
import id.pkd.portal.penerbitan.CakupanDokumen;
import id.pkd.portal.penerbitan.SubjekDokumen;
import id.pkd.portal.pengukuran.BarisAnggaran;
import id.pkd.portal.pengukuran.PengukuranKinerja;
import id.pkd.portal.perencanaan.Indikator;
import id.pkd.portal.perencanaan.Pejabat;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.perencanaan.PerjanjianKinerja;
import id.pkd.portal.perencanaan.PkIndikator;
import id.pkd.portal.perencanaan.PkSasaran;
import id.pkd.portal.perencanaan.ProgramKegiatan;
import id.pkd.portal.perencanaan.RencanaTahunan;
import id.pkd.portal.perencanaan.Sasaran;
import id.pkd.portal.perjanjiankinerja.PohonKinerjaService;
import id.pkd.portal.umum.BolehBaca;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.reports.document.Blok;
import id.pkd.reports.document.DokumenLaporan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The Perjanjian Kinerja of one official for one year, signed by pihak pertama, then pihak kedua. */
@Component
class PembuatPerjanjianKinerja extends DokumenResmi {

    static final String JENIS = "PK";

    private final PohonKinerjaService pohon;

    PembuatPerjanjianKinerja(KonteksDokumen konteks, PohonKinerjaService pohon) {
        super(konteks);
        this.pohon = pohon;
    }

    @Override
    public String jenis() {
        return JENIS;
    }

    @Override
    public String nama() {
        return "Perjanjian Kinerja";
    }

    @Override
    @BolehBaca
    public List<SubjekDokumen> subjek(int tahun) {
        List<SubjekDokumen> hasil = new ArrayList<>();
        for (PerangkatDaerah pd : konteks.perencanaan.daftarPerangkatDaerah()) {
            RencanaTahunan r = konteks.perencanaan.rencana(pd.id(), tahun);
            for (PerjanjianKinerja pk : r.perjanjianKinerja()) {
                r.pejabat(pk.pejabatId())
                        .ifPresent(p -> hasil.add(new SubjekDokumen(
                                "pejabat:" + p.id(), p.jabatan() + " – " + p.nama() + " (" + pd.namaPendek() + ")")));
            }
        }
        return hasil;
    }

    /** The official's agreement and the year's plan it belongs to. */
    record Temuan(RencanaTahunan rencana, PerjanjianKinerja pk, Pejabat pejabat) {}

    Temuan cari(String kodeSubjek, int tahun) {
        long pejabatId = KonteksDokumen.idDari(kodeSubjek, "pejabat");
        for (PerangkatDaerah pd : konteks.perencanaan.daftarPerangkatDaerah()) {
            RencanaTahunan r = konteks.perencanaan.rencana(pd.id(), tahun);
            Optional<PerjanjianKinerja> pk = r.perjanjianKinerja().stream()
                    .filter(p -> p.pejabatId() == pejabatId)
                    .findFirst();
            if (pk.isPresent()) {
                return new Temuan(r, pk.get(), r.pejabat(pejabatId).orElseThrow());
            }
        }
        throw new DataTidakDitemukanException("Perjanjian kinerja");
    }

    @Override
    @BolehBaca
    public List<String> kekurangan(SubjekDokumen subjek, int tahun) {
        Temuan t = cari(subjek(subjek.kode(), tahun).kode(), tahun);
        return kekurangan(t.rencana(), t.pk());
    }

    /** The official's agency in the year: the agreement prints its targets and is issued for its year. */
    @Override
    @BolehBaca
    public List<CakupanDokumen> cakupan(SubjekDokumen subjek, int tahun) {
        Temuan t = cari(subjek(subjek.kode(), tahun).kode(), tahun);
        return List.of(new CakupanDokumen(t.rencana().perangkatDaerah().id(), tahun));
    }

    List<String> kekurangan(RencanaTahunan r, PerjanjianKinerja pk) {
        List<String> hasil = new ArrayList<>();
        Pejabat p = r.pejabat(pk.pejabatId()).orElseThrow();
        konteks.periksaPenanda(p, "Pihak pertama", hasil);
        Optional<Pejabat> atasan = r.pejabat(pk.pihakKeduaPejabatId());
        Optional<KepalaDaerah> kepalaDaerah = konteks.kepalaPihakKedua(r, pk, konteks.waktu.hariIni());
        if (atasan.isPresent()) {
            konteks.periksaPenanda(atasan.get(), "Pihak kedua", hasil);
        } else if (kepalaDaerah.isPresent()) {
            konteks.periksaPenanda(kepalaDaerah.get(), "Pihak kedua", hasil);
        } else if (kosong(pk.pihakKeduaNama()) || kosong(pk.pihakKeduaJabatan())) {
            hasil.add("Nama dan jabatan pihak kedua Perjanjian Kinerja " + p.nama() + " belum lengkap (catat kepala"
                    + " daerah di menu Kepala Daerah, atau isi pihak kedua di menu Perjanjian Kinerja).");
        }
        List<PkSasaran> sasaran = r.sasaranPk(pk.id());
        if (sasaran.stream().allMatch(s -> r.indikatorPk(s.id()).isEmpty())) {
            hasil.add("Perjanjian Kinerja " + p.nama() + " belum memuat indikator.");
        }
        for (PkSasaran s : sasaran) {
            for (PkIndikator i : r.indikatorPk(s.id())) {
                if (i.target() == null) {
                    hasil.add("Target indikator \""
                            + r.indikator(i.indikatorId()).map(Indikator::nama).orElse("?")
                            + "\" dalam Perjanjian Kinerja " + p.nama() + " belum diisi.");
                }
            }
        }
        return hasil;
    }

    static boolean kosong(String s) {
        return s == null || s.isBlank();
    }

    @Override
    Isi isi(SubjekDokumen subjek, int tahun, boolean draf, LocalDate tanggal) {
        Temuan t = cari(subjek.kode(), tahun);
        Daerah d = konteks.daerahIni();
        PengukuranKinerja m =
                konteks.pengukuran.ukur(t.rencana().perangkatDaerah().id(), tahun);
        Map<String, Object> data = new LinkedHashMap<>();
        Optional<KepalaDaerah> kepalaDaerah = konteks.kepalaPihakKedua(t.rencana(), t.pk(), tanggal);
        List<Blok> blok = blok(
                t.rencana(), m, t.pk(), kepalaDaerah, d, konteks.tempatTanggal(d, tanggal), "pertama", "kedua", data);
        // the cascade below the agreement, drawn: which subordinate sasaran carry each of its sasaran
        blok.add(new Blok.Gambar("Pohon Kinerja – " + t.pejabat().jabatan(), pohon.pngPerjanjian(t.rencana(), t.pk())));
        String judul = "Perjanjian Kinerja Tahun " + tahun + " – " + t.pejabat().nama();
        Map<String, Penanda> penanda = new LinkedHashMap<>();
        penanda.put("pertama", new Penanda(t.pejabat().id(), "Pihak Pertama", 0));
        // The head of region signs from the Kepala Daerah record; someone else named by hand has no record: 0.
        long kedua = kepalaDaerah
                .map(KepalaDaerah::pejabatId)
                .orElse(t.pk().pihakKeduaPejabatId() == null ? 0 : t.pk().pihakKeduaPejabatId());
        penanda.put("kedua", new Penanda(kedua, "Pihak Kedua", 1));
        return new Isi(
                new DokumenLaporan(judul, d.namaPemerintah(), judul + " – " + d.namaPemerintah(), draf, blok),
                peta("jenis", JENIS, "tahun", tahun, "daerah", d.namaPemerintah(), "perjanjian", data),
                penanda);
    }

    /**
     * The agreement text, its two signature blocks and the appendix tables. Also printed as the
     * LKIP's lampiran (with keys that are not signed there).
     *
     * @param kepalaDaerah the head of region who is pihak kedua (printed without NIP and rank), if it is one
     */
    static List<Blok> blok(
            RencanaTahunan r,
            PengukuranKinerja m,
            PerjanjianKinerja pk,
            Optional<KepalaDaerah> kepalaDaerah,
            Daerah d,
            String tempatTanggal,
            String kunciPertama,
            String kunciKedua,
            Map<String, Object> data) {
        Pejabat pertama = r.pejabat(pk.pejabatId()).orElseThrow();
        Optional<Pejabat> atasan = r.pejabat(pk.pihakKeduaPejabatId());
        String namaKedua = atasan.map(Pejabat::nama)
                .or(() -> kepalaDaerah.map(KepalaDaerah::nama))
                .orElse(pk.pihakKeduaNama());
        String jabatanKedua = atasan.map(Pejabat::jabatan)
                .or(() -> kepalaDaerah.map(KepalaDaerah::jabatanTercetak))
                .orElse(pk.pihakKeduaJabatan());
        List<Blok> blok = new ArrayList<>();
        blok.add(new Blok.Paragraf(d.namaPemerintah().toUpperCase(), Blok.Perataan.TENGAH, true));
        blok.add(new Blok.Paragraf(r.perangkatDaerah().nama().toUpperCase(), Blok.Perataan.TENGAH, true));
        blok.add(new Blok.Paragraf("PERJANJIAN KINERJA TAHUN " + r.tahun(), Blok.Perataan.TENGAH, true));
        blok.add(Blok.Paragraf.biasa("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan"
                + " akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:"));
        blok.add(new Blok.Paragraf(
                "Nama\t: " + pertama.nama() + "\nJabatan\t: " + pertama.jabatan()
                        + "\nselanjutnya disebut pihak pertama.",
                Blok.Perataan.KIRI,
                false));
        blok.add(new Blok.Paragraf(
                "Nama\t: " + nullKosong(namaKedua) + "\nJabatan\t: " + nullKosong(jabatanKedua)
                        + "\nselaku atasan pihak pertama, selanjutnya disebut pihak kedua.",
                Blok.Perataan.KIRI,
                false));
        blok.add(Blok.Paragraf.biasa("Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai"
                + " lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah"
                + " ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja"
                + " tersebut menjadi tanggung jawab kami."));
        blok.add(Blok.Paragraf.biasa("Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan"
                + " evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam"
                + " rangka pemberian penghargaan dan sanksi."));
        blok.add(new Blok.TandaTanganDua(
                tempatTanggal,
                new Blok.Pihak(
                        kunciKedua,
                        "PIHAK KEDUA",
                        jabatanKedua,
                        namaKedua,
                        atasan.map(Pejabat::pangkatGolongan).orElse(null),
                        atasan.map(PembuatPerjanjianKinerja::nip).orElse(null)),
                new Blok.Pihak(
                        kunciPertama,
                        "PIHAK PERTAMA",
                        pertama.jabatan(),
                        pertama.nama(),
                        pangkat(pertama),
                        nip(pertama))));

        List<Blok.Baris> target = new ArrayList<>();
        List<Map<String, Object>> dataTarget = new ArrayList<>();
        int no = 0;
        for (PkSasaran s : r.sasaranPk(pk.id())) {
            boolean pertamaDiSasaran = true;
            for (PkIndikator i : r.indikatorPk(s.id())) {
                Indikator ind = r.indikator(i.indikatorId()).orElseThrow();
                String nilai = angka(i.target()) + ("%".equals(ind.satuan()) ? "%" : " " + ind.satuan());
                target.add(Blok.Baris.biasa(
                        pertamaDiSasaran ? String.valueOf(++no) : "",
                        pertamaDiSasaran ? s.uraian() : "",
                        ind.nama(),
                        nilai));
                dataTarget.add(peta("sasaran", s.uraian(), "indikator", ind.nama(), "target", i.target()));
                pertamaDiSasaran = false;
            }
        }
        blok.add(new Blok.Tabel(
                "Lampiran Perjanjian Kinerja Tahun " + r.tahun() + " – " + pertama.jabatan(),
                List.of(
                        Blok.Kolom.angka("No", 1),
                        Blok.Kolom.teks("Sasaran", 6),
                        Blok.Kolom.teks("Indikator Kinerja", 7),
                        Blok.Kolom.angka("Target", 3)),
                target));

        Set<String> urusan = urusanPk(r, pk);
        List<Blok.Baris> anggaran = new ArrayList<>();
        List<Map<String, Object>> dataAnggaran = new ArrayList<>();
        List<Rupiah> jumlah = new ArrayList<>();
        no = 0;
        for (BarisAnggaran b : m.anggaran()) {
            if (b.baris().tingkat() != ProgramKegiatan.Tingkat.PROGRAM
                    || !(urusan.isEmpty() || urusan.contains(b.baris().urusan()))) {
                continue;
            }
            anggaran.add(Blok.Baris.biasa(
                    String.valueOf(++no),
                    b.baris().kode() + " " + b.baris().nama(),
                    b.anggaran().tercetak(),
                    b.baris().sumberDana() == null
                            ? "APBD"
                            : b.baris().sumberDana().name()));
            dataAnggaran.add(
                    peta("program", b.baris().kode(), "anggaran", b.anggaran().nilai()));
            jumlah.add(b.anggaran());
        }
        Rupiah total = Rupiah.jumlah(jumlah);
        anggaran.add(Blok.Baris.tebal("", "Jumlah", total.tercetak(), ""));
        blok.add(new Blok.Tabel(
                "Program dan Anggaran",
                List.of(
                        Blok.Kolom.angka("No", 1),
                        Blok.Kolom.teks("Program", 10),
                        Blok.Kolom.angka("Anggaran", 4),
                        Blok.Kolom.teks("Sumber Dana", 3)),
                anggaran));
        // A signed PK states its budget in words too, as a contract states sums: the figure alone can be altered.
        blok.add(Blok.Paragraf.biasa("Jumlah anggaran program yang mendukung perjanjian kinerja ini sebesar "
                + total.tercetak() + " (" + total.terbilang() + ")."));
        data.put("pihakPertama", peta("nama", pertama.nama(), "nip", pertama.nip(), "jabatan", pertama.jabatan()));
        data.put("pihakKedua", peta("nama", namaKedua, "jabatan", jabatanKedua));
        data.put("target", dataTarget);
        data.put("anggaran", dataAnggaran);
        data.put("totalAnggaran", total.nilai());
        data.put("totalAnggaranTerbilang", total.terbilang());
        return blok;
    }

    /** The urusan of the Renstra sasaran a PK cascades to; empty means the whole agency. */
    static Set<String> urusanPk(RencanaTahunan r, PerjanjianKinerja pk) {
        if (pk.pihakKeduaPejabatId() == null) {
            return Set.of();
        }
        Set<String> hasil = new HashSet<>();
        for (PkSasaran s : r.sasaranPk(pk.id())) {
            PkSasaran kini = s;
            for (int langkah = 0; kini != null && langkah < 10; langkah++) {
                if (kini.sasaranRenstraId() != null) {
                    Long id = kini.sasaranRenstraId();
                    r.sasaran().stream()
                            .filter(x -> x.id().equals(id))
                            .map(Sasaran::urusan)
                            .forEach(hasil::add);
                    break;
                }
                Long atas = kini.sasaranAtasanId();
                kini = atas == null
                        ? null
                        : r.pkSasaran().stream()
                                .filter(x -> x.id().equals(atas))
                                .findFirst()
                                .orElse(null);
            }
        }
        return hasil;
    }

    static String nip(Pejabat p) {
        return kosong(p.nip()) ? null : p.nipTercetak();
    }

    static String pangkat(Pejabat p) {
        return kosong(p.pangkat()) || kosong(p.golongan()) ? null : p.pangkatGolongan();
    }

    private static String nullKosong(String s) {
        return s == null ? "" : s;
    }
}
