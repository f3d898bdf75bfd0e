package id.pkd.portal.perencanaan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pkd.plugin.api.Polaritas;
import id.pkd.portal.capaian.VarianRendah;
import id.pkd.portal.pengguna.Nip;
import id.pkd.portal.perencanaan.FormatRencana.*;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.ValidasiGagalException;
import id.pkd.portal.umum.ValidasiGagalException.Kesalahan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a tenant's plan for a year ({@link FormatRencana}). Everything is checked first and
 * every problem is reported with its path; only a file without problems is applied, in one
 * transaction. Entries are matched by code or NIP, so importing the same file twice changes
 * nothing; the PK and the program tree of the year are replaced as a whole.
 */
@Service
public class ImporRencanaService {

    private static final Pattern KODE_BIDANG = Pattern.compile("[A-Z0-9_]{1,30}");
    private static final Pattern KODE_PROGRAM = Pattern.compile("\\d\\.\\d{2}\\.\\d{2}");
    private static final Pattern KODE_KEGIATAN = Pattern.compile("\\d\\.\\d{2}\\.\\d{2}\\.\\d\\.\\d{2}");
    private static final Pattern KODE_SUB_KEGIATAN = Pattern.compile("\\d\\.\\d{2}\\.\\d{2}\\.\\d\\.\\d{2}\\.\\d{2,4}");
    private static final Pattern KODE_URUSAN = Pattern.compile("\\d\\.\\d{2}");

    private final ObjectMapper json;
    private final PerangkatDaerahRepository perangkatDaerah;
    private final BidangRepository bidang;
    private final PejabatRepository pejabat;
    private final PelaksanaRepository pelaksana;
    private final PeriodeRpjmdRepository periode;
    private final TujuanRepository tujuan;
    private final SasaranRepository sasaran;
    private final IndikatorRepository indikator;
    private final TargetIndikatorRepository target;
    private final PerjanjianKinerjaRepository pk;
    private final PkSasaranRepository pkSasaran;
    private final PkIndikatorRepository pkIndikator;
    private final ProgramKegiatanRepository program;
    private final IndikatorProgramRepository indikatorProgram;
    private final RealisasiService realisasi;
    private final PenjagaPerubahan penjaga;

    private final id.pkd.portal.plugin.DataUrusanService dataUrusan;

    ImporRencanaService(
            ObjectMapper json,
            PerangkatDaerahRepository perangkatDaerah,
            BidangRepository bidang,
            PejabatRepository pejabat,
            PelaksanaRepository pelaksana,
            PeriodeRpjmdRepository periode,
            TujuanRepository tujuan,
            SasaranRepository sasaran,
            IndikatorRepository indikator,
            TargetIndikatorRepository target,
            PerjanjianKinerjaRepository pk,
            PkSasaranRepository pkSasaran,
            PkIndikatorRepository pkIndikator,
            ProgramKegiatanRepository program,
            IndikatorProgramRepository indikatorProgram,
            RealisasiService realisasi,
            PenjagaPerubahan penjaga,
            id.pkd.portal.plugin.DataUrusanService dataUrusan) {
        this.dataUrusan = dataUrusan;
        this.json = json.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        this.perangkatDaerah = perangkatDaerah;
        this.bidang = bidang;
        this.pejabat = pejabat;
        this.pelaksana = pelaksana;
        this.periode = periode;
        this.tujuan = tujuan;
        this.sasaran = sasaran;
        this.indikator = indikator;
        this.target = target;
        this.pk = pk;
        this.pkSasaran = pkSasaran;
        this.pkIndikator = pkIndikator;
        this.program = program;
        this.indikatorProgram = indikatorProgram;
        this.realisasi = realisasi;
        this.penjaga = penjaga;
    }

    /** What an applied import did, and the warnings a user should see (nothing was refused). */
    public record HasilImpor(
            int perangkatDaerah, int indikator, int subKegiatan, int realisasi, List<Kesalahan> peringatan) {}

    @Secured({"ROLE_ADMIN_DAERAH", "ROLE_API_TULIS"})
    @Transactional
    public HasilImpor impor(byte[] isi) {
        Dokumen dokumen = baca(isi);
        long tenant = TenantContext.wajib().value();
        Pemeriksa p = new Pemeriksa(tenant);
        p.periksa(dokumen);
        if (!p.kesalahan.isEmpty()) {
            throw new ValidasiGagalException(p.kesalahan);
        }
        return terapkan(tenant, dokumen, p.peringatan);
    }

    private Dokumen baca(byte[] isi) {
        try {
            JsonNode akar = json.readTree(isi);
            if (akar == null || !akar.isObject()) {
                throw galat("", "Isi berkas harus sebuah objek JSON berformat " + FormatRencana.VERSI + ".");
            }
            buangCatatan(akar);
            return json.treeToValue(akar, Dokumen.class);
        } catch (JsonMappingException e) {
            throw galat(path(e), pesanJackson(e));
        } catch (JsonProcessingException e) {
            throw galat(
                    "", "Berkas bukan JSON yang sah (baris " + e.getLocation().getLineNr() + ").");
        } catch (java.io.IOException e) {
            throw galat("", "Berkas tidak dapat dibaca.");
        }
    }

    private static ValidasiGagalException galat(String path, String pesan) {
        return new ValidasiGagalException(List.of(new Kesalahan(path, pesan)));
    }

