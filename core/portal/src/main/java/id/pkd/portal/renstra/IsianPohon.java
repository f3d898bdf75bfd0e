package id.pkd.portal.renstra;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import id.pkd.plugin.api.Polaritas;
import id.pkd.portal.capaian.AngkaIndonesia;
import id.pkd.portal.capaian.AngkaTidakSahException;
import id.pkd.portal.capaian.VarianRendah;
import id.pkd.portal.rpjmd.SasaranRpjmd;
import id.pkd.portal.rpjmd.TautanSasaranRenstra;
import id.pkd.portal.rpjmd.TautanTujuanRenstra;
import id.pkd.portal.rpjmd.TujuanRpjmd;
import id.pkd.portal.umum.Formulir;
import id.pkd.portal.umum.IsianTidakSahException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The tree grid's columns and the fields its in-place editor shows in them: one field per column, shown only on
 * the levels it belongs to (urusan on a sasaran; unit, polarity, figures and sources on an indicator). Reads the
 * typed values back into an {@link IsianBaris}; an unreadable number is reported at its field like the service's
 * messages, and what was typed stays.
 */
final class IsianPohon {

    final TextField kode = bidang("kode", "8em");
    final TextField uraian = bidang("uraian", "100%");
    final TextField urusan = bidang("urusan", "5em");
    final TextField satuan = bidang("satuan", "7em");
    final Select<Polaritas> polaritas = new Select<>();
    final Select<VarianRendah> varianRendah = new Select<>();
    final TextField kondisiAwal = bidang("kondisi-awal", "7em");
    final TextField kondisiAkhir = bidang("kondisi-akhir", "7em");
    final TextField sumberData = bidang("sumber-data", "100%");
    final ComboBox<String> sumberRealisasi = new ComboBox<>();
    final Map<Integer, TextField> target = new LinkedHashMap<>();
    /** The sasaran RPJMD a Renstra sasaran supports; the combo box filters on "kode uraian" as typed. */
    final ComboBox<SasaranRpjmd> sasaranRpjmd = new ComboBox<>();
    /** The period's sasaran RPJMD by id, and the Renstra sasaran (by id) linked to one. */
    private Map<Long, SasaranRpjmd> pilihanRpjmd = Map.of();

    private Map<Long, Long> tautanRpjmd = Map.of();
    /** The tujuan RPJMD a Renstra tujuan serves: same column as a sasaran's sasaran RPJMD. */
    final ComboBox<TujuanRpjmd> tujuanRpjmd = new ComboBox<>();
    /** The period's tujuan RPJMD by id, and the Renstra tujuan (by id) linked to one. */
    private Map<Long, TujuanRpjmd> pilihanTujuanRpjmd = Map.of();

    private Map<Long, Long> tautanTujuanRpjmd = Map.of();
    private Formulir formulir = new Formulir(Map.of());

    IsianPohon(Map<String, String> sumber) {
        polaritas.setId("polaritas");
        polaritas.setItems(Polaritas.values());
        polaritas.setItemLabelGenerator(Polaritas::label);
        polaritas.addValueChangeListener(e -> varianRendah.setEnabled(RenstraService.semakinRendah(e.getValue())));
        varianRendah.setId("varian-rendah");
        varianRendah.setItems(VarianRendah.values());
        // the empty choice (higher is better) is labelled too: the generator is asked for it as null
        varianRendah.setItemLabelGenerator(v -> v == null ? "—" : v.label());
        varianRendah.setEmptySelectionCaption("—");
        varianRendah.setEmptySelectionAllowed(true);
        sumberRealisasi.setId("sumber-realisasi");
        sumberRealisasi.setItems(sumber.keySet());
        sumberRealisasi.setItemLabelGenerator(k -> sumber.getOrDefault(k, k));
        sumberRealisasi.setPlaceholder("Diisi manual");
        sumberRealisasi.setClearButtonVisible(true);
        sumberRealisasi.setWidthFull();
        pemilihRpjmd(sasaranRpjmd, "sasaran-rpjmd", SasaranRpjmd::label);
        pemilihRpjmd(tujuanRpjmd, "tujuan-rpjmd", TujuanRpjmd::label);
    }

