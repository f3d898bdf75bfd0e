package id.pkd.portal.plugin;

import id.pkd.plugin.api.AturanSilang;
import id.pkd.plugin.api.DaftarReferensi;
import id.pkd.plugin.api.DataContoh;
import id.pkd.plugin.api.Formulir;
import id.pkd.plugin.api.Isian;
import id.pkd.plugin.api.JenisIsian;
import id.pkd.plugin.api.PenghitungIndikator;
import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.BolehBaca;
import id.pkd.portal.umum.BolehIsi;
import id.pkd.portal.umum.CachePermintaan;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.ValidasiGagalException;
import id.pkd.portal.umum.VersiData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rows of urusan plugin forms, per tenant: read, validated and saved as a whole form or not at
 * all, audited field by field, and the computed indicators evaluated from them. A plugin the
 * tenant has not enabled answers "tidak ditemukan", like data of another tenant; its rows stay
 * stored and come back when the plugin is enabled again.
 */
@Service
public class DataUrusanService {

    private static final Logger log = LoggerFactory.getLogger(DataUrusanService.class);

    static final String JENIS_JEJAK = "data_urusan";

    /**
     * The tenant's enabled plugins and the plugins' stored rows, read once per request: one measurement asks for
     * them per indicator and year, a form with its computed indicators several times. Writes drop them ({@link
     * #tulis}, {@link PluginDaerahService#atur}).
     */
    private final CachePermintaan cache = new CachePermintaan("data urusan");

    private record KunciAktif(long tenant) {}

    private record KunciVersi(long tenant) {}

    /**
     * The same, kept between requests under the tenant's urusan version ({@link VersiData}): the plugins' rows are
     * read for every computed indicator of every Realisasi and Capaian page. Immutable rows.
     */
    private final VersiData.Tembolok<List<DataUrusanRepository.Baris>> barisBerversi =
            new VersiData.Tembolok<>(VersiData.Jenis.URUSAN, 256);

    private final VersiData.Tembolok<Set<String>> aktifBerversi = new VersiData.Tembolok<>(VersiData.Jenis.URUSAN, 256);

    private record KunciBaris(long tenant, String pluginId, String formulir, int tahun) {}

    /**
     * Computed indicators kept under the tenant's urusan version, which every write of the plugins' rows and every
     * change of the enabled plugins moves: a computation is a function of those rows and the year, and each one runs
     * on the plugins' own threads (a hand-off there and back for each row list it reads), so a Capaian, Beranda or
     * Realisasi page that measures again unchanged data computes nothing. Keyed by the loaded definition, so another
     * build of a plugin computes afresh. A result saying the plugin failed or did not answer is not kept.
     */
    private final VersiData.Tembolok<Optional<HasilIndikatorTerhitung>> hasilBerversi =
            new VersiData.Tembolok<>(VersiData.Jenis.URUSAN, 1024);

    private record KunciHasil(DefinisiPlugin definisi, String sumber, int tahun) {}

    private final PluginPortal plugins;
    private final PluginDaerahRepository pilihan;
    private final DataUrusanRepository data;
    private final JejakAuditService jejak;
    private final Clock clock;
    private final PenjagaDataUrusan penjaga;
    private final PelaksanaPlugin pelaksana;
    private final VersiData versi;

    DataUrusanService(
            PluginPortal plugins,
            PluginDaerahRepository pilihan,
            DataUrusanRepository data,
            JejakAuditService jejak,
            Clock clock,
            PenjagaDataUrusan penjaga,
            PelaksanaPlugin pelaksana,
            VersiData versi) {
        this.versi = versi;
        this.pelaksana = pelaksana;
        this.plugins = plugins;
        this.pilihan = pilihan;
        this.data = data;
        this.jejak = jejak;
        this.clock = clock;
        this.penjaga = penjaga;
    }

    /**
     * A problem of one row (its index in the list given, from 0) and field ({@code null} for the
     * row as a whole), before it becomes a path or a spreadsheet position.
     */
    public record Masalah(int baris, String isian, String pesan) {}