    /** Keys starting with "_" carry notes for people; the import ignores them at every level. */
    private static void buangCatatan(JsonNode node) {
        if (node instanceof ObjectNode obj) {
            Iterator<String> nama = obj.fieldNames();
            List<String> buang = new ArrayList<>();
            nama.forEachRemaining(n -> {
                if (n.startsWith("_")) {
                    buang.add(n);
                }
            });
            obj.remove(buang);
        }
        node.forEach(ImporRencanaService::buangCatatan);
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String pesanJackson(JsonMappingException e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
            return "Kunci \"" + u.getPropertyName() + "\" tidak dikenal dalam format " + FormatRencana.VERSI + ".";
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException f) {
            return "Nilai \"" + f.getValue() + "\" tidak sesuai jenisnya (" + jenis(f.getTargetType()) + ").";
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m && m.getTargetType() != null) {
            return "Jenis nilai salah: seharusnya " + jenis(m.getTargetType()) + ".";
        }
        return "Nilai tidak dapat dibaca.";
    }

    private static String jenis(Class<?> c) {
        if (c == null) {
            return "nilai";
        }
        if (Number.class.isAssignableFrom(c) || c == int.class) {
            return "angka";
        }
        if (c == String.class) {
            return "teks";
        }
        if (List.class.isAssignableFrom(c)) {
            return "daftar";
        }
        if (c == java.time.LocalDate.class) {
            return "tanggal yyyy-MM-dd";
        }
        return "objek";
    }

    // ---------------------------------------------------------------- checks

    /** Collects every problem of a document, with its path. Reads the database, never writes. */
    private final class Pemeriksa {
        final long tenant;
        final List<Kesalahan> kesalahan = new ArrayList<>();
        final List<Kesalahan> peringatan = new ArrayList<>();
        final Set<String> nipDalamBerkas = new HashSet<>();
        int tahunAwal;
        int tahunAkhir;
        int tahun;

        Pemeriksa(long tenant) {
            this.tenant = tenant;
        }

        void salah(String path, String pesan) {
            kesalahan.add(new Kesalahan(path, pesan));
        }

        boolean kosong(String teks) {
            return teks == null || teks.isBlank();
        }

        void wajib(String path, String teks, String nama) {
            if (kosong(teks)) {
                salah(path, nama + " wajib diisi.");
            }
        }

        <T> List<T> daftar(List<T> l) {
            return l == null ? List.of() : l;
        }

        void periksa(Dokumen d) {
            if (!FormatRencana.VERSI.equals(d.format())) {
                salah("format", "Format harus \"" + FormatRencana.VERSI + "\".");
            }
            if (d.tahun() == null || d.tahun() < 2000 || d.tahun() > 2100) {
                salah("tahun", "Tahun rencana wajib diisi (2000–2100).");
                return;
            }
            tahun = d.tahun();
            Rpjmd r = d.rpjmd();
            if (r == null || r.tahunAwal() == null || r.tahunAkhir() == null) {
                salah("rpjmd", "Periode RPJMD (tahunAwal, tahunAkhir) wajib diisi.");
                return;
            }
            tahunAwal = r.tahunAwal();
            tahunAkhir = r.tahunAkhir();
            if (tahunAkhir <= tahunAwal || tahunAkhir - tahunAwal > 6) {
                salah(
                        "rpjmd.tahunAkhir",
                        "Periode RPJMD harus 5 sampai 6 tahun kalender, tahun akhir setelah tahun awal.");
                return;
            }
            if (tahun < tahunAwal || tahun > tahunAkhir) {
                salah("tahun", "Tahun " + tahun + " di luar periode RPJMD " + tahunAwal + "–" + tahunAkhir + ".");
            }
            wajib("rpjmd.visi", r.visi(), "Visi");
            if (daftar(r.misi()).isEmpty() || r.misi().stream().anyMatch(this::kosong)) {
                salah("rpjmd.misi", "Misi wajib diisi, sedikitnya satu, tanpa butir kosong.");
            }
            for (PeriodeRpjmd ada : periode.semua(tenant)) {
                boolean sama = ada.tahunAwal() == tahunAwal;
                boolean tumpang = tahunAwal <= ada.tahunAkhir() && ada.tahunAwal() <= tahunAkhir;
                if (!sama && tumpang) {
                    salah(
                            "rpjmd",
                            "Periode " + tahunAwal + "–" + tahunAkhir + " bertumpang tindih dengan periode "
                                    + ada.label() + " yang sudah tercatat.");
                }
            }
            List<PerangkatDaerahData> semua = daftar(d.perangkatDaerah());
            if (semua.isEmpty()) {
                salah("perangkatDaerah", "Sedikitnya satu perangkat daerah.");
            }
            Set<String> kode = new HashSet<>();
            for (int i = 0; i < semua.size(); i++) {
                PerangkatDaerahData pd = semua.get(i);
                String path = "perangkatDaerah[" + i + "]";
                if (pd == null) {
                    salah(path, "Perangkat daerah kosong.");
                    continue;
                }
                if (kosong(pd.kode())) {
                    salah(path + ".kode", "Kode perangkat daerah wajib diisi.");
                } else if (!kode.add(pd.kode())) {
                    salah(path + ".kode", "Kode perangkat daerah \"" + pd.kode() + "\" muncul dua kali.");
                }
                wajib(path + ".nama", pd.nama(), "Nama perangkat daerah");
                periksa(path, pd);
            }
        }