    /** A picker of the RPJMD row a Renstra row serves, in the shared column. */
    private static <T> void pemilihRpjmd(ComboBox<T> pemilih, String id, ItemLabelGenerator<T> label) {
        pemilih.setId(id);
        pemilih.setItemLabelGenerator(label);
        pemilih.setPlaceholder("Belum ditautkan");
        pemilih.setClearButtonVisible(true);
        pemilih.setWidthFull();
        // the column is narrow; the list shows each row's code and text in full
        pemilih.getStyle().set("--vaadin-combo-box-overlay-width", "36em");
    }

    /** The period's tujuan RPJMD and which Renstra tujuan serve which: read again with the tree. */
    void aturTujuanRpjmd(List<TujuanRpjmd> semua, List<TautanTujuanRenstra> tautan) {
        Map<Long, TujuanRpjmd> pilihan = new LinkedHashMap<>();
        semua.forEach(x -> pilihan.put(x.id(), x));
        Map<Long, Long> tertaut = new HashMap<>();
        tautan.stream()
                .filter(t -> t.tujuanRpjmdId() != null)
                .forEach(t -> tertaut.put(t.tujuanId(), t.tujuanRpjmdId()));
        pilihanTujuanRpjmd = pilihan;
        tautanTujuanRpjmd = tertaut;
        tujuanRpjmd.setItems(semua);
    }

    /** The tujuan RPJMD picked for the edited tujuan, null for none. */
    Long tujuanRpjmdTerpilih() {
        return tujuanRpjmd.getValue() == null ? null : tujuanRpjmd.getValue().id();
    }

    /** The code of the tujuan RPJMD a stored Renstra tujuan serves. */
    private String labelTujuanRpjmd(BarisRenstra b) {
        TujuanRpjmd x = pilihanTujuanRpjmd.get(tautanTujuanRpjmd.get(b.id()));
        return x == null ? "" : x.kode();
    }

    /** The period's sasaran RPJMD and which Renstra sasaran support which: read again with the tree. */
    void aturSasaranRpjmd(List<SasaranRpjmd> semua, List<TautanSasaranRenstra> tautan) {
        Map<Long, SasaranRpjmd> pilihan = new LinkedHashMap<>();
        semua.forEach(x -> pilihan.put(x.id(), x));
        Map<Long, Long> tertaut = new HashMap<>();
        tautan.stream()
                .filter(t -> t.sasaranRpjmdId() != null)
                .forEach(t -> tertaut.put(t.sasaranId(), t.sasaranRpjmdId()));
        pilihanRpjmd = pilihan;
        tautanRpjmd = tertaut;
        sasaranRpjmd.setItems(semua);
    }

    /** The sasaran RPJMD picked for the edited sasaran, null for none. */
    Long sasaranRpjmdTerpilih() {
        return sasaranRpjmd.getValue() == null ? null : sasaranRpjmd.getValue().id();
    }

    /** The code of the sasaran RPJMD a stored sasaran supports (the picker shows its text). */
    private String labelRpjmd(BarisRenstra b) {
        SasaranRpjmd x = pilihanRpjmd.get(tautanRpjmd.get(b.id()));
        return x == null ? "" : x.kode();
    }

    private static TextField bidang(String id, String lebar) {
        TextField f = new TextField();
        f.setId(id);
        f.setWidth(lebar);
        return f;
    }