    /** The forms of the plugins the current tenant enabled, in plugin and menu order. */
    @BolehBaca
    @Transactional(readOnly = true)
    public List<FormulirUrusan> formulirAktif() {
        Set<String> aktif = aktif(TenantContext.wajib().value());
        return plugins.terpasang().stream()
                .filter(p -> aktif.contains(p.id()))
                .flatMap(p -> plugins.definisi(p.id()).stream()
                        .flatMap(d -> d.formulir().stream())
                        .map(f -> new FormulirUrusan(p.id(), p.urusan().urusan(), f)))
                .toList();
    }

    @BolehBaca
    @Transactional(readOnly = true)
    public FormulirUrusan formulir(String pluginId, String kode) {
        DefinisiPlugin d = definisiAktif(pluginId);
        Formulir f = d.formulir(kode).orElseThrow(() -> new DataTidakDitemukanException("Formulir " + kode));
        return new FormulirUrusan(
                pluginId, plugins.cari(pluginId).orElseThrow().urusan().urusan(), f);
    }

    @BolehBaca
    @Transactional(readOnly = true)
    public Optional<DaftarReferensi> referensi(String pluginId, String kode) {
        return definisiAktif(pluginId).referensi(kode);
    }

    /** The keys and labels of a register form's rows, for fields referring to it. */
    @BolehBaca
    @Transactional(readOnly = true)
    public Map<String, String> pilihanRujukan(String pluginId, String formulirRujukan) {
        DefinisiPlugin d = definisiAktif(pluginId);
        Formulir f = d.formulir(formulirRujukan).orElseThrow();
        Map<String, String> hasil = new LinkedHashMap<>();
        for (DataUrusanRepository.Baris b : barisTersimpan(TenantContext.wajib().value(), pluginId, f.kode(), 0)) {
            String kunci = b.isian().get(f.kunci());
            String label = f.isian().stream()
                    .filter(i -> i.jenis() == JenisIsian.TEKS && !i.kode().equals(f.kunci()))
                    .map(i -> b.isian().get(i.kode()))
                    .filter(v -> v != null)
                    .collect(Collectors.joining(", "));
            hasil.put(kunci, label.isEmpty() ? kunci : kunci + " " + label);
        }
        return hasil;
    }

    /**
     * All a form shows when it is opened, in one transaction: the form, its rows for the year ({@code null} for
     * forms that are not yearly) and, per choice field, its keys and labels, each list read once and shared by
     * every row (a register of 154 villages is read once, not once per row).
     */
    @BolehBaca
    @Transactional(readOnly = true)
    public IsiFormulirUrusan buka(String pluginId, String kode, Integer tahun) {
        FormulirUrusan formulir = formulir(pluginId, kode);
        Formulir f = formulir.formulir();
        Map<String, Map<String, String>> pilihan = new LinkedHashMap<>();
        for (Isian i : f.isian()) {
            switch (i.jenis()) {
                case YA_TIDAK -> pilihan.put(i.kode(), YA_TIDAK);
                case RUJUKAN -> pilihan.put(i.kode(), pilihanRujukan(pluginId, i.referensi()));
                case PILIHAN, KELAS -> {
                    Map<String, String> butir = new LinkedHashMap<>();
                    referensi(pluginId, i.referensi())
                            .map(DaftarReferensi::butir)
                            .orElse(List.of())
                            .forEach(b -> butir.put(b.kode(), b.nama()));
                    pilihan.put(i.kode(), butir);
                }
                default -> {
                    // typed fields have no list
                }
            }
        }
        return new IsiFormulirUrusan(formulir, baris(pluginId, kode, tahun), pilihan);
    }

    private static final Map<String, String> YA_TIDAK = ya();

    private static Map<String, String> ya() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("ya", "Ya");
        m.put("tidak", "Tidak");
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * The rows of a form for a year ({@code null} for forms that are not yearly). For a form by
     * reference list: one row per item, empty where nothing is stored.
     */
    @BolehBaca
    @Transactional(readOnly = true)
    public List<BarisUrusan> baris(String pluginId, String kode, Integer tahun) {
        DefinisiPlugin d = definisiAktif(pluginId);
        Formulir f = d.formulir(kode).orElseThrow(() -> new DataTidakDitemukanException("Formulir " + kode));
        return barisTersimpan(TenantContext.wajib().value(), d, f, tahun(f, tahun));
    }

