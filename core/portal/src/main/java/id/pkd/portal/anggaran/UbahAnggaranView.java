package id.pkd.portal.anggaran;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.GridSingleSelectionModel;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.pkd.portal.capaian.AngkaIndonesia;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.tahun.PilihanTahunService;
import id.pkd.portal.tampilan.BelumAdaRencana;
import id.pkd.portal.umum.Formulir;
import id.pkd.portal.umum.IsianTidakSahException;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;

/**
 * The budget editor of an agency-year: the program → kegiatan → sub kegiatan tree, rows added from the
 * nomenclature through a searchable picker, a sub kegiatan's pagu, funding source, quarterly spending and indicators
 * in the panel below, the XLSX template import, and the copy into the next year. A year under review or set is shown
 * read-only.
 */
@Route("anggaran/ubah")
@PageTitle("Ubah Anggaran | Portal Kinerja Daerah")
@Menu(title = "Ubah Anggaran", order = 61)
@RolesAllowed({"ADMIN_DAERAH", "OPERATOR"})
class UbahAnggaranView extends VerticalLayout {

    private final AnggaranService anggaran;
    private final NomenklaturService nomenklatur;
    private final SalinTahunService salin;
    private final Select<PerangkatDaerah> pilihPd = new Select<>();
    private final Select<Integer> pilihTahun = new Select<>();
    private final TreeGrid<BarisProgram> pohon = new TreeGrid<>();
    private final Paragraph keterangan = new Paragraph();
    private final Button tambahProgram = new Button("Tambah program");
    private final Button tambahTurunan = new Button("Tambah turunan");
    private final Button hapus = new Button("Hapus");
    private final Button salinTahun = new Button("Salin ke tahun berikutnya");
    private final IsianSubKegiatanPanel panel = new IsianSubKegiatanPanel();
    private final PanelImporAnggaran impor;
    private final BelumAdaRencana kosong = new BelumAdaRencana("program, kegiatan dan anggaran");
    private RencanaAnggaran kini;

    UbahAnggaranView(
            PerencanaanService perencanaan,
            PilihanTahunService pilihanTahun,
            AnggaranService anggaran,
            NomenklaturService nomenklatur,
            SalinTahunService salin,
            ImporAnggaranService imporAnggaran) {
        this.anggaran = anggaran;
        this.nomenklatur = nomenklatur;
        this.salin = salin;
        pilihPd.setLabel("Perangkat daerah");
        pilihPd.setId("pilih-perangkat-daerah");
        pilihPd.setItemLabelGenerator(PerangkatDaerah::namaPendek);
        pilihPd.setWidth("28em");
        pilihTahun.setLabel("Tahun");
        pilihTahun.setId("pilih-tahun");
        pilihTahun.setItemLabelGenerator(String::valueOf);
        List<PerangkatDaerah> semuaPd = perencanaan.daftarPerangkatDaerah();
        List<Integer> tahun = pilihanTahun.daftarTahun();
        pilihPd.setItems(semuaPd);
        pilihTahun.setItems(tahun);
        if (!semuaPd.isEmpty()) {
            pilihPd.setValue(semuaPd.getFirst());
        }
        int bawaan = pilihanTahun.tahunBawaan();
        pilihTahun.setValue(tahun.contains(bawaan) ? bawaan : tahun.getFirst());
        pilihPd.addValueChangeListener(e -> muat(null));
        pilihTahun.addValueChangeListener(e -> muat(null));

        siapkanPohon();
        tambahProgram.setId("tambah-program");
        tambahProgram.addClickListener(e -> tambah(null));
        tambahTurunan.setId("tambah-turunan");
        tambahTurunan.addClickListener(e -> tambah(pohon.asSingleSelect().getValue()));
        hapus.setId("hapus-baris");
        hapus.addThemeVariants(ButtonVariant.LUMO_ERROR);
        hapus.addClickListener(e -> hapus(pohon.asSingleSelect().getValue()));
        salinTahun.setId("salin-tahun");
        salinTahun.addClickListener(e -> salin());
        panel.simpan.addClickListener(e -> simpan());
        panel.setVisible(false);
        keterangan.setId("keterangan-anggaran");
        impor = new PanelImporAnggaran(
                imporAnggaran, () -> pilihPd.getValue().id(), pilihTahun::getValue, () -> muat(null));
        add(
                new H2("Ubah Anggaran"),
                new HorizontalLayout(pilihPd, pilihTahun),
                kosong,
                keterangan,
                new HorizontalLayout(tambahProgram, tambahTurunan, hapus, salinTahun),
                pohon,
                panel,
                impor);
        muat(null);
    }

    private void siapkanPohon() {
        pohon.setId("pohon-anggaran");
        pohon.addHierarchyColumn(BarisProgram::kode).setHeader("Kode").setAutoWidth(true);
        pohon.addColumn(BarisProgram::nama)
                .setHeader("Program / kegiatan / sub kegiatan")
                .setWidth("28em");
        pohon.addColumn(b -> b.subKegiatan() ? "Rp " + AngkaIndonesia.formatRingkas(b.anggaran()) : "")
                .setHeader("Pagu")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        pohon.addColumn(b -> b.subKegiatan() ? "Rp " + AngkaIndonesia.formatRingkas(b.realisasi()) : "")
                .setHeader("Realisasi")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        pohon.addColumn(b -> b.subKegiatan() ? b.sumberDana().label() : "")
                .setHeader("Sumber dana")
                .setAutoWidth(true);
        pohon.setAllRowsVisible(true);
        // a second click on the selected row keeps it: the panel and the buttons act on it
        ((GridSingleSelectionModel<BarisProgram>) pohon.getSelectionModel()).setDeselectAllowed(false);
        pohon.asSingleSelect().addValueChangeListener(e -> pilih(e.getValue()));
    }