        void periksa(String path, PerangkatDaerahData pd) {
            Optional<PerangkatDaerah> ada =
                    kosong(pd.kode()) ? Optional.empty() : perangkatDaerah.cariKode(tenant, pd.kode());
            Set<Integer> tahunRealisasi = new HashSet<>();
            tahunRealisasi.add(tahun);
            daftar(pd.realisasi()).stream()
                    .filter(r -> r != null && r.tahun() != null)
                    .forEach(r -> tahunRealisasi.add(r.tahun()));
            ada.ifPresent(a -> tahunRealisasi.forEach(t -> {
                try {
                    penjaga.pastikanBolehDiubah(a.id(), t);
                } catch (DataTerkunciException e) {
                    salah(path, e.getMessage());
                }
            }));

            Set<String> kodeBidang = new HashSet<>();
            List<BidangData> bidangData = daftar(pd.bidang());
            for (int j = 0; j < bidangData.size(); j++) {
                BidangData b = bidangData.get(j);
                String pb = path + ".bidang[" + j + "]";
                if (b == null
                        || kosong(b.kode())
                        || !KODE_BIDANG.matcher(b.kode()).matches()) {
                    salah(pb + ".kode", "Kode bidang: huruf besar, angka atau garis bawah, 1–30 karakter.");
                } else if (!kodeBidang.add(b.kode())) {
                    salah(pb + ".kode", "Kode bidang \"" + b.kode() + "\" muncul dua kali.");
                }
                if (b != null) {
                    wajib(pb + ".nama", b.nama(), "Nama bidang");
                }
            }

            Map<String, PejabatData> pejabatPerNip = new HashMap<>();
            List<PejabatData> pejabatData = daftar(pd.pejabat());
            for (int j = 0; j < pejabatData.size(); j++) {
                PejabatData o = pejabatData.get(j);
                String po = path + ".pejabat[" + j + "]";
                if (o == null) {
                    salah(po, "Pejabat kosong.");
                    continue;
                }
                String nip = o.nip() == null ? "" : o.nip().replace(" ", "");
                Optional<String> nipSalah = Nip.periksa(nip);
                if (nipSalah.isPresent()) {
                    salah(po + ".nip", nipSalah.get());
                } else if (!nipDalamBerkas.add(nip)) {
                    salah(po + ".nip", "NIP " + nip + " muncul dua kali.");
                } else {
                    pejabatPerNip.put(nip, o);
                    pejabat.cariNip(tenant, nip)
                            .filter(p -> ada.isEmpty()
                                    || p.perangkatDaerahId() != ada.get().id())
                            .ifPresent(p ->
                                    salah(po + ".nip", "NIP " + nip + " sudah tercatat di perangkat daerah lain."));
                }
                wajib(po + ".nama", o.nama(), "Nama pejabat");
                wajib(po + ".pangkat", o.pangkat(), "Pangkat");
                wajib(po + ".jabatan", o.jabatan(), "Jabatan");
                if (!AturanPejabat.golonganSah(o.golongan())) {
                    salah(po + ".golongan", AturanPejabat.PESAN_GOLONGAN);
                }
                if (!AturanPejabat.eselonSah(o.eselon())) {
                    salah(po + ".eselon", AturanPejabat.PESAN_ESELON);
                }
                if (o.bidang() != null && !kodeBidang.contains(o.bidang())) {
                    salah(po + ".bidang", "Bidang \"" + o.bidang() + "\" tidak ada di perangkat daerah ini.");
                }
            }
            for (int j = 0; j < pejabatData.size(); j++) {
                PejabatData o = pejabatData.get(j);
                if (o != null && o.atasan() != null) {
                    String atasan = o.atasan().replace(" ", "");
                    if (!pejabatPerNip.containsKey(atasan)) {
                        salah(
                                path + ".pejabat[" + j + "].atasan",
                                "Atasan dengan NIP " + atasan + " tidak ada di daftar pejabat.");
                    } else if (atasan.equals(o.nip().replace(" ", "")) || berputar(pejabatPerNip, atasan, o.nip())) {
                        salah(path + ".pejabat[" + j + "].atasan", "Rantai atasan berputar kembali ke pejabat ini.");
                    }
                }
            }
            List<PelaksanaData> plt = daftar(pd.pelaksana());
            for (int j = 0; j < plt.size(); j++) {
                PelaksanaData l = plt.get(j);
                String pl = path + ".pelaksana[" + j + "]";
                if (l == null
                        || l.nip() == null
                        || !pejabatPerNip.containsKey(l.nip().replace(" ", ""))) {
                    salah(pl + ".nip", "Pelaksana harus pejabat perangkat daerah ini.");
                    continue;
                }
                if (!"PLT".equals(l.jenis()) && !"PLH".equals(l.jenis())) {
                    salah(pl + ".jenis", "Jenis pelaksana PLT atau PLH.");
                }
                wajib(pl + ".jabatan", l.jabatan(), "Jabatan yang dilaksanakan");
                if (l.mulai() == null || l.selesai() == null) {
                    salah(pl + ".mulai", "Tanggal mulai dan selesai wajib diisi.");
                } else if (l.selesai().isBefore(l.mulai())) {
                    salah(pl + ".selesai", "Tanggal selesai sebelum tanggal mulai.");
                }
            }

            Map<String, IndikatorData> indikatorRenstra = new HashMap<>();
            Set<String> kodeSasaran = new HashSet<>();
            Set<String> kodeTujuan = new HashSet<>();
            List<TujuanData> tujuanData =
                    pd.renstra() == null ? List.of() : daftar(pd.renstra().tujuan());
            for (int j = 0; j < tujuanData.size(); j++) {
                TujuanData t = tujuanData.get(j);
                String pt = path + ".renstra.tujuan[" + j + "]";
                if (t == null || kosong(t.kode())) {
                    salah(pt + ".kode", "Kode tujuan wajib diisi.");
                    continue;
                }
                if (!kodeTujuan.add(t.kode())) {
                    salah(pt + ".kode", "Kode tujuan \"" + t.kode() + "\" muncul dua kali.");
                }
                wajib(pt + ".uraian", t.uraian(), "Uraian tujuan");
                List<SasaranData> ss = daftar(t.sasaran());
                for (int k = 0; k < ss.size(); k++) {
                    SasaranData s = ss.get(k);
                    String ps = pt + ".sasaran[" + k + "]";
                    if (s == null || kosong(s.kode())) {
                        salah(ps + ".kode", "Kode sasaran wajib diisi.");
                        continue;
                    }
                    if (!kodeSasaran.add(s.kode())) {
                        salah(ps + ".kode", "Kode sasaran \"" + s.kode() + "\" muncul dua kali.");
                    }
                    wajib(ps + ".uraian", s.uraian(), "Uraian sasaran");
                    if (s.urusan() != null && !KODE_URUSAN.matcher(s.urusan()).matches()) {
                        salah(ps + ".urusan", "Kode urusan ditulis seperti \"1.06\".");
                    }
                    List<IndikatorData> ii = daftar(s.indikator());
                    for (int m = 0; m < ii.size(); m++) {
                        IndikatorData ind = ii.get(m);
                        String pi = ps + ".indikator[" + m + "]";
                        if (ind == null || kosong(ind.kode())) {
                            salah(pi + ".kode", "Kode indikator wajib diisi.");
                            continue;
                        }
                        if (indikatorRenstra.put(ind.kode(), ind) != null) {
                            salah(pi + ".kode", "Kode indikator \"" + ind.kode() + "\" muncul dua kali.");
                        }
                        periksaIndikator(pi, ind.nama(), ind.satuan(), ind.polaritas(), ind.varianRendah());
                        if (ind.sumberRealisasi() != null && !dataUrusan.sumberDikenal(ind.sumberRealisasi())) {
                            salah(
                                    pi + ".sumberRealisasi",
                                    "Sumber realisasi " + ind.sumberRealisasi()
                                            + " bukan indikator terhitung plugin urusan yang terpasang"
                                            + " (bentuk: id-plugin/kode-indikator).");
                        }
                        Map<String, BigDecimal> tt = ind.target() == null ? Map.of() : ind.target();
                        for (Map.Entry<String, BigDecimal> e : tt.entrySet()) {
                            String pth = pi + ".target." + e.getKey();
                            Integer th = tahunDari(e.getKey());
                            if (th == null || th < tahunAwal || th > tahunAkhir) {
                                salah(
                                        pth,
                                        "Target untuk tahun " + e.getKey() + " di luar periode RPJMD " + tahunAwal + "–"
                                                + tahunAkhir + ".");
                            } else if (e.getValue() == null) {
                                salah(pth, "Nilai target wajib diisi.");
                            }
                        }
                        if (!tt.containsKey(Integer.toString(tahun))) {
                            salah(pi + ".target", "Target tahun " + tahun + " wajib ada.");
                        }
                    }
                }
            }

            Set<String> indikatorPk = new HashSet<>();
            Map<String, String> pemilikSasaranPk = new HashMap<>();
            Set<String> pihakPertama = new HashSet<>();
            List<PerjanjianKinerjaData> pks = daftar(pd.perjanjianKinerja());
            for (int j = 0; j < pks.size(); j++) {
                PerjanjianKinerjaData k = pks.get(j);
                String pp = path + ".perjanjianKinerja[" + j + "]";
                if (k == null
                        || k.pihakPertama() == null
                        || !pejabatPerNip.containsKey(k.pihakPertama().replace(" ", ""))) {
                    salah(pp + ".pihakPertama", "Pihak pertama harus NIP pejabat perangkat daerah ini.");
                    continue;
                }
                if (!pihakPertama.add(k.pihakPertama())) {
                    salah(pp + ".pihakPertama", "Pejabat ini sudah memiliki perjanjian kinerja tahun " + tahun + ".");
                }
                PihakKeduaData dua = k.pihakKedua();
                if (dua == null || (dua.nip() == null && (kosong(dua.nama()) || kosong(dua.jabatan())))) {
                    salah(pp + ".pihakKedua", "Pihak kedua: NIP pejabat, atau nama dan jabatan.");
                } else if (dua.nip() != null
                        && !pejabatPerNip.containsKey(dua.nip().replace(" ", ""))) {
                    salah(
                            pp + ".pihakKedua.nip",
                            "Pihak kedua dengan NIP " + dua.nip() + " tidak ada di daftar pejabat.");
                }
                List<PkSasaranData> ss = daftar(k.sasaran());
                for (int m = 0; m < ss.size(); m++) {
                    PkSasaranData s = ss.get(m);
                    String ps = pp + ".sasaran[" + m + "]";
                    if (s == null || kosong(s.kode())) {
                        salah(ps + ".kode", "Kode sasaran wajib diisi.");
                        continue;
                    }
                    if (pemilikSasaranPk.put(s.kode(), k.pihakPertama()) != null || kodeSasaran.contains(s.kode())) {
                        salah(ps + ".kode", "Kode sasaran \"" + s.kode() + "\" sudah dipakai.");
                    }
                    wajib(ps + ".uraian", s.uraian(), "Uraian sasaran");
                    if (s.sasaranRenstra() != null && !kodeSasaran.contains(s.sasaranRenstra())) {
                        salah(ps + ".sasaranRenstra", "Sasaran Renstra \"" + s.sasaranRenstra() + "\" tidak ada.");
                    }
                    List<PkIndikatorData> ii = daftar(s.indikator());
                    for (int n = 0; n < ii.size(); n++) {
                        PkIndikatorData ind = ii.get(n);
                        String pi = ps + ".indikator[" + n + "]";
                        if (ind == null || kosong(ind.kode())) {
                            salah(pi + ".kode", "Kode indikator wajib diisi.");
                            continue;
                        }
                        if (ind.target() == null) {
                            salah(pi + ".target", "Target wajib diisi.");
                        }
                        if (indikatorRenstra.containsKey(ind.kode())) {
                            if (ind.nama() != null || ind.satuan() != null || ind.polaritas() != null) {
                                salah(
                                        pi + ".nama",
                                        "Indikator Renstra \"" + ind.kode()
                                                + "\" dirujuk dengan kodenya saja; nama, satuan dan polaritas diambil dari Renstra.");
                            }
                        } else if (!indikatorPk.add(ind.kode())) {
                            salah(pi + ".kode", "Kode indikator \"" + ind.kode() + "\" sudah dipakai.");
                        } else {
                            periksaIndikator(pi, ind.nama(), ind.satuan(), ind.polaritas(), ind.varianRendah());
                        }
                    }
                }
            }
            for (int j = 0; j < pks.size(); j++) {
                PerjanjianKinerjaData k = pks.get(j);
                if (k == null) {
                    continue;
                }
                List<PkSasaranData> ss = daftar(k.sasaran());
                for (int m = 0; m < ss.size(); m++) {
                    PkSasaranData s = ss.get(m);
                    if (s != null && s.sasaranAtasan() != null) {
                        String pemilik = pemilikSasaranPk.get(s.sasaranAtasan());
                        if (pemilik == null || pemilik.equals(k.pihakPertama())) {
                            salah(
                                    path + ".perjanjianKinerja[" + j + "].sasaran[" + m + "].sasaranAtasan",
                                    "Sasaran atasan \"" + s.sasaranAtasan()
                                            + "\" tidak ada di perjanjian kinerja pejabat lain.");
                        }
                    }
                }
            }

            periksaProgram(path, daftar(pd.program()));

            Set<String> semuaIndikator = new HashSet<>(indikatorRenstra.keySet());
            semuaIndikator.addAll(indikatorPk);
            if (ada.isPresent()) {
                periode.memuat(tenant, tahun)
                        .filter(pr -> pr.tahunAwal() == tahunAwal)
                        .ifPresent(pr -> indikator
                                .milik(tenant, ada.get().id(), pr.id())
                                .forEach(i -> semuaIndikator.add(i.kode())));
            }
            Set<String> unik = new HashSet<>();
            List<RealisasiData> rr = daftar(pd.realisasi());
            for (int j = 0; j < rr.size(); j++) {
                RealisasiData r = rr.get(j);
                String pr = path + ".realisasi[" + j + "]";
                if (r == null || r.indikator() == null || !semuaIndikator.contains(r.indikator())) {
                    salah(
                            pr + ".indikator",
                            "Indikator \"" + (r == null ? null : r.indikator())
                                    + "\" tidak ada di perangkat daerah ini.");
                    continue;
                }
                int th = r.tahun() == null ? tahun : r.tahun();
                int tw = r.triwulan() == null ? RealisasiIndikator.TAHUNAN : r.triwulan();
                if (th < tahunAwal || th > tahunAkhir) {
                    salah(
                            pr + ".tahun",
                            "Tahun " + th + " di luar periode RPJMD " + tahunAwal + "–" + tahunAkhir + ".");
                }
                if (r.triwulan() != null && (tw < 1 || tw > 4)) {
                    salah(pr + ".triwulan", "Triwulan 1 sampai 4, atau null untuk realisasi setahun.");
                }
                if (!unik.add(r.indikator() + "/" + th + "/" + tw)) {
                    salah(pr, "Realisasi indikator \"" + r.indikator() + "\" untuk periode yang sama muncul dua kali.");
                }
                RealisasiService.periksaNilai(
                        r.nilai(),
                        r.pembilang(),
                        r.penyebut(),
                        r.skala(),
                        (isian, pesan) -> salah(pr + "." + isian, pesan));
            }
        }