    /**
     * The rows of a yearly form by reference list for every year with data up to and including
     * {@code sampaiTahun}, oldest first; per year one row per reference item, empty where nothing
     * is stored.
     */
    @BolehBaca
    @Transactional(readOnly = true)
    public Map<Integer, List<BarisUrusan>> riwayat(String pluginId, String kode, int sampaiTahun) {
        DefinisiPlugin d = definisiAktif(pluginId);
        Formulir f = d.formulir(kode).orElseThrow(() -> new DataTidakDitemukanException("Formulir " + kode));
        if (!f.tahunan() || f.rincian().jenis() != Formulir.Rincian.Jenis.MENURUT_REFERENSI) {
            throw new IllegalArgumentException("Formulir " + kode + " bukan formulir tahunan menurut referensi");
        }
        DaftarReferensi ref = d.referensi(f.rincian().referensi()).orElseThrow();
        Map<Integer, List<BarisUrusan>> hasil = new LinkedHashMap<>();
        data.barisSampai(TenantContext.wajib().value(), pluginId, kode, sampaiTahun)
                .forEach((tahun, tersimpan) -> {
                    Map<String, Map<String, String>> perRincian = new HashMap<>();
                    tersimpan.forEach(b -> perRincian.putIfAbsent(b.rincian(), b.isian()));
                    hasil.put(
                            tahun,
                            ref.butir().stream()
                                    .map(b -> new BarisUrusan(
                                            b.kode(), b.nama(), perRincian.getOrDefault(b.kode(), Map.of())))
                                    .toList());
                });
        return hasil;
    }

    /**
     * The stored rows of any yearly form for every year with rows up to and including {@code sampaiTahun},
     * oldest first, in their stored order (for a form by reference list only the items stored).
     */
    @BolehBaca
    @Transactional(readOnly = true)
    public Map<Integer, List<BarisUrusan>> riwayatTersimpan(String pluginId, String kode, int sampaiTahun) {
        DefinisiPlugin d = definisiAktif(pluginId);
        d.formulir(kode)
                .filter(Formulir::tahunan)
                .orElseThrow(() -> new DataTidakDitemukanException("Formulir " + kode));
        Map<Integer, List<BarisUrusan>> hasil = new LinkedHashMap<>();
        data.barisSampai(TenantContext.wajib().value(), pluginId, kode, sampaiTahun)
                .forEach((tahun, tersimpan) -> hasil.put(
                        tahun,
                        tersimpan.stream()
                                .map(b -> new BarisUrusan(b.rincian(), null, b.isian()))
                                .toList()));
        return hasil;
    }

    private List<BarisUrusan> barisTersimpan(long tenant, DefinisiPlugin d, Formulir f, int tahun) {
        List<DataUrusanRepository.Baris> tersimpan = barisTersimpan(tenant, pluginIdDari(d), f.kode(), tahun);
        if (f.rincian().jenis() != Formulir.Rincian.Jenis.MENURUT_REFERENSI) {
            return tersimpan.stream()
                    .map(b -> new BarisUrusan(null, null, b.isian()))
                    .toList();
        }
        Map<String, DataUrusanRepository.Baris> perRincian = tersimpan.stream()
                .collect(Collectors.toMap(DataUrusanRepository.Baris::rincian, Function.identity(), (a, b) -> a));
        DaftarReferensi ref = d.referensi(f.rincian().referensi()).orElseThrow();
        return ref.butir().stream()
                .map(b -> new BarisUrusan(
                        b.kode(),
                        b.nama(),
                        Optional.ofNullable(perRincian.get(b.kode()))
                                .map(DataUrusanRepository.Baris::isian)
                                .orElse(Map.of())))
                .toList();
    }

    /**
     * Replaces the rows of a form for a year with {@code baris}, all or nothing. Every problem is
     * reported at {@code baris[i].isian} (i counting from 0) and nothing is saved.
     *
     * @return the number of rows stored
     */
    @BolehIsi
    @Transactional
    public int simpan(String pluginId, String kode, Integer tahun, List<BarisUrusan> baris) {
        return simpan(
                pluginId,
                kode,
                tahun,
                baris,
                i -> i + 1,
                m -> new ValidasiGagalException.Kesalahan(
                        "baris[" + m.baris() + "]" + (m.isian() == null ? "" : "." + m.isian()), m.pesan()));
    }

