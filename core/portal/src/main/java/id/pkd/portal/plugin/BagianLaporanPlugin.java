package id.pkd.portal.plugin;

import id.pkd.plugin.api.BagianLaporan;
import id.pkd.plugin.api.DaftarReferensi;
import id.pkd.plugin.api.Formulir;
import id.pkd.plugin.api.Isian;
import id.pkd.plugin.api.JenisIsian;
import id.pkd.portal.capaian.AngkaIndonesia;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.BolehBaca;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills the report sections of the current tenant's enabled plugins with its form rows for the
 * year. Each plugin template is compiled once and cached for the life of the portal. A plugin's
 * sections go only into the documents of the agencies holding its urusan ({@link PemegangUrusan}:
 * every agency when none holds it), so an agency of another urusan prints no Sosial table.
 */
@Component
class BagianLaporanPlugin implements SumberBagianLaporan {

    private final PluginPortal plugins;
    private final PluginDaerahRepository pilihan;
    private final DataUrusanService data;
    private final PemegangUrusan pemegang;
    private final Map<String, JasperReport> templat = new ConcurrentHashMap<>();

    BagianLaporanPlugin(
            PluginPortal plugins, PluginDaerahRepository pilihan, DataUrusanService data, PemegangUrusan pemegang) {
        this.plugins = plugins;
        this.pilihan = pilihan;
        this.data = data;
        this.pemegang = pemegang;
    }

    @Override
    @BolehBaca
    @Transactional(readOnly = true)
    public List<BagianLaporanUrusan> bagian(BagianLaporanUrusan.Tempat tempat, long perangkatDaerahId, int tahun) {
        Set<String> aktif = pilihan.aktif(TenantContext.wajib().value());
        List<BagianLaporanUrusan> hasil = new ArrayList<>();
        // one report asks for the same form's rows for several sections (a village list per IDM status, the
        // register behind each): read each form-year once per call
        Map<String, List<BarisUrusan>> dibaca = new HashMap<>();
        PemegangUrusan.Lingkup lingkup = null;
        for (PluginTerpasang p : plugins.terpasang()) {
            if (!aktif.contains(p.id())) {
                continue;
            }
            if (lingkup == null) {
                lingkup = pemegang.lingkup(tahun); // read once per document, only when a plugin is enabled
            }
            if (!lingkup.dipegang(p.urusan().urusan().kode(), perangkatDaerahId)) {
                continue;
            }
            DefinisiPlugin d = plugins.definisi(p.id()).orElseThrow();
            for (BagianLaporan b : d.bagian()) {
                if (!b.tempat().name().equals(tempat.name())) {
                    continue;
                }
                Formulir f = d.formulir(b.formulir()).orElseThrow();
                if (b.jenis() == BagianLaporan.Jenis.RIWAYAT) {
                    hasil.add(riwayat(p, d, f, b, tahun));
                    continue;
                }
                tahunLaporan(p, d, f, b, tahun, dibaca).ifPresent(hasil::add);
            }
        }
        return hasil;
    }

    /** A section of the form's rows for the report's year (those the section's filter keeps). */
    private Optional<BagianLaporanUrusan> tahunLaporan(
            PluginTerpasang p,
            DefinisiPlugin d,
            Formulir f,
            BagianLaporan b,
            int tahun,
            Map<String, List<BarisUrusan>> dibaca) {
        List<BarisUrusan> baris = tersaring(b, baris(dibaca, p.id(), f.kode(), f.tahunan() ? tahun : null));
        if (b.saringan() != null && baris.isEmpty()) {
            return Optional.empty(); // one table per value: a value no row holds this year has no table
        }
        Map<String, Map<String, Map<String, String>>> rujukan = rujukan(p, d, f, dibaca);
        List<Map<String, ?>> isi = new ArrayList<>();
        for (BarisUrusan r : baris) {
            if (r.nilai().isEmpty()) {
                continue;
            }
            Map<String, Object> m = new HashMap<>();
            m.put("nama", r.namaRincian());
            for (Isian i : f.isian()) {
                m.put(i.kode(), tampil(d, i, r.nilai().get(i.kode())));
                if (i.jenis() == JenisIsian.RUJUKAN) {
                    isiRujukan(d, i, rujukan.get(i.kode()).get(r.nilai().get(i.kode())), m);
                }
            }
            isi.add(m);
        }
        Map<String, Object> parameter = new HashMap<>();
        parameter.put("JUDUL", b.judul());
        jumlahKolom(f, baris, parameter);
        for (DefinisiPlugin.Terhitung t : d.terhitung()) {
            Optional<HasilIndikatorTerhitung> h =
                    data.hitung(p.id() + "/" + t.deklarasi().kode(), tahun);
            h.flatMap(x -> id.pkd.portal.capaian.RumusCapaian.rasio(x.pembilang(), x.penyebut(), x.skala()))
                    .ifPresent(v -> parameter.put(t.deklarasi().kode().replace('-', '_'), v));
            // A failed plugin leaves the figure empty; the section's template can print why.
            h.map(HasilIndikatorTerhitung::tidakDapatDihitung)
                    .ifPresent(a -> parameter.put(t.deklarasi().kode().replace('-', '_') + "_alasan", a));
        }
        return Optional.of(new BagianLaporanUrusan(
                p.id(), p.urusan().urusan().kode(), b.judul(), templat(p, b), isi, parameter, grafik(f, b, baris)));
    }