        boolean berputar(Map<String, PejabatData> perNip, String mulai, String diri) {
            Set<String> dilihat = new HashSet<>();
            String kini = mulai;
            while (kini != null && dilihat.add(kini)) {
                if (kini.equals(diri.replace(" ", ""))) {
                    return true;
                }
                PejabatData o = perNip.get(kini);
                kini = o == null || o.atasan() == null ? null : o.atasan().replace(" ", "");
            }
            return kini != null;
        }

        void periksaIndikator(String path, String nama, String satuan, String polaritas, String varian) {
            wajib(path + ".nama", nama, "Nama indikator");
            wajib(path + ".satuan", satuan, "Satuan");
            Polaritas pol = enumDari(Polaritas.class, polaritas);
            if (pol == null) {
                salah(path + ".polaritas", "Polaritas SEMAKIN_TINGGI_SEMAKIN_BAIK atau SEMAKIN_RENDAH_SEMAKIN_BAIK.");
            } else if (pol == Polaritas.SEMAKIN_RENDAH_SEMAKIN_BAIK && enumDari(VarianRendah.class, varian) == null) {
                salah(
                        path + ".varianRendah",
                        "Indikator semakin rendah semakin baik memerlukan varian rumus A atau B.");
            } else if (pol == Polaritas.SEMAKIN_TINGGI_SEMAKIN_BAIK && varian != null) {
                salah(path + ".varianRendah", "Varian rumus hanya untuk indikator semakin rendah semakin baik.");
            }
        }