    /**
     * Like {@link #simpan(String, String, Integer, List)}, with each problem placed by {@code
     * letak} and other rows named in messages by {@code nomorBaris} (list index to the number the
     * user sees): an import names the spreadsheet row and column instead of the index and field.
     */
    @BolehIsi
    @Transactional
    public int simpan(
            String pluginId,
            String kode,
            Integer tahun,
            List<BarisUrusan> baris,
            IntUnaryOperator nomorBaris,
            Function<Masalah, ValidasiGagalException.Kesalahan> letak) {
        DefinisiPlugin d = definisiAktif(pluginId);
        Formulir f = d.formulir(kode).orElseThrow(() -> new DataTidakDitemukanException("Formulir " + kode));
        int th = tahun(f, tahun);
        if (f.tahunan()) {
            // A form kept for all years (a reference list) cannot move a locked year: its figures are frozen.
            // A plugin with report sections prints its rows in the LKIP of the agencies holding its urusan: they count.
            penjaga.pastikanBolehDiubah(pluginId, th, !d.bagian().isEmpty());
        }
        List<Masalah> masalah = new ArrayList<>();
        List<BarisUrusan> sah = periksa(d, pluginId, f, baris, nomorBaris, masalah);
        if (!masalah.isEmpty()) {
            throw new ValidasiGagalException(masalah.stream().map(letak).toList());
        }
        tulis(pluginId, f, th, sah);
        cache.lupakan();
        return sah.size();
    }

    /** Checks rows; problems go to {@code masalah}, the valid canonical rows are returned. */
    List<BarisUrusan> periksa(
            DefinisiPlugin d,
            String pluginId,
            Formulir f,
            List<BarisUrusan> baris,
            IntUnaryOperator nomorBaris,
            List<Masalah> masalah) {
        long tenant = TenantContext.wajib().value();
        Map<String, Set<String>> rujukan = new HashMap<>();
        List<BarisUrusan> hasil = new ArrayList<>();
        Map<String, Integer> kunciDilihat = new HashMap<>();
        Set<String> rincianDilihat = new HashSet<>();
        for (int i = 0; i < baris.size(); i++) {
            BarisUrusan masuk = baris.get(i);
            if (masuk.nilai().values().stream().allMatch(v -> v == null || v.isBlank())) {
                continue;
            }
            int jumlahMasalah = masalah.size();
            String rincian = null;
            if (f.rincian().jenis() == Formulir.Rincian.Jenis.MENURUT_REFERENSI) {
                DaftarReferensi ref = d.referensi(f.rincian().referensi()).orElseThrow();
                rincian = masuk.rincian();
                if (rincian == null || ref.butir(rincian).isEmpty()) {
                    masalah.add(
                            new Masalah(i, null, "Rincian \"" + rincian + "\" tidak ada dalam " + ref.judul() + "."));
                    continue;
                }
                if (!rincianDilihat.add(rincian)) {
                    masalah.add(new Masalah(i, null, "Rincian " + rincian + " ganda."));
                    continue;
                }
            }
            Map<String, String> nilai = new LinkedHashMap<>();
            for (Isian isian : f.isian()) {
                if (isian.jenis() == JenisIsian.TURUNAN) {
                    continue;
                }
                Set<String> kunciRujukan = isian.jenis() == JenisIsian.RUJUKAN
                        ? rujukan.computeIfAbsent(isian.referensi(), r -> kunci(tenant, pluginId, d, r))
                        : Set.of();
                try {
                    String v = PenyimpanNilai.normalkan(
                            isian, masuk.nilai().get(isian.kode()), d.referensi(isian.referensi()), kunciRujukan);
                    if (v != null) {
                        nilai.put(isian.kode(), v);
                    }
                } catch (IllegalArgumentException e) {
                    masalah.add(new Masalah(i, isian.kode(), e.getMessage()));
                }
            }
            turunkan(d, f, nilai);
            for (Isian isian : f.isian()) {
                if (isian.wajib()
                        && !nilai.containsKey(isian.kode())
                        && !adaMasalah(masalah, jumlahMasalah, isian.kode())) {
                    masalah.add(new Masalah(i, isian.kode(), "Wajib diisi."));
                }
            }
            for (AturanSilang aturan : f.aturan()) {
                String a = nilai.get(aturan.isian());
                String b = nilai.get(aturan.isianLain());
                if (a == null
                        || b == null
                        || a.equals(PenyimpanNilai.TIDAK_DIKETAHUI)
                        || b.equals(PenyimpanNilai.TIDAK_DIKETAHUI)) {
                    continue;
                }
                boolean tanggal = f.isian(aturan.isian()).orElseThrow().jenis() == JenisIsian.TANGGAL;
                int banding = tanggal
                        ? LocalDate.parse(a).compareTo(LocalDate.parse(b))
                        : new BigDecimal(a).compareTo(new BigDecimal(b));
                boolean langgar =
                        aturan.operator() == AturanSilang.Operator.TIDAK_LEBIH_DARI ? banding > 0 : banding < 0;
                if (langgar) {
                    masalah.add(new Masalah(i, aturan.isian(), aturan.pesan()));
                }
            }
            if (f.kunci() != null && nilai.containsKey(f.kunci())) {
                Integer sebelumnya = kunciDilihat.putIfAbsent(nilai.get(f.kunci()), i);
                if (sebelumnya != null) {
                    masalah.add(new Masalah(
                            i,
                            f.kunci(),
                            f.isian(f.kunci()).orElseThrow().label() + " " + nilai.get(f.kunci())
                                    + " ganda (sama dengan baris " + nomorBaris.applyAsInt(sebelumnya) + ")."));
                }
            }
            if (masalah.size() == jumlahMasalah) {
                hasil.add(new BarisUrusan(rincian, null, nilai));
            }
        }
        if (f.rincian().jenis() == Formulir.Rincian.Jenis.SATU_BARIS && hasil.size() > 1) {
            masalah.add(new Masalah(1, null, "Formulir " + f.judul() + " hanya satu baris."));
        }
        return hasil;
    }