    private static List<BarisUrusan> tersaring(BagianLaporan b, List<BarisUrusan> baris) {
        if (b.saringan() == null) {
            return baris;
        }
        return baris.stream()
                .filter(r ->
                        b.saringan().nilai().equals(r.nilai().get(b.saringan().isian())))
                .toList();
    }

    private List<BarisUrusan> baris(
            Map<String, List<BarisUrusan>> dibaca, String plugin, String formulir, Integer tahun) {
        return dibaca.computeIfAbsent(plugin + "/" + formulir + "/" + tahun, k -> data.baris(plugin, formulir, tahun));
    }

    /** Per reference field of the form: the rows of the register it refers to, by their key (read once). */
    private Map<String, Map<String, Map<String, String>>> rujukan(
            PluginTerpasang p, DefinisiPlugin d, Formulir f, Map<String, List<BarisUrusan>> dibaca) {
        Map<String, Map<String, Map<String, String>>> hasil = new HashMap<>();
        for (Isian i : f.isian()) {
            if (i.jenis() != JenisIsian.RUJUKAN) {
                continue;
            }
            Formulir register = d.formulir(i.referensi()).orElseThrow();
            Map<String, Map<String, String>> perKunci = new HashMap<>();
            baris(dibaca, p.id(), register.kode(), null)
                    .forEach(r -> perKunci.putIfAbsent(r.nilai().get(register.kunci()), r.nilai()));
            hasil.put(i.kode(), perKunci);
        }
        return hasil;
    }

    /** The referred row's fields as {@code <field>_<field of that row>}: a village code brings its name. */
    private static void isiRujukan(DefinisiPlugin d, Isian i, Map<String, String> dirujuk, Map<String, Object> m) {
        Formulir register = d.formulir(i.referensi()).orElseThrow();
        for (Isian r : register.isian()) {
            m.put(i.kode() + "_" + r.kode(), dirujuk == null ? null : tampil(d, r, dirujuk.get(r.kode())));
        }
    }

    /**
     * A history section: one row per year with data up to the report's year, a column per reference
     * item and their sum; the chart has one series per item in the list's order.
     */
    private BagianLaporanUrusan riwayat(PluginTerpasang p, DefinisiPlugin d, Formulir f, BagianLaporan b, int tahun) {
        Isian isian = f.isian(b.isianRiwayat()).orElseThrow();
        List<Map<String, ?>> isi = new ArrayList<>();
        List<String> kategori = new ArrayList<>();
        Map<String, List<Number>> seri = new LinkedHashMap<>();
        d.referensi(f.rincian().referensi()).orElseThrow().butir().forEach(r -> seri.put(r.nama(), new ArrayList<>()));
        for (Map.Entry<Integer, List<BarisUrusan>> t :
                data.riwayat(p.id(), f.kode(), tahun).entrySet()) {
            if (t.getValue().stream().allMatch(r -> r.nilai().get(isian.kode()) == null)) {
                continue;
            }
            Map<String, Object> m = new HashMap<>();
            m.put("tahun", String.valueOf(t.getKey()));
            BigDecimal jumlah = BigDecimal.ZERO;
            for (BarisUrusan r : t.getValue()) {
                String v = r.nilai().get(isian.kode());
                m.put(kunciRincian(r.rincian()), tampil(d, isian, v));
                BigDecimal angka = v == null || v.equals(PenyimpanNilai.TIDAK_DIKETAHUI) ? null : new BigDecimal(v);
                if (angka != null) {
                    jumlah = jumlah.add(angka);
                }
                seri.get(r.namaRincian()).add(angka == null ? BigDecimal.ZERO : angka);
            }
            m.put("jumlah", AngkaIndonesia.formatRingkas(jumlah));
            isi.add(m);
            kategori.add(String.valueOf(t.getKey()));
        }
        Map<String, Object> parameter = new HashMap<>();
        parameter.put("JUDUL", b.judul());
        if (!kategori.isEmpty()) {
            parameter.put("TAHUN_AWAL", kategori.get(0));
            parameter.put("TAHUN_AKHIR", kategori.get(kategori.size() - 1));
        }
        List<BagianLaporanUrusan.DataGrafik> grafik = kategori.isEmpty()
                ? List.of()
                : List.of(new BagianLaporanUrusan.DataGrafik(
                        "Grafik " + b.judul(), "Tahun", isian.label(), kategori, seri));
        return new BagianLaporanUrusan(
                p.id(), p.urusan().urusan().kode(), b.judul(), templat(p, b), isi, parameter, grafik);
    }