        void periksaProgram(String path, List<ProgramData> programs) {
            Set<String> kode = new HashSet<>();
            for (int j = 0; j < programs.size(); j++) {
                ProgramData pr = programs.get(j);
                String pp = path + ".program[" + j + "]";
                if (pr == null) {
                    salah(pp, "Program kosong.");
                    continue;
                }
                periksaKode(pp, pr.kode(), KODE_PROGRAM, "1.06.02", null, kode);
                wajib(pp + ".nama", pr.nama(), "Nama program");
                periksaIndikatorProgram(pp, pr.indikator());
                List<KegiatanData> kk = daftar(pr.kegiatan());
                for (int k = 0; k < kk.size(); k++) {
                    KegiatanData kg = kk.get(k);
                    String pk = pp + ".kegiatan[" + k + "]";
                    if (kg == null) {
                        salah(pk, "Kegiatan kosong.");
                        continue;
                    }
                    periksaKode(pk, kg.kode(), KODE_KEGIATAN, "1.06.02.2.01", pr.kode(), kode);
                    wajib(pk + ".nama", kg.nama(), "Nama kegiatan");
                    periksaIndikatorProgram(pk, kg.indikator());
                    List<SubKegiatanData> ss = daftar(kg.subKegiatan());
                    for (int m = 0; m < ss.size(); m++) {
                        SubKegiatanData s = ss.get(m);
                        String ps = pk + ".subKegiatan[" + m + "]";
                        if (s == null) {
                            salah(ps, "Sub kegiatan kosong.");
                            continue;
                        }
                        periksaKode(ps, s.kode(), KODE_SUB_KEGIATAN, "1.06.02.2.01.0001", kg.kode(), kode);
                        wajib(ps + ".nama", s.nama(), "Nama sub kegiatan");
                        periksaIndikatorProgram(ps, s.indikator());
                        if (enumDari(SumberDana.class, s.sumberDana()) == null) {
                            salah(ps + ".sumberDana", "Sumber dana APBD_KABUPATEN_KOTA, APBD_PROVINSI atau APBN.");
                        }
                        periksaRupiah(ps + ".anggaran", s.anggaran(), "Anggaran");
                        periksaRupiah(ps + ".realisasi", s.realisasi(), "Realisasi anggaran");
                        if (s.anggaran() != null
                                && s.realisasi() != null
                                && s.realisasi().compareTo(s.anggaran()) > 0) {
                            peringatan.add(new Kesalahan(
                                    ps + ".realisasi", "Realisasi melebihi anggaran sub kegiatan " + s.kode() + "."));
                        }
                    }
                }
            }
        }