    private static boolean adaMasalah(List<Masalah> masalah, int dari, String isian) {
        return masalah.subList(dari, masalah.size()).stream().anyMatch(m -> isian.equals(m.isian()));
    }

    /** Computed fields: expressions over the row, then bands of a reference list. */
    private static void turunkan(DefinisiPlugin d, Formulir f, Map<String, String> nilai) {
        Ekspresi.Konteks baris = new Ekspresi.Konteks() {
            @Override
            public BigDecimal isian(String kode) {
                String v = nilai.get(kode);
                return v == null || v.equals(PenyimpanNilai.TIDAK_DIKETAHUI) ? null : new BigDecimal(v);
            }

            @Override
            public List<Map<String, String>> baris(String formulir) {
                return List.of();
            }
        };
        for (Isian isian : f.isian()) {
            if (isian.jenis() == JenisIsian.TURUNAN) {
                BigDecimal v = d.turunan(f.kode(), isian.kode()).orElseThrow().nilai(baris);
                if (v != null) {
                    nilai.put(isian.kode(), v.setScale(4, RoundingMode.HALF_UP).toPlainString());
                }
            }
        }
        for (Isian isian : f.isian()) {
            if (isian.jenis() == JenisIsian.KELAS && nilai.get(isian.rumus()) != null) {
                d.referensi(isian.referensi())
                        .flatMap(r -> r.kelas(new BigDecimal(nilai.get(isian.rumus()))))
                        .ifPresent(b -> nilai.put(isian.kode(), b.kode()));
            }
        }
    }

    private Set<String> kunci(long tenant, String pluginId, DefinisiPlugin d, String formulirRujukan) {
        Formulir r = d.formulir(formulirRujukan).orElseThrow();
        return data.baris(tenant, pluginId, r.kode(), 0).stream()
                .map(b -> b.isian().get(r.kunci()))
                .filter(v -> v != null)
                .collect(Collectors.toSet());
    }