    /** Puts the columns of a period into the grid, a target column per year. */
    void pasangKolom(TreeGrid<Simpul> grid, List<Integer> tahun) {
        grid.removeAllColumns();
        target.clear();
        grid.addHierarchyColumn(s -> s.baru() ? "(baru)" : s.baris.kode())
                .setHeader("Kode")
                .setWidth("12em")
                .setFlexGrow(0)
                .setEditorComponent(kode);
        grid.addColumn(s -> s.baru() ? s.jenis.label() + " baru" : s.baris.uraian())
                .setHeader("Tujuan / sasaran / indikator")
                .setWidth("22em")
                .setFlexGrow(1)
                .setEditorComponent(uraian);
        // A sasaran's own fields (urusan, sasaran RPJMD) share columns with an indicator's (satuan, polaritas), and
        // a tujuan's tujuan RPJMD the sasaran RPJMD's: the levels never need both, and a grid wider than the window
        // hides the fields being edited.
        kolomBersama(
                grid, "Urusan / satuan", "8em", null, b -> b.urusan(), b -> b.satuan(), null, s -> urusan, s -> satuan);
        kolomBersama(
                grid,
                "Sasaran RPJMD / polaritas",
                "14em",
                b -> labelTujuanRpjmd(b),
                b -> labelRpjmd(b),
                b -> b.polaritas() == null ? null : b.polaritas().label(),
                s -> tujuanRpjmd,
                s -> sasaranRpjmd,
                s -> polaritas);
        kolom(
                grid,
                "Varian",
                "6em",
                b -> b.varianRendah() == null ? null : b.varianRendah().name(),
                s -> varianRendah);
        kolom(grid, "Kondisi awal", "8em", b -> angka(b.kondisiAwal()), s -> kondisiAwal);
        for (int th : tahun) {
            TextField f = bidang("target-" + th, "7em");
            target.put(th, f);
            kolom(grid, "Target " + th, "8em", b -> angka(b.target().get(th)), s -> f);
        }
        kolom(grid, "Kondisi akhir", "8em", b -> angka(b.kondisiAkhir()), s -> kondisiAkhir);
        kolom(grid, "Sumber data", "12em", BarisRenstra::sumberData, s -> sumberData);
        kolom(grid, "Sumber realisasi", "14em", BarisRenstra::sumberRealisasi, s -> sumberRealisasi);
        Map<String, HasValidation> semua = new HashMap<>(Map.of(
                "kode", kode,
                "uraian", uraian,
                "urusan", urusan,
                "satuan", satuan,
                "polaritas", polaritas,
                "varianRendah", varianRendah,
                "kondisiAwal", kondisiAwal,
                "kondisiAkhir", kondisiAkhir,
                "sumberData", sumberData,
                "sumberRealisasi", sumberRealisasi));
        target.forEach((th, f) -> semua.put("target." + th, f));
        semua.put("sasaranRpjmd", sasaranRpjmd);
        semua.put("tujuanRpjmd", tujuanRpjmd);
        formulir = new Formulir(semua);
    }

    /** A column of indicator (or, with its own editor, sasaran) values; other levels show and edit nothing. */
    private static void kolom(
            Grid<Simpul> grid,
            String judul,
            String lebar,
            Function<BarisRenstra, String> nilai,
            Function<Simpul, Component> editor) {
        grid.addColumn(s -> s.baru() ? "" : java.util.Objects.toString(nilai.apply(s.baris), ""))
                .setHeader(judul)
                .setWidth(lebar)
                .setFlexGrow(0)
                .setResizable(true)
                .setEditorComponent(s -> {
                    Component c = s.jenis == JenisBaris.INDIKATOR ? editor.apply(s) : null;
                    return c == null ? new Span() : c;
                });
    }

    /**
     * A column showing and editing a sasaran's value on sasaran rows and an indicator's on indicator rows, and a
     * tujuan's on tujuan rows when {@code nilaiTujuan} is given (else those rows show and edit nothing).
     */
    private static void kolomBersama(
            Grid<Simpul> grid,
            String judul,
            String lebar,
            Function<BarisRenstra, String> nilaiTujuan,
            Function<BarisRenstra, String> nilaiSasaran,
            Function<BarisRenstra, String> nilaiIndikator,
            Function<Simpul, Component> editorTujuan,
            Function<Simpul, Component> editorSasaran,
            Function<Simpul, Component> editorIndikator) {
        grid.addColumn(s -> {
                    if (s.baru() || (s.jenis == JenisBaris.TUJUAN && nilaiTujuan == null)) {
                        return "";
                    }
                    var nilai =
                            switch (s.jenis) {
                                case TUJUAN -> nilaiTujuan;
                                case SASARAN -> nilaiSasaran;
                                case INDIKATOR -> nilaiIndikator;
                            };
                    return java.util.Objects.toString(nilai.apply(s.baris), "");
                })
                .setHeader(judul)
                .setWidth(lebar)
                .setFlexGrow(0)
                .setResizable(true)
                .setEditorComponent(s -> switch (s.jenis) {
                    case TUJUAN -> editorTujuan == null ? new Span() : editorTujuan.apply(s);
                    case SASARAN -> editorSasaran.apply(s);
                    case INDIKATOR -> editorIndikator.apply(s);
                });
    }

