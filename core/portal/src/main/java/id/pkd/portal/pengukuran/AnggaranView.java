package id.pkd.portal.pengukuran;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.editor.Editor;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.pkd.portal.capaian.AngkaIndonesia;
import id.pkd.portal.capaian.AngkaTidakSahException;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.perencanaan.ProgramKegiatan;
import id.pkd.portal.perencanaan.RealisasiService;
import id.pkd.portal.plugin.PluginDaerahService;
import id.pkd.portal.tahun.PilihanTahunService;
import id.pkd.portal.tampilan.BelumAdaRencana;
import id.pkd.portal.tampilan.FormatKinerja;
import id.pkd.portal.umum.Formulir;
import id.pkd.portal.umum.IsianTidakSahException;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The agency's budget as program → kegiatan → sub kegiatan with spending, absorption, capaian
 * kinerja and efficiency; operators and admins record a sub kegiatan's realisasi in the tree.
 */
@Route("anggaran")
@PageTitle("Anggaran | Portal Kinerja Daerah")
@Menu(title = "Anggaran", order = 60)
@RolesAllowed({"ADMIN_DAERAH", "OPERATOR", "VERIFIKATOR", "PIMPINAN", "PENGAMAT"})
class AnggaranView extends VerticalLayout {

    /** A line of the totals table: one urusan, or the agency's total. */
    private record Subtotal(String judul, BarisAnggaran jumlah) {}

    private final PengukuranKinerjaService pengukuran;
    private final RealisasiService realisasi;
    private final boolean bolehIsi;
    private final Map<String, String> namaUrusan = new LinkedHashMap<>();
    private final PilihanPengukuran pilihan;
    private final TreeGrid<BarisAnggaran> tabel = new TreeGrid<>();
    private final Grid<Subtotal> total = new Grid<>();
    private final TextField isianRealisasi = new TextField();
    private final Formulir formulir = new Formulir(Map.of("realisasi", isianRealisasi));
    private final Div kosong = new Div();

    AnggaranView(
            PengukuranKinerjaService pengukuran,
            PerencanaanService perencanaan,
            RealisasiService realisasi,
            PluginDaerahService plugin,
            PilihanTahunService pilihanTahun,
            AuthenticationContext auth) {
        this.pengukuran = pengukuran;
        this.realisasi = realisasi;
        this.bolehIsi = auth.hasAnyRole("OPERATOR", "ADMIN_DAERAH");
        plugin.indikatorAktif()
                .forEach(i ->
                        namaUrusan.putIfAbsent(i.urusan().kode(), i.urusan().nama()));
        pilihan = new PilihanPengukuran(perencanaan, pilihanTahun, this::muat);
        siapkanTabel();
        siapkanTotal();
        add(new H2("Anggaran"), pilihan, kosong, tabel, total);
        if (bolehIsi) {
            add(new Paragraph("Klik \"Ubah\" pada baris sub kegiatan untuk mencatat realisasinya (rupiah, mis."
                    + " 76.406.800), lalu tekan Enter atau \"Simpan\"."));
            // programs, pagu and quarterly realisasi are kept on the budget editor; this page only reads them
            Anchor ubah = new Anchor("anggaran/ubah", "Ubah program, kegiatan, pagu dan realisasi per triwulan");
            ubah.setId("ke-ubah-anggaran");
            add(ubah);
        }
        muat();
    }

    private void siapkanTabel() {
        tabel.addHierarchyColumn(b -> b.baris().kode()).setHeader("Kode").setAutoWidth(true);
        tabel.addColumn(b -> b.baris().nama())
                .setHeader("Program / kegiatan / sub kegiatan")
                .setWidth("22em");
        tabel.addColumn(b -> b.baris().sumberDana() == null
                        ? ""
                        : b.baris().sumberDana().label())
                .setHeader("Sumber dana")
                .setAutoWidth(true);
        kolom(tabel, "Anggaran", b -> FormatKinerja.rupiah(b.anggaran()));
        Grid.Column<BarisAnggaran> kolomRealisasi = kolom(tabel, "Realisasi", b -> FormatKinerja.rupiah(b.realisasi()));
        kolom(tabel, "Serapan (%)", b -> FormatKinerja.persen(b.penyerapan()));
        kolom(tabel, "Capaian kinerja (%)", b -> FormatKinerja.persen(b.capaianKinerja()));
        kolom(tabel, "Efisiensi", b -> FormatKinerja.persen(b.efisiensi()));
        tabel.setAllRowsVisible(true);
        tabel.addClassName("tabel-anggaran");
        tabel.setPartNameGenerator(b -> b.melebihiAnggaran() ? "melebihi-anggaran" : null);
        if (!bolehIsi) {
            return;
        }
        Editor<BarisAnggaran> editor = tabel.getEditor();
        Binder<BarisAnggaran> binder = new Binder<>();
        // Saved by simpan() through the service, never written into the row; the cell shows sen only when any.
        binder.forField(isianRealisasi).bind(b -> b.realisasi().tercetak().substring("Rp ".length()), (b, v) -> {});
        editor.setBinder(binder);
        editor.setBuffered(true);
        isianRealisasi.setWidthFull();
        isianRealisasi.setId("isian-realisasi");
        isianRealisasi.setAriaLabel("Realisasi");
        isianRealisasi.addKeyDownListener(Key.ENTER, e -> simpan());
        isianRealisasi.addKeyDownListener(Key.ESCAPE, e -> editor.cancel());
        kolomRealisasi.setEditorComponent(isianRealisasi);
        editor.addOpenListener(e -> formulir.bersihkan());

        // Drawn by the browser from the row's code: a Button component per row, as before, was most of what an
        // operator's open page held (issue 16: ≤ 250 kB per UI). Lines above sub kegiatan get none.
        Grid.Column<BarisAnggaran> aksi = tabel.addColumn(
                        LitRenderer.<BarisAnggaran>of("<vaadin-button theme=\"small tertiary\" class=\"ubah-realisasi\""
                                        + " data-kode=\"${item.kode}\" ?hidden=\"${!item.sub}\""
                                        + " @click=\"${ubah}\">Ubah</vaadin-button>")
                                .withProperty("kode", b -> b.baris().kode())
                                .withProperty("sub", b -> b.baris().tingkat() == ProgramKegiatan.Tingkat.SUB_KEGIATAN)
                                .withFunction("ubah", b -> {
                                    if (b.baris().tingkat() == ProgramKegiatan.Tingkat.SUB_KEGIATAN) {
                                        ubah(editor, b);
                                    }
                                }))
                .setAutoWidth(true)
                .setFlexGrow(0);
        Button simpan = new Button("Simpan", e -> simpan());
        simpan.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        simpan.setId("simpan-realisasi");
        Button batal = new Button("Batal", e -> editor.cancel());
        batal.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        aksi.setEditorComponent(new HorizontalLayout(simpan, batal));
        tabel.addItemDoubleClickListener(e -> {
            if (e.getItem().baris().tingkat() == ProgramKegiatan.Tingkat.SUB_KEGIATAN) {
                ubah(editor, e.getItem());
            }
        });
    }