    /** Writes checked rows: rows keep their id (and history) by reference item, key or position. */
    private void tulis(String pluginId, Formulir f, int tahun, List<BarisUrusan> baru) {
        cache.lupakan();
        long tenant = TenantContext.wajib().value();
        String oleh = JejakAuditService.pelaku();
        Instant kini = clock.instant();
        Map<String, DataUrusanRepository.Baris> lama = new LinkedHashMap<>();
        List<DataUrusanRepository.Baris> tersimpan = data.baris(tenant, pluginId, f.kode(), tahun);
        for (int i = 0; i < tersimpan.size(); i++) {
            lama.put(identitas(f, tersimpan.get(i).rincian(), tersimpan.get(i).isian(), i), tersimpan.get(i));
        }
        String awalan = f.kode() + (f.tahunan() ? "/" + tahun : "");
        for (int i = 0; i < baru.size(); i++) {
            BarisUrusan b = baru.get(i);
            DataUrusanRepository.Baris ada = lama.remove(identitas(f, b.rincian(), b.nilai(), i));
            if (ada == null) {
                long id = data.tambah(tenant, pluginId, f.kode(), tahun, i, b.rincian(), b.nilai(), oleh, kini);
                b.nilai().forEach((k, v) -> jejak.catat(JENIS_JEJAK, id, awalan + "." + k, null, v));
            } else {
                if (!ada.isian().equals(b.nilai()) || ada.urutan() != i) {
                    data.ubah(tenant, ada.id(), i, b.nilai(), oleh, kini);
                }
                Set<String> semua = new HashSet<>(ada.isian().keySet());
                semua.addAll(b.nilai().keySet());
                for (String k : semua) {
                    jejak.catat(
                            JENIS_JEJAK,
                            ada.id(),
                            awalan + "." + k,
                            ada.isian().get(k),
                            b.nilai().get(k));
                }
            }
        }
        for (DataUrusanRepository.Baris hapus : lama.values()) {
            data.hapus(tenant, hapus.id());
            jejak.catat(JENIS_JEJAK, hapus.id(), awalan + ".(baris)", "ada", "dihapus");
        }
    }

    private static String identitas(Formulir f, String rincian, Map<String, String> nilai, int posisi) {
        if (rincian != null) {
            return "r:" + rincian;
        }
        if (f.kunci() != null && nilai.get(f.kunci()) != null) {
            return "k:" + nilai.get(f.kunci());
        }
        return "p:" + posisi;
    }

    /** Whether {@code sumber} names a computed indicator of an installed plugin. */
    public boolean sumberDikenal(String sumber) {
        int garis = sumber == null ? -1 : sumber.indexOf('/');
        return garis > 0
                && plugins.definisi(sumber.substring(0, garis))
                        .flatMap(d -> d.terhitung(sumber.substring(garis + 1)))
                        .isPresent();
    }

    /** The enabled plugins' computed indicators, for choosing a realisasi source. */
    @BolehBaca
    @Transactional(readOnly = true)
    public List<IndikatorUrusan> indikatorTerhitungAktif() {
        Set<String> aktif = aktif(TenantContext.wajib().value());
        return plugins.terpasang().stream()
                .filter(p -> aktif.contains(p.id()))
                .flatMap(p -> plugins.definisi(p.id()).stream()
                        .flatMap(d -> d.terhitung().stream())
                        .map(t -> new IndikatorUrusan(p.id(), p.urusan().urusan(), t.indikator())))
                .toList();
    }

    /**
     * A computed indicator for a year, from source {@code plugin-id/indikator-kode}; empty when the
     * plugin is not enabled for the tenant, the source is unknown, or the year has no data.
     */
    @BolehBaca
    @Transactional(readOnly = true)
    public Optional<HasilIndikatorTerhitung> hitung(String sumber, int tahun) {
        int garis = sumber == null ? -1 : sumber.indexOf('/');
        if (garis < 0) {
            return Optional.empty();
        }
        String pluginId = sumber.substring(0, garis);
        long tenant = TenantContext.wajib().value();
        if (!aktif(tenant).contains(pluginId)) {
            return Optional.empty();
        }
        Optional<DefinisiPlugin> definisi = plugins.definisi(pluginId);
        Optional<DefinisiPlugin.Terhitung> t = definisi.flatMap(d -> d.terhitung(sumber.substring(garis + 1)));
        if (t.isEmpty()) {
            return Optional.empty();
        }
        DefinisiPlugin d = definisi.get();
        return versi.ambil(
                hasilBerversi,
                tenant,
                versiUrusan(tenant),
                new KunciHasil(d, sumber, tahun),
                () -> hitungSekarang(tenant, pluginId, d, t.get(), sumber, tahun),
                h -> h.map(HasilIndikatorTerhitung::terhitung).orElse(true));
    }