        void periksaKode(String path, String kode, Pattern pola, String contoh, String induk, Set<String> terpakai) {
            if (kode == null || !pola.matcher(kode).matches()) {
                salah(
                        path + ".kode",
                        "Kode \"" + kode + "\" tidak berformat Permendagri 90/2019 (contoh " + contoh + ").");
            } else if (induk != null && !kode.startsWith(induk + ".")) {
                salah(path + ".kode", "Kode " + kode + " tidak berada di bawah kode induknya " + induk + ".");
            } else if (!terpakai.add(kode)) {
                salah(path + ".kode", "Kode " + kode + " muncul dua kali.");
            }
        }

        void periksaIndikatorProgram(String path, List<IndikatorProgramData> ii) {
            for (int j = 0; j < daftar(ii).size(); j++) {
                IndikatorProgramData i = ii.get(j);
                String pi = path + ".indikator[" + j + "]";
                if (i == null) {
                    salah(pi, "Indikator kosong.");
                    continue;
                }
                wajib(pi + ".nama", i.nama(), "Nama indikator");
                wajib(pi + ".satuan", i.satuan(), "Satuan");
            }
        }

        void periksaRupiah(String path, BigDecimal nilai, String nama) {
            if (nilai == null) {
                salah(path, nama + " wajib diisi.");
            } else if (nilai.signum() < 0) {
                salah(path, nama + " tidak boleh negatif.");
            } else if (nilai.stripTrailingZeros().scale() > 2) {
                salah(path, nama + " paling banyak 2 angka desimal (sen).");
            }
        }
    }