    /** Shows a row's stored values (a new row's empty ones); the targets of locked years are read-only. */
    void isi(Simpul s, Set<Integer> terkunci) {
        formulir.bersihkan();
        BarisRenstra b = s.baris;
        kode.setValue(b == null ? "" : b.kode());
        uraian.setValue(b == null ? "" : b.uraian());
        urusan.setValue(b == null || b.urusan() == null ? "" : b.urusan());
        satuan.setValue(b == null || b.satuan() == null ? "" : b.satuan());
        polaritas.setValue(b == null || b.polaritas() == null ? Polaritas.SEMAKIN_TINGGI_SEMAKIN_BAIK : b.polaritas());
        varianRendah.setValue(b == null ? null : b.varianRendah());
        varianRendah.setEnabled(RenstraService.semakinRendah(polaritas.getValue()));
        kondisiAwal.setValue(b == null ? "" : angka(b.kondisiAwal()));
        kondisiAkhir.setValue(b == null ? "" : angka(b.kondisiAkhir()));
        sumberData.setValue(b == null || b.sumberData() == null ? "" : b.sumberData());
        sumberRealisasi.setValue(b == null ? null : b.sumberRealisasi());
        sasaranRpjmd.setValue(b == null ? null : pilihanRpjmd.get(tautanRpjmd.get(b.id())));
        // tujuan and sasaran ids come from separate tables: only a tujuan row reads the tujuan links
        tujuanRpjmd.setValue(
                b == null || s.jenis != JenisBaris.TUJUAN
                        ? null
                        : pilihanTujuanRpjmd.get(tautanTujuanRpjmd.get(b.id())));
        target.forEach((th, f) -> {
            f.setValue(b == null ? "" : angka(b.target().get(th)));
            f.setReadOnly(terkunci.contains(th));
            f.setHelperText(terkunci.contains(th) ? "terkunci" : null);
        });
    }

    /** What was typed, as the service takes it; numbers that cannot be read are refused at their fields. */
    IsianBaris baca(Simpul s) {
        IsianTidakSahException.Pengumpul salah = new IsianTidakSahException.Pengumpul();
        boolean indikator = s.jenis == JenisBaris.INDIKATOR;
        Map<Integer, BigDecimal> nilaiTarget = new HashMap<>();
        if (indikator) {
            target.forEach((th, f) -> {
                BigDecimal n = angka(f, "target." + th, salah);
                if (n != null) {
                    nilaiTarget.put(th, n);
                }
            });
        }
        BigDecimal awal = indikator ? angka(kondisiAwal, "kondisiAwal", salah) : null;
        BigDecimal akhir = indikator ? angka(kondisiAkhir, "kondisiAkhir", salah) : null;
        salah.lemparJikaAda();
        return new IsianBaris(
                s.jenis,
                s.baru() ? null : s.baris.id(),
                s.indukId,
                kode.getValue(),
                uraian.getValue(),
                s.jenis == JenisBaris.SASARAN ? urusan.getValue() : null,
                indikator ? satuan.getValue() : null,
                indikator ? polaritas.getValue() : null,
                indikator ? varianRendah.getValue() : null,
                awal,
                akhir,
                indikator ? sumberData.getValue() : null,
                indikator ? sumberRealisasi.getValue() : null,
                nilaiTarget);
    }

    void tampilkan(IsianTidakSahException e) {
        formulir.tampilkan(e);
    }

    private static BigDecimal angka(TextField f, String nama, IsianTidakSahException.Pengumpul salah) {
        if (f.getValue().isBlank()) {
            return null;
        }
        try {
            return AngkaIndonesia.parse(f.getValue());
        } catch (AngkaTidakSahException e) {
            salah.tambah(nama, e.getMessage());
            return null;
        }
    }

    static String angka(BigDecimal n) {
        return n == null ? "" : AngkaIndonesia.formatRingkas(n);
    }
}