    private Optional<HasilIndikatorTerhitung> hitungSekarang(
            long tenant, String pluginId, DefinisiPlugin d, DefinisiPlugin.Terhitung ti, String sumber, int tahun) {
        Map<String, List<Map<String, String>>> cache = new HashMap<>();
        Function<String, List<Map<String, String>>> baris = kode -> cache.computeIfAbsent(kode, k -> d.formulir(k)
                .map(f -> barisTersimpan(tenant, pluginId, k, f.tahunan() ? tahun : 0).stream()
                        .map(b -> {
                            Map<String, String> m = new HashMap<>(b.isian());
                            if (b.rincian() != null) {
                                m.put(PenyimpanNilai.RINCIAN, b.rincian());
                            }
                            return m;
                        })
                        .toList())
                .orElse(List.of()));
        BigDecimal pembilang;
        BigDecimal penyebut;
        BigDecimal skala;
        try {
            // Under a time limit: a plugin that hangs must not hold this page or API request.
            BigDecimal[] bagian = pelaksana.jalankan(
                    pluginId, pembaca -> hitungOlehPlugin(ti, kode -> pembaca.baca(() -> baris.apply(kode)), tahun));
            if (bagian == null) {
                return Optional.empty();
            }
            pembilang = bagian[0];
            penyebut = bagian[1];
            skala = bagian[2];
        } catch (PelaksanaPlugin.TidakMenjawab e) {
            log.warn(
                    "Plugin {} tidak menjawab saat menghitung indikator {} tahun {}: {}",
                    pluginId,
                    sumber,
                    tahun,
                    e.getMessage());
            return Optional.of(HasilIndikatorTerhitung.gagal(
                    sumber, ti.indikator().nama(), ti.indikator().satuan(), e.getMessage()));
        } catch (org.springframework.dao.DataAccessException e) {
            // The portal's own database failing is not the plugin's fault.
            throw e;
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            // The plugin boundary: a plugin's own code (or its arithmetic) failing must not take down
            // this tenant's Realisasi, Capaian, Anggaran or API. Only its indicators are marked, with why.
            log.warn("Plugin {} gagal menghitung indikator {} tahun {}", pluginId, sumber, tahun, e);
            return Optional.of(HasilIndikatorTerhitung.gagal(
                    sumber,
                    ti.indikator().nama(),
                    ti.indikator().satuan(),
                    "Tidak dapat dihitung: plugin " + pluginId + " gagal (" + alasan(e) + ")."));
        }
        if (pembilang == null || penyebut == null || penyebut.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(new HasilIndikatorTerhitung(
                sumber, ti.indikator().nama(), ti.indikator().satuan(), pembilang, penyebut, skala));
    }

    /** Runs the plugin's calculator or expressions; {@code null} when the plugin reports no data. */
    private static BigDecimal[] hitungOlehPlugin(
            DefinisiPlugin.Terhitung ti, Function<String, List<Map<String, String>>> baris, int tahun) {
        if (ti.penghitung() != null) {
            Optional<PenghitungIndikator.Hasil> h = ti.penghitung()
                    .hitung(
                            (formulir, th) -> baris.apply(formulir).stream()
                                    .map(DataUrusanService::bertipe)
                                    .toList(),
                            tahun);
            if (h == null || h.isEmpty()) {
                return null;
            }
            return new BigDecimal[] {
                h.get().pembilang(), h.get().penyebut(), h.get().skala()
            };
        }
        Ekspresi.Konteks konteks = new Ekspresi.Konteks() {
            @Override
            public BigDecimal isian(String kode) {
                return null;
            }

            @Override
            public List<Map<String, String>> baris(String formulir) {
                return baris.apply(formulir);
            }
        };
        return new BigDecimal[] {
            ti.pembilang().nilai(konteks),
            ti.penyebut().nilai(konteks),
            ti.deklarasi().skala()
        };
    }

    /** A short reason for the screens; the stack trace goes to the log only. */
    private static String alasan(Throwable e) {
        String pesan = e.getMessage();
        String jenis = e.getClass().getSimpleName();
        if (pesan == null || pesan.isBlank()) {
            return jenis;
        }
        pesan = pesan.strip();
        return jenis + ": " + (pesan.length() > 200 ? pesan.substring(0, 200) + "…" : pesan);
    }

    private static Map<String, Object> bertipe(Map<String, String> baris) {
        Map<String, Object> hasil = new HashMap<>();
        baris.forEach((k, v) -> {
            try {
                hasil.put(k, new BigDecimal(v));
            } catch (NumberFormatException e) {
                hasil.put(k, v);
            }
        });
        return hasil;
    }

    /** Loads the example rows every enabled plugin ships for region {@code kodeWilayah} (demo tenants). */
    @BolehIsi
    @Transactional
    public int muatDataContoh(String kodeWilayah) {
        int jumlah = 0;
        Set<String> aktif = aktif(TenantContext.wajib().value());
        for (PluginTerpasang p : plugins.terpasang()) {
            if (!aktif.contains(p.id())) {
                continue;
            }
            for (DataContoh contoh : p.urusan().dataContoh()) {
                if (contoh.kodeWilayah().equals(kodeWilayah)) {
                    FormulirUrusan f = formulir(p.id(), contoh.formulir());
                    List<BarisUrusan> baris = contoh.baris().stream()
                            .map(b -> {
                                Map<String, String> nilai = new LinkedHashMap<>(b);
                                String rincian = nilai.remove(PenyimpanNilai.RINCIAN);
                                return new BarisUrusan(rincian, null, nilai);
                            })
                            .toList();
                    jumlah += simpan(p.id(), f.formulir().kode(), contoh.tahun(), baris);
                }
            }
        }
        return jumlah;
    }

    /** The plugins the tenant enabled, read once per request and kept under the urusan version. */
    Set<String> aktif(long tenant) {
        return cache.ambil(
                new KunciAktif(tenant),
                () -> versi.ambil(
                        aktifBerversi, tenant, versiUrusan(tenant), tenant, () -> Set.copyOf(pilihan.aktif(tenant))));
    }

    /**
     * A form's stored rows for a year, read once per request and kept under the urusan version; writes read {@link
     * DataUrusanRepository}.
     */
    private List<DataUrusanRepository.Baris> barisTersimpan(long tenant, String pluginId, String formulir, int tahun) {
        KunciBaris kunci = new KunciBaris(tenant, pluginId, formulir, tahun);
        return cache.ambil(
                kunci,
                () -> versi.ambil(
                        barisBerversi,
                        tenant,
                        versiUrusan(tenant),
                        kunci,
                        () -> data.baris(tenant, pluginId, formulir, tahun).stream()
                                .map(DataUrusanRepository.Baris::tetap)
                                .toList()));
    }

    /** The tenant's urusan version, read once per request (before the data it keys), 0 where none is kept. */
    private long versiUrusan(long tenant) {
        return VersiData.bolehDipakai()
                ? cache.ambil(new KunciVersi(tenant), () -> versi.versi(tenant, VersiData.Jenis.URUSAN))
                : 0L;
    }

    /** Drops the enabled plugins and rows this request kept: a plugin was switched on or off. */
    void lupakan() {
        cache.lupakan();
    }

    DefinisiPlugin definisiAktif(String pluginId) {
        if (!aktif(TenantContext.wajib().value()).contains(pluginId)) {
            throw new DataTidakDitemukanException("Urusan " + pluginId);
        }
        return plugins.definisi(pluginId).orElseThrow(() -> new DataTidakDitemukanException("Urusan " + pluginId));
    }

    private String pluginIdDari(DefinisiPlugin d) {
        return plugins.terpasang().stream()
                .filter(p -> plugins.definisi(p.id()).orElse(null) == d)
                .map(PluginTerpasang::id)
                .findFirst()
                .orElseThrow();
    }

    private static int tahun(Formulir f, Integer tahun) {
        if (!f.tahunan()) {
            return 0;
        }
        if (tahun == null || tahun < 2000 || tahun > 2100) {
            throw ValidasiGagalException.pada("tahun", "Tahun wajib diisi (2000–2100).");
        }
        return tahun;
    }
}
