package id.pkd.portal.dataurusan;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.editor.Editor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.renderer.LitRenderer;
import id.pkd.plugin.api.Formulir;
import id.pkd.plugin.api.Isian;
import id.pkd.plugin.api.JenisIsian;
import id.pkd.portal.plugin.BarisUrusan;
import id.pkd.portal.plugin.IsiFormulirUrusan;
import id.pkd.portal.umum.ValidasiGagalException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a plugin form as one grid: a row is a few strings, not a panel of fields, so a form of 154 villages
 * holds 154 small objects and the rows the browser shows, and each choice column one shared list of keys and
 * labels. One row at a time is edited in place (buffered editor: a click or Enter opens it, Enter keeps what was
 * typed in the row, Escape drops it); the editor's fields carry the ids {@code isian-<row>-<field>} of the row being
 * edited. Problems the service reports stay on their cells (marked, with the message as tooltip), are listed above
 * the grid, and the first problem row is reopened with its fields marked; nothing typed is lost.
 */
class TabelIsianUrusan extends Div {

    /** Forms up to this many rows show every row; longer ones scroll inside the grid, which renders what shows. */
    private static final int BARIS_TANPA_GULIR = 30;

    private final Formulir formulir;
    private final List<Isian> isian;
    private final Map<String, Map<String, String>> pilihan;
    private final boolean bolehIsi;
    private final List<BarisIsianUrusan> baris = new ArrayList<>();
    private final Grid<BarisIsianUrusan> grid = new Grid<>();
    private final Div daftarMasalah = new Div();
    /** The editor's field per field code: one set for the whole form, moved to whichever row is edited. */
    private final Map<String, Component> isianEditor = new LinkedHashMap<>();

    private final Map<Integer, Span> turunanEditor = new HashMap<>();
    private final Span judulEditor = new Span();
    private BarisIsianUrusan terakhirDiedit;
    private BarisIsianUrusan fokus;