    private static Integer tahunDari(String teks) {
        try {
            return Integer.valueOf(teks);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E enumDari(Class<E> jenis, String nama) {
        if (nama == null) {
            return null;
        }
        try {
            return Enum.valueOf(jenis, nama);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------- apply

    private HasilImpor terapkan(long tenant, Dokumen d, List<Kesalahan> peringatan) {
        int tahun = d.tahun();
        PeriodeRpjmd per = simpanPeriode(tenant, d.rpjmd());
        int jumlahIndikator = 0;
        int jumlahSub = 0;
        int jumlahRealisasi = 0;
        for (PerangkatDaerahData data : d.perangkatDaerah()) {
            PerangkatDaerah pd = perangkatDaerah.save(new PerangkatDaerah(
                    perangkatDaerah
                            .cariKode(tenant, data.kode())
                            .map(PerangkatDaerah::id)
                            .orElse(null),
                    tenant,
                    data.kode().strip(),
                    data.nama().strip(),
                    data.singkatan()));
            long pdId = pd.id();
            Map<String, Long> bidangId = simpanBidang(tenant, pdId, nonNull(data.bidang()));
            Map<String, Long> pejabatId = simpanPejabat(tenant, pdId, nonNull(data.pejabat()), bidangId);
            pelaksana.hapusMilik(tenant, pdId);
            for (PelaksanaData l : nonNull(data.pelaksana())) {
                pelaksana.save(new Pelaksana(
                        null,
                        tenant,
                        pejabatId.get(l.nip().replace(" ", "")),
                        l.jenis(),
                        l.jabatan(),
                        l.mulai(),
                        l.selesai()));
            }
            Map<String, Indikator> indikatorPerKode = new HashMap<>(indikator.milik(tenant, pdId, per.id()).stream()
                    .collect(Collectors.toMap(Indikator::kode, Function.identity())));
            Map<String, Long> sasaranId = simpanRenstra(tenant, pdId, per, data.renstra(), indikatorPerKode);
            simpanPerjanjian(
                    tenant,
                    pdId,
                    per,
                    tahun,
                    nonNull(data.perjanjianKinerja()),
                    pejabatId,
                    sasaranId,
                    indikatorPerKode);
            jumlahSub += simpanProgram(tenant, pdId, tahun, nonNull(data.program()));
            for (RealisasiData r : nonNull(data.realisasi())) {
                realisasi.terapkan(
                        tenant,
                        new IsianRealisasi(
                                indikatorPerKode.get(r.indikator()).id(),
                                r.tahun() == null ? tahun : r.tahun(),
                                r.triwulan() == null ? RealisasiIndikator.TAHUNAN : r.triwulan(),
                                r.nilai(),
                                r.pembilang(),
                                r.penyebut(),
                                r.skala(),
                                r.upaya(),
                                r.hambatan(),
                                r.rencanaTindakLanjut()));
                jumlahRealisasi++;
            }
            jumlahIndikator += indikatorPerKode.size();
        }
        return new HasilImpor(d.perangkatDaerah().size(), jumlahIndikator, jumlahSub, jumlahRealisasi, peringatan);
    }

    private static <T> List<T> nonNull(List<T> l) {
        return l == null ? List.of() : l;
    }

    private PeriodeRpjmd simpanPeriode(long tenant, Rpjmd r) {
        Optional<PeriodeRpjmd> ada = periode.semua(tenant).stream()
                .filter(p -> p.tahunAwal() == r.tahunAwal())
                .findFirst();
        return periode.save(new PeriodeRpjmd(
                ada.map(PeriodeRpjmd::id).orElse(null),
                tenant,
                r.tahunAwal(),
                r.tahunAkhir(),
                r.visi().strip(),
                String.join("\n", r.misi().stream().map(String::strip).toList())));
    }

    private Map<String, Long> simpanBidang(long tenant, long pdId, List<BidangData> data) {
        Map<String, Long> ada = bidang.milik(tenant, pdId).stream().collect(Collectors.toMap(Bidang::kode, Bidang::id));
        Map<String, Long> hasil = new HashMap<>(ada);
        for (BidangData b : data) {
            hasil.put(
                    b.kode(),
                    bidang.save(new Bidang(
                                    ada.get(b.kode()),
                                    tenant,
                                    pdId,
                                    b.kode(),
                                    b.nama().strip()))
                            .id());
        }
        return hasil;
    }

    private Map<String, Long> simpanPejabat(
            long tenant, long pdId, List<PejabatData> data, Map<String, Long> bidangId) {
        Map<String, Long> hasil = new HashMap<>();
        for (boolean denganAtasan : new boolean[] {false, true}) {
            for (PejabatData o : data) {
                String nip = o.nip().replace(" ", "");
                Long atasan = denganAtasan && o.atasan() != null
                        ? hasil.get(o.atasan().replace(" ", ""))
                        : null;
                Long id = hasil.computeIfAbsent(
                        nip, n -> pejabat.cariNip(tenant, n).map(Pejabat::id).orElse(null));
                Pejabat simpan = pejabat.save(new Pejabat(
                        id,
                        tenant,
                        pdId,
                        o.bidang() == null ? null : bidangId.get(o.bidang()),
                        atasan,
                        nip,
                        o.nama().strip(),
                        o.pangkat().strip(),
                        o.golongan(),
                        o.jabatan().strip(),
                        o.eselon()));
                hasil.put(nip, simpan.id());
            }
        }
        return hasil;
    }

    private Map<String, Long> simpanRenstra(
            long tenant, long pdId, PeriodeRpjmd per, RenstraData renstra, Map<String, Indikator> indikatorPerKode) {
        Map<String, Long> sasaranId = new HashMap<>();
        Map<String, Tujuan> tujuanAda = tujuan.milik(tenant, pdId, per.id()).stream()
                .collect(Collectors.toMap(Tujuan::kode, Function.identity()));
        Map<String, Sasaran> sasaranAda = sasaran.milik(tenant, pdId, per.id()).stream()
                .collect(Collectors.toMap(Sasaran::kode, Function.identity(), (a, b) -> a));
        sasaranAda.forEach((k, s) -> sasaranId.put(k, s.id()));
        if (renstra == null) {
            return sasaranId;
        }
        for (TujuanData t : nonNull(renstra.tujuan())) {
            Tujuan tj = tujuan.save(new Tujuan(
                    Optional.ofNullable(tujuanAda.get(t.kode())).map(Tujuan::id).orElse(null),
                    tenant,
                    pdId,
                    per.id(),
                    t.kode(),
                    t.uraian().strip()));
            for (SasaranData s : nonNull(t.sasaran())) {
                Sasaran ss = sasaran.save(new Sasaran(
                        Optional.ofNullable(sasaranAda.get(s.kode()))
                                .map(Sasaran::id)
                                .orElse(null),
                        tenant,
                        tj.id(),
                        s.kode(),
                        s.uraian().strip(),
                        s.urusan()));
                sasaranId.put(s.kode(), ss.id());
                for (IndikatorData i : nonNull(s.indikator())) {
                    Indikator simpan = simpanIndikator(
                            tenant,
                            pdId,
                            per,
                            ss.id(),
                            indikatorPerKode.get(i.kode()),
                            i.kode(),
                            i.nama(),
                            i.satuan(),
                            i.polaritas(),
                            i.varianRendah(),
                            i.kondisiAwal(),
                            i.kondisiAkhir(),
                            i.sumberData(),
                            i.sumberRealisasi());
                    indikatorPerKode.put(i.kode(), simpan);
                    target.hapus(tenant, simpan.id());
                    i.target().forEach((th, nilai) -> target.simpan(tenant, simpan.id(), Integer.parseInt(th), nilai));
                }
            }
        }
        return sasaranId;
    }

    private Indikator simpanIndikator(
            long tenant,
            long pdId,
            PeriodeRpjmd per,
            Long sasaranId,
            Indikator ada,
            String kode,
            String nama,
            String satuan,
            String polaritas,
            String varian,
            BigDecimal awal,
            BigDecimal akhir,
            String sumber,
            String sumberRealisasi) {
        return indikator.save(new Indikator(
                ada == null ? null : ada.id(),
                tenant,
                pdId,
                per.id(),
                sasaranId,
                kode,
                nama.strip(),
                satuan.strip(),
                Polaritas.valueOf(polaritas),
                varian == null ? null : VarianRendah.valueOf(varian),
                awal,
                akhir,
                sumber,
                // An optional field: absent in the file keeps what the tenant chose on screen.
                sumberRealisasi != null ? sumberRealisasi : ada == null ? null : ada.sumberRealisasi(),
                ada != null && ada.rentangBebas()));
    }

    private void simpanPerjanjian(
            long tenant,
            long pdId,
            PeriodeRpjmd per,
            int tahun,
            List<PerjanjianKinerjaData> data,
            Map<String, Long> pejabatId,
            Map<String, Long> sasaranId,
            Map<String, Indikator> indikatorPerKode) {
        pkIndikator.hapusMilik(tenant, pdId, tahun);
        pkSasaran.lepasJenjang(tenant, pdId, tahun);
        pkSasaran.hapusMilik(tenant, pdId, tahun);
        Map<String, Long> pkSasaranId = new HashMap<>();
        Map<PkSasaran, String> atasanTertunda = new HashMap<>();
        for (PerjanjianKinerjaData k : data) {
            long pertama = pejabatId.get(k.pihakPertama().replace(" ", ""));
            PihakKeduaData dua = k.pihakKedua();
            PerjanjianKinerja perjanjian = pk.save(new PerjanjianKinerja(
                    pk.milikPejabat(tenant, pertama, tahun)
                            .map(PerjanjianKinerja::id)
                            .orElse(null),
                    tenant,
                    pdId,
                    tahun,
                    pertama,
                    dua.nip() == null ? null : pejabatId.get(dua.nip().replace(" ", "")),
                    dua.nip() == null ? dua.nama().strip() : null,
                    dua.nip() == null ? dua.jabatan().strip() : null));
            int urutan = 0;
            for (PkSasaranData s : nonNull(k.sasaran())) {
                PkSasaran ps = pkSasaran.save(new PkSasaran(
                        null,
                        tenant,
                        perjanjian.id(),
                        ++urutan,
                        s.kode(),
                        s.uraian().strip(),
                        s.sasaranRenstra() == null ? null : sasaranId.get(s.sasaranRenstra()),
                        null));
                pkSasaranId.put(s.kode(), ps.id());
                if (s.sasaranAtasan() != null) {
                    atasanTertunda.put(ps, s.sasaranAtasan());
                }
                int urutanIndikator = 0;
                for (PkIndikatorData i : nonNull(s.indikator())) {
                    Indikator ind = indikatorPerKode.get(i.kode());
                    if (ind == null || !ind.iku()) {
                        ind = simpanIndikator(
                                tenant,
                                pdId,
                                per,
                                null,
                                ind,
                                i.kode(),
                                i.nama(),
                                i.satuan(),
                                i.polaritas(),
                                i.varianRendah(),
                                null,
                                null,
                                null,
                                null);
                        indikatorPerKode.put(i.kode(), ind);
                    }
                    pkIndikator.save(new PkIndikator(null, tenant, ps.id(), ++urutanIndikator, ind.id(), i.target()));
                }
            }
        }
        // The superior's sasaran may come later in the file, so the cascade is linked once all exist.
        atasanTertunda.forEach((s, kodeAtasan) -> pkSasaran.save(new PkSasaran(
                s.id(),
                tenant,
                s.perjanjianKinerjaId(),
                s.urutan(),
                s.kode(),
                s.uraian(),
                s.sasaranRenstraId(),
                pkSasaranId.get(kodeAtasan))));
    }

    private int simpanProgram(long tenant, long pdId, int tahun, List<ProgramData> data) {
        indikatorProgram.hapusMilik(tenant, pdId, tahun);
        program.lepasInduk(tenant, pdId, tahun);
        program.hapusMilik(tenant, pdId, tahun);
        int[] urutan = {0};
        int sub = 0;
        for (ProgramData p : data) {
            ProgramKegiatan prog = simpanBaris(
                    tenant,
                    pdId,
                    tahun,
                    ProgramKegiatan.Tingkat.PROGRAM,
                    null,
                    ++urutan[0],
                    p.kode(),
                    p.nama(),
                    null,
                    null,
                    null);
            simpanIndikatorProgram(tenant, prog.id(), p.indikator());
            for (KegiatanData k : nonNull(p.kegiatan())) {
                ProgramKegiatan keg = simpanBaris(
                        tenant,
                        pdId,
                        tahun,
                        ProgramKegiatan.Tingkat.KEGIATAN,
                        prog.id(),
                        ++urutan[0],
                        k.kode(),
                        k.nama(),
                        null,
                        null,
                        null);
                simpanIndikatorProgram(tenant, keg.id(), k.indikator());
                for (SubKegiatanData s : nonNull(k.subKegiatan())) {
                    ProgramKegiatan sk = simpanBaris(
                            tenant,
                            pdId,
                            tahun,
                            ProgramKegiatan.Tingkat.SUB_KEGIATAN,
                            keg.id(),
                            ++urutan[0],
                            s.kode(),
                            s.nama(),
                            SumberDana.valueOf(s.sumberDana()),
                            s.anggaran(),
                            s.realisasi());
                    simpanIndikatorProgram(tenant, sk.id(), s.indikator());
                    sub++;
                }
            }
        }
        return sub;
    }

    private ProgramKegiatan simpanBaris(
            long tenant,
            long pdId,
            int tahun,
            ProgramKegiatan.Tingkat tingkat,
            Long induk,
            int urutan,
            String kode,
            String nama,
            SumberDana sumber,
            BigDecimal anggaran,
            BigDecimal realisasiAnggaran) {
        return program.save(new ProgramKegiatan(
                null,
                tenant,
                pdId,
                tahun,
                tingkat,
                induk,
                urutan,
                kode,
                nama.strip(),
                sumber,
                anggaran,
                realisasiAnggaran));
    }

    private void simpanIndikatorProgram(long tenant, long programKegiatanId, List<IndikatorProgramData> data) {
        int urutan = 0;
        for (IndikatorProgramData i : nonNull(data)) {
            indikatorProgram.save(new IndikatorProgram(
                    null,
                    tenant,
                    programKegiatanId,
                    ++urutan,
                    i.nama().strip(),
                    i.satuan().strip(),
                    i.target(),
                    i.realisasi()));
        }
    }
}