    /**
     * What a template needs for a total row and for leaving out a column the data never fills: {@code ADA_<isian>}
     * tells whether any row has a value of the field, {@code JUMLAH_<isian>} is the sum of a numeric field over the
     * rows (formatted like the cells; absent when no row has a figure).
     */
    static void jumlahKolom(Formulir f, List<BarisUrusan> baris, Map<String, Object> parameter) {
        for (Isian i : f.isian()) {
            BigDecimal jumlah = null;
            boolean ada = false;
            for (BarisUrusan r : baris) {
                String v = r.nilai().get(i.kode());
                if (v == null || v.isBlank()) {
                    continue;
                }
                ada = true;
                if (PenyimpanNilai.angka(i.jenis()) && !v.equals(PenyimpanNilai.TIDAK_DIKETAHUI)) {
                    jumlah = (jumlah == null ? BigDecimal.ZERO : jumlah).add(new BigDecimal(v));
                }
            }
            parameter.put("ADA_" + i.kode(), ada);
            if (jumlah != null) {
                parameter.put("JUMLAH_" + i.kode(), AngkaIndonesia.formatRingkas(jumlah));
            }
        }
    }

    /** The row key of a reference item: its code in lower case, dashes as underscores. */
    static String kunciRincian(String kode) {
        return kode.toLowerCase(java.util.Locale.ROOT).replace('-', '_');
    }

    private static List<BagianLaporanUrusan.DataGrafik> grafik(Formulir f, BagianLaporan b, List<BarisUrusan> baris) {
        if (b.grafikIsian().isEmpty()) {
            return List.of();
        }
        List<BarisUrusan> berisi =
                baris.stream().filter(r -> !r.nilai().isEmpty()).toList();
        Map<String, List<Number>> seri = new LinkedHashMap<>();
        for (String kode : b.grafikIsian()) {
            seri.put(
                    f.isian(kode).map(Isian::label).orElse(kode),
                    berisi.stream()
                            .map(r -> (Number) new BigDecimal(r.nilai().getOrDefault(kode, "0")))
                            .toList());
        }
        List<String> kategori = berisi.stream()
                .map(r -> r.namaRincian() == null ? "" : r.namaRincian())
                .toList();
        return List.of(new BagianLaporanUrusan.DataGrafik(b.judul(), f.judul(), "Jumlah", kategori, seri));
    }

    private static String tampil(DefinisiPlugin d, Isian i, String v) {
        if (v == null) {
            return null;
        }
        if (v.equals(PenyimpanNilai.TIDAK_DIKETAHUI)) {
            return "tidak diketahui";
        }
        if (i.jenis() == JenisIsian.PILIHAN || i.jenis() == JenisIsian.KELAS) {
            return d.referensi(i.referensi())
                    .flatMap(r -> r.butir(v))
                    .map(DaftarReferensi.Butir::nama)
                    .orElse(v);
        }
        if (PenyimpanNilai.angka(i.jenis())) {
            return AngkaIndonesia.formatRingkas(new BigDecimal(v));
        }
        if (i.jenis() == JenisIsian.TANGGAL) {
            // stored ISO; printed as on Indonesian forms and bills ("01/09/2022")
            return java.time.LocalDate.parse(v).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        }
        return v;
    }

    private JasperReport templat(PluginTerpasang p, BagianLaporan b) {
        return templat.computeIfAbsent(p.id() + "/" + b.kode(), k -> {
            try (InputStream jrxml = p.urusan().getClass().getClassLoader().getResourceAsStream(b.templat())) {
                return JasperCompileManager.compileReport(jrxml);
            } catch (JRException | java.io.IOException e) {
                throw new IllegalStateException("Templat " + b.templat() + " plugin " + p.id() + " tidak sah", e);
            }
        });
    }
}