    TabelIsianUrusan(IsiFormulirUrusan isi, boolean bolehIsi) {
        this.formulir = isi.formulir().formulir();
        this.isian = formulir.isian();
        this.pilihan = isi.pilihan();
        this.bolehIsi = bolehIsi;
        isi.baris().forEach(b -> baris.add(BarisIsianUrusan.dari(isian, b)));
        beriNomor();
        addClassName("tabel-isian-urusan");
        setWidthFull();
        daftarMasalah.setId("masalah-formulir");
        grid.setId("tabel-isian");
        grid.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_ROW_STRIPES);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.setPartNameGenerator(b -> b.masalah.containsKey("") ? "baris-salah" : null);
        susunKolom();
        grid.setItems(baris);
        if (baris.size() <= BARIS_TANPA_GULIR) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("36rem");
        }
        if (bolehIsi) {
            susunEditor();
        }
        add(daftarMasalah, grid);
    }

    /** Columns are keyed by field code; the grid's own columns start with '#', which no field code can. */
    private void susunKolom() {
        Grid.Column<BarisIsianUrusan> judul = grid.addColumn(LitRenderer.<BarisIsianUrusan>of(
                                "<span id=\"baris-${item.nomor}\" class=\"judul-baris\">${item.judul}</span>")
                        .withProperty("nomor", b -> b.nomor)
                        .withProperty("judul", BarisIsianUrusan::judul))
                .setHeader(formulir.rincian().jenis() == Formulir.Rincian.Jenis.MENURUT_REFERENSI ? "Rincian" : "Baris")
                .setKey("#baris")
                .setFrozen(true)
                .setAutoWidth(true)
                .setResizable(true);
        judul.setEditorComponent(judulEditor);
        for (int n = 0; n < isian.size(); n++) {
            int indeks = n;
            Isian i = isian.get(n);
            grid.addColumn(b -> tampil(i, b.nilai[indeks]))
                    .setHeader(i.label() + (i.wajib() ? " *" : ""))
                    .setKey(i.kode())
                    .setAutoWidth(true)
                    .setResizable(true)
                    .setPartNameGenerator(b -> b.masalah.containsKey(i.kode()) ? "salah" : null)
                    .setTooltipGenerator(b -> b.masalah.get(i.kode()));
        }
        if (bolehIsi && formulir.rincian().jenis() == Formulir.Rincian.Jenis.BARIS_BERULANG) {
            grid.addColumn(LitRenderer.<BarisIsianUrusan>of(
                                    "<vaadin-button theme=\"tertiary error small\" class=\"hapus-baris\""
                                            + " @click=\"${hapus}\">Hapus</vaadin-button>")
                            .withFunction("hapus", this::hapus))
                    .setKey("#hapus")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
    }

    private void susunEditor() {
        Binder<BarisIsianUrusan> binder = new Binder<>();
        // The service judges the values; its problems are placed by tandai(), the binder only carries text.
        binder.setValidationStatusHandler(s -> {});
        for (int n = 0; n < isian.size(); n++) {
            int indeks = n;
            Isian i = isian.get(n);
            if (i.jenis() == JenisIsian.TURUNAN) {
                // Computed by the service when saved: shown, never typed.
                Span turunan = new Span();
                turunanEditor.put(indeks, turunan);
                grid.getColumnByKey(i.kode()).setEditorComponent(turunan);
                continue;
            }
            Component c;
            if (BarisIsianUrusan.bernilaiPilihan(i)) {
                Map<String, String> label = pilihan.getOrDefault(i.kode(), Map.of());
                ComboBox<String> combo = new ComboBox<>();
                combo.setItems(List.copyOf(label.keySet()));
                combo.setItemLabelGenerator(k -> label.getOrDefault(k, k));
                combo.setClearButtonVisible(true);
                if (i.jenis() == JenisIsian.KELAS) {
                    combo.setTooltipText("Dihitung dari " + i.rumus() + " bila ada");
                }
                binder.forField(combo).bind(b -> b.nilai[indeks], (b, v) -> b.nilai[indeks] = v);
                c = combo;
            } else {
                TextField t = new TextField();
                if (i.jenis() == JenisIsian.TANGGAL) {
                    t.setPlaceholder("hh/bb/tttt");
                }
                if (i.jenis() == JenisIsian.RUPIAH_ATAU_TIDAK_DIKETAHUI) {
                    t.setTooltipText("Angka, atau \"tidak diketahui\"");
                }
                binder.forField(t)
                        .bind(b -> b.nilai[indeks] == null ? "" : b.nilai[indeks], (b, v) -> b.nilai[indeks] = v);
                c = t;
            }
            c.getElement().setAttribute("aria-label", i.label());
            ((com.vaadin.flow.component.HasSize) c).setWidthFull();
            isianEditor.put(i.kode(), c);
            grid.getColumnByKey(i.kode()).setEditorComponent(c);
        }
        Editor<BarisIsianUrusan> editor = grid.getEditor();
        editor.setBinder(binder);
        editor.setBuffered(true);
        editor.addOpenListener(e -> tandaiEditor(e.getItem()));
        editor.addSaveListener(e -> grid.getDataProvider().refreshItem(e.getItem()));
        grid.addItemClickListener(e -> sunting(e.getItem()));
        grid.addCellFocusListener(e -> fokus = e.getItem().orElse(null));
        // Enter keeps the row (and opens the focused one); in a choice field Enter picks an item instead.
        grid.getElement()
                .addEventListener("keydown", e -> {
                    if (editor.isOpen()) {
                        editor.save();
                    } else if (fokus != null) {
                        sunting(fokus);
                    }
                })
                .setFilter("event.key === 'Enter' && !event.target.closest('vaadin-combo-box')");
        grid.getElement()
                .addEventListener("keydown", e -> {
                    if (editor.isOpen()) {
                        editor.cancel();
                    }
                })
                .setFilter("event.key === 'Escape'");
    }

    /** Opens row {@code b} for editing; what was typed in the row open before is kept first. */
    void sunting(BarisIsianUrusan b) {
        Editor<BarisIsianUrusan> editor = grid.getEditor();
        if (!bolehIsi || (editor.isOpen() && editor.getItem() == b)) {
            return;
        }
        if (editor.isOpen()) {
            editor.save();
        }
        terakhirDiedit = b;
        grid.scrollToIndex(b.nomor);
        editor.editItem(b);
    }

    private void tandaiEditor(BarisIsianUrusan b) {
        judulEditor.setText(b.judul());
        turunanEditor.forEach((indeks, s) -> s.setText(tampil(isian.get(indeks), b.nilai[indeks])));
        isianEditor.forEach((kode, c) -> {
            c.setId("isian-" + b.nomor + "-" + kode);
            HasValidation h = (HasValidation) c;
            String pesan = b.masalah.get(kode);
            h.setErrorMessage(pesan);
            h.setInvalid(pesan != null);
        });
    }

    /** A new empty row at the end, opened for typing. */
    void tambahBaris() {
        BarisIsianUrusan b = BarisIsianUrusan.dari(isian, new BarisUrusan(null, null, Map.of()));
        baris.add(b);
        beriNomor();
        grid.getDataProvider().refreshAll();
        sunting(b);
    }

    private void hapus(BarisIsianUrusan b) {
        if (grid.getEditor().isOpen()) {
            grid.getEditor().cancel();
        }
        baris.remove(b);
        beriNomor();
        grid.getDataProvider().refreshAll();
    }

    private void beriNomor() {
        for (int n = 0; n < baris.size(); n++) {
            baris.get(n).nomor = n;
        }
    }

    boolean kosong() {
        return baris.isEmpty();
    }

    /** The rows as typed, in order (the open row's typing included): what the service is given to save. */
    List<BarisUrusan> isi() {
        if (grid.getEditor().isOpen()) {
            grid.getEditor().save();
        }
        return baris.stream().map(b -> b.keBarisUrusan(isian)).toList();
    }

    /** Reopens the row edited last (a refused save keeps the user where they were). */
    void bukaLagi() {
        if (terakhirDiedit != null && baris.contains(terakhirDiedit)) {
            sunting(terakhirDiedit);
        }
    }

    /**
     * Places the service's problems ({@code baris[n]} or {@code baris[n].isian}) on their rows and cells, lists them
     * above the grid and opens the first row with a problem; problems of no row are returned for the caller.
     */
    List<String> tandai(List<ValidasiGagalException.Kesalahan> kesalahan) {
        Map<BarisIsianUrusan, Map<String, String>> per = new HashMap<>();
        List<String> lain = new ArrayList<>();
        UnorderedList daftar = new UnorderedList();
        BarisIsianUrusan pertama = null;
        for (ValidasiGagalException.Kesalahan k : kesalahan) {
            BarisIsianUrusan b = barisDari(k.path());
            if (b == null) {
                lain.add(k.pesan());
                continue;
            }
            String kode = k.path().contains(".") ? k.path().substring(k.path().indexOf('.') + 1) : "";
            per.computeIfAbsent(b, x -> new LinkedHashMap<>()).putIfAbsent(kode, k.pesan());
            String label = formulir.isian(kode).map(Isian::label).orElse(null);
            daftar.add(new ListItem(b.judul() + (label == null ? "" : " · " + label) + ": " + k.pesan()));
            if (pertama == null || b.nomor < pertama.nomor) {
                pertama = b;
            }
        }
        baris.forEach(b -> b.masalah = per.getOrDefault(b, Map.of()));
        daftarMasalah.removeAll();
        if (!per.isEmpty()) {
            Paragraph p = new Paragraph("Tidak ada yang disimpan; perbaiki isian yang ditandai:");
            p.addClassName("pesan-salah");
            daftarMasalah.add(p, daftar);
        }
        if (grid.getEditor().isOpen()) {
            grid.getEditor().cancel();
        }
        grid.getDataProvider().refreshAll();
        if (pertama != null && bolehIsi) {
            sunting(pertama);
        }
        return lain;
    }

    private BarisIsianUrusan barisDari(String path) {
        if (path == null || !path.startsWith("baris[")) {
            return null;
        }
        int n = Integer.parseInt(path.substring(6, path.indexOf(']')));
        return n >= 0 && n < baris.size() ? baris.get(n) : null;
    }

    private String tampil(Isian i, String nilai) {
        if (nilai == null) {
            return "";
        }
        Map<String, String> label = pilihan.get(i.kode());
        return label == null ? nilai : label.getOrDefault(nilai, nilai);
    }

    Grid<BarisIsianUrusan> grid() {
        return grid;
    }
}