    private void ubah(Editor<BarisAnggaran> editor, BarisAnggaran baris) {
        if (editor.isOpen()) {
            editor.cancel();
        }
        editor.editItem(baris);
        isianRealisasi.focus();
    }

    private void siapkanTotal() {
        total.setId("total-anggaran");
        total.addColumn(Subtotal::judul).setHeader("Jumlah").setFlexGrow(1);
        kolom(total, "Anggaran", s -> FormatKinerja.rupiah(s.jumlah().anggaran()));
        kolom(total, "Realisasi", s -> FormatKinerja.rupiah(s.jumlah().realisasi()));
        kolom(total, "Serapan (%)", s -> FormatKinerja.persen(s.jumlah().penyerapan()));
        total.setAllRowsVisible(true);
    }

    private static <T> Grid.Column<T> kolom(Grid<T> grid, String judul, ValueProvider<T, String> nilai) {
        return grid.addColumn(nilai)
                .setHeader(judul)
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
    }

    /** Records the typed realisasi; a rejected value stays in the field with the reason beside it. */
    private void simpan() {
        BarisAnggaran dipilih = tabel.getEditor().getItem();
        if (dipilih == null) {
            return;
        }
        formulir.bersihkan();
        try {
            BigDecimal nilai = AngkaIndonesia.parse(isianRealisasi.getValue());
            Optional<String> peringatan =
                    realisasi.simpanRealisasiAnggaran(dipilih.baris().id(), nilai);
            tabel.getEditor().cancel();
            peringatan.ifPresentOrElse(
                    p -> Notification.show(p, 8000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_WARNING),
                    () -> Formulir.berhasil("Realisasi " + dipilih.baris().kode() + " disimpan."));
            muat();
        } catch (AngkaTidakSahException e) {
            formulir.tampilkan(IsianTidakSahException.pada("realisasi", e.getMessage()));
        } catch (IsianTidakSahException e) {
            formulir.tampilkan(e);
        } catch (DataTerkunciException e) {
            tabel.getEditor().cancel();
            Formulir.gagal(e.getMessage());
        }
    }

    private void muat() {
        PengukuranKinerja hasil = pilihan.pilihan()
                .map(p -> pengukuran.ukur(p.perangkatDaerahId(), p.tahun()))
                .orElse(null);
        List<BarisAnggaran> baris = hasil == null ? List.of() : hasil.anggaran();
        kosong.removeAll();
        if (hasil == null) {
            kosong.add(new BelumAdaRencana("program, kegiatan dan anggaran"));
        } else if (baris.isEmpty()) {
            kosong.add(new Paragraph("Belum ada program dan kegiatan untuk perangkat daerah dan tahun ini."));
        }
        kosong.setVisible(baris.isEmpty());
        TreeData<BarisAnggaran> data = new TreeData<>();
        Map<Long, BarisAnggaran> perId = new HashMap<>();
        for (BarisAnggaran b : baris) {
            perId.put(b.baris().id(), b);
            data.addItem(
                    b.baris().indukId() == null ? null : perId.get(b.baris().indukId()), b);
        }
        tabel.setDataProvider(new TreeDataProvider<>(data));
        tabel.expandRecursively(data.getRootItems(), 2);

        List<Subtotal> jumlah = new ArrayList<>();
        if (hasil != null) {
            hasil.anggaranPerUrusan()
                    .forEach((kode, b) ->
                            jumlah.add(new Subtotal("Urusan " + kode + " " + namaUrusan.getOrDefault(kode, ""), b)));
            jumlah.add(new Subtotal(
                    "Jumlah seluruh program",
                    new BarisAnggaran(
                            null,
                            hasil.totalAnggaran(),
                            hasil.totalRealisasiAnggaran(),
                            hasil.penyerapanTotal(),
                            Optional.empty(),
                            Optional.empty(),
                            false)));
        }
        total.setItems(jumlah);
        total.setVisible(!jumlah.isEmpty());
    }
}