    private void muat(Long pilihId) {
        boolean ada = pilihPd.getValue() != null && pilihTahun.getValue() != null;
        kosong.setVisible(!ada);
        if (!ada) {
            kini = null;
            pohon.setDataProvider(new TreeDataProvider<>(new TreeData<>()));
            atur();
            return;
        }
        kini = anggaran.rencana(pilihPd.getValue().id(), pilihTahun.getValue());
        TreeData<BarisProgram> data = new TreeData<>();
        for (BarisProgram b : kini.baris()) {
            Optional<BarisProgram> induk = b.indukId() == null ? Optional.empty() : kini.baris(b.indukId());
            data.addItem(induk.filter(data::contains).orElse(null), b);
        }
        pohon.setDataProvider(new TreeDataProvider<>(data));
        pohon.expandRecursively(data.getRootItems(), 3);
        keterangan.setText((kini.terkunci()
                        ? "Tahun " + kini.tahun() + " sedang diajukan atau sudah ditetapkan: hanya dapat dibaca. "
                        : "")
                + "Nomenklatur: " + kini.versi().nama() + ". Pilih baris sub kegiatan untuk mengisi pagu, realisasi"
                + " per triwulan dan indikatornya.");
        BarisProgram dipilih = pilihId == null ? null : kini.baris(pilihId).orElse(null);
        if (dipilih != null) {
            pohon.select(dipilih);
        } else {
            pohon.deselectAll();
        }
        pilih(dipilih);
    }

    private void pilih(BarisProgram b) {
        panel.setVisible(b != null && b.subKegiatan());
        if (b != null && b.subKegiatan()) {
            panel.tampilkan(b);
        }
        atur();
    }

    private void atur() {
        boolean bisa = kini != null && !kini.terkunci();
        BarisProgram b = pohon.asSingleSelect().getValue();
        tambahProgram.setEnabled(bisa);
        tambahTurunan.setEnabled(bisa && b != null && !b.subKegiatan());
        hapus.setEnabled(bisa && b != null);
        salinTahun.setEnabled(kini != null && !kini.baris().isEmpty());
        panel.simpan.setEnabled(bisa);
        impor.setVisible(kini != null);
    }

    private void tambah(BarisProgram induk) {
        if (kini == null) {
            return;
        }
        long pd = kini.perangkatDaerahId();
        int th = kini.tahun();
        new DialogNomenklatur(
                        nomenklatur,
                        th,
                        induk,
                        n -> anggaran.tambah(pd, th, induk == null ? null : induk.id(), n.kode()),
                        b -> {
                            Formulir.berhasil(b.kode() + " ditambahkan.");
                            muat(b.id());
                        })
                .open();
    }

    private void simpan() {
        Formulir f = panel.formulir();
        f.bersihkan();
        try {
            BarisProgram b = anggaran.simpanSubKegiatan(kini.perangkatDaerahId(), kini.tahun(), panel.isian());
            Formulir.berhasil("Sub kegiatan " + b.kode() + " disimpan.");
            muat(b.id());
        } catch (IsianTidakSahException e) {
            f.tampilkan(e);
        } catch (DataTerkunciException e) {
            Formulir.gagal("Tidak ada yang disimpan: " + e.getMessage());
        }
    }

    private void hapus(BarisProgram b) {
        if (b == null || kini == null) {
            return;
        }
        int jumlah = AnggaranService.turunan(kini, b).size();
        ConfirmDialog d = new ConfirmDialog(
                "Hapus " + b.kode() + "?",
                jumlah == 1
                        ? "Baris ini beserta indikator dan realisasinya dihapus."
                        : "Baris ini dan " + (jumlah - 1) + " baris di bawahnya, beserta indikator dan realisasinya,"
                                + " dihapus.",
                "Hapus",
                e -> {
                    try {
                        anggaran.hapus(kini.perangkatDaerahId(), kini.tahun(), b.id());
                        Formulir.berhasil(b.kode() + " dihapus.");
                        muat(null);
                    } catch (DataTerkunciException ex) {
                        Formulir.gagal(ex.getMessage());
                    }
                });
        d.setCancelable(true);
        d.setCancelText("Batal");
        d.setConfirmButtonTheme("error primary");
        d.open();
    }

    private void salin() {
        if (kini == null) {
            return;
        }
        int th = kini.tahun();
        PerangkatDaerah pd = pilihPd.getValue();
        ConfirmDialog d = new ConfirmDialog(
                "Salin ke tahun " + (th + 1) + "?",
                "Program, kegiatan dan sub kegiatan " + pd.namaPendek() + " tahun " + th + " beserta pagu, sumber dana"
                        + " dan indikatornya disalin ke tahun " + (th + 1) + " tanpa realisasi. Hanya ke tahun yang"
                        + " masih kosong.",
                "Salin",
                e -> {
                    try {
                        SalinTahunService.HasilSalin h = salin.salin(pd.id(), th);
                        Formulir.berhasil(h.baris() + " baris disalin ke tahun " + (th + 1) + ".");
                    } catch (IsianTidakSahException ex) {
                        Formulir.gagal(ex.pesanPerIsian().values().iterator().next());
                    } catch (DataTerkunciException ex) {
                        Formulir.gagal(ex.getMessage());
                    }
                });
        d.setCancelable(true);
        d.setCancelText("Batal");
        d.open();
    }
}
