package id.pkd.portal.renstra;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.grid.GridSingleSelectionModel;
import com.vaadin.flow.component.grid.editor.Editor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.pkd.portal.keamanan.AkunPengguna;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.perencanaan.PeriodeRpjmd;
import id.pkd.portal.plugin.DataUrusanService;
import id.pkd.portal.rpjmd.TautanSasaranRpjmdService;
import id.pkd.portal.tampilan.BelumAdaRencana;
import id.pkd.portal.umum.Formulir;
import id.pkd.portal.umum.IsianTidakSahException;
import jakarta.annotation.security.RolesAllowed;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * An agency's Renstra of one RPJMD period as a tree grid, edited in place: Enter or a double click opens the row's
 * editor, Tab moves between its fields, Enter saves and Escape cancels. The tenant admin adds, moves and removes
 * rows; the others read. A failed save keeps the editor open with every message at its field.
 */
@Route("renstra")
@PageTitle("Renstra | Portal Kinerja Daerah")
@Menu(title = "Renstra", order = 23)
@RolesAllowed({"ADMIN_DAERAH", "OPERATOR", "VERIFIKATOR", "PIMPINAN", "PENGAMAT"})
class RenstraView extends VerticalLayout implements BeforeEnterObserver {

    private final PerencanaanService perencanaan;
    private final RenstraService layanan;
    private final SalinTargetRenstraService salinTarget;
    private final boolean bolehUbah;
    private final Select<PerangkatDaerah> pilihPd = new Select<>();
    private final Select<PeriodeRpjmd> pilihPeriode = new Select<>();
    private final TreeGrid<Simpul> pohon = new TreeGrid<>();
    private final IsianPohon isian;
    private final TautanSasaranRpjmdService tautan;
    private final Paragraph terkunci = new Paragraph();
    private final AlatRenstra alat = new AlatRenstra();
    private TreeData<Simpul> data = new TreeData<>();
    private PohonRenstra kini;

    RenstraView(
            PerencanaanService perencanaan,
            RenstraService layanan,
            DataUrusanService dataUrusan,
            SalinTargetRenstraService salinTarget,
            AuthenticationContext auth,
            TautanSasaranRpjmdService tautan) {
        this.perencanaan = perencanaan;
        this.tautan = tautan;
        this.layanan = layanan;
        this.salinTarget = salinTarget;
        this.bolehUbah = auth.getAuthenticatedUser(AkunPengguna.class)
                .map(a -> a.peran() == Peran.ADMIN_DAERAH)
                .orElse(false);
        Map<String, String> sumber = new LinkedHashMap<>();
        dataUrusan
                .indikatorTerhitungAktif()
                .forEach(i -> sumber.put(
                        i.pluginId() + "/" + i.indikator().kode(),
                        i.indikator().kode() + " — " + i.indikator().nama()));
        isian = new IsianPohon(sumber);
        setSizeFull();

        pilihPd.setLabel("Perangkat daerah");
        pilihPd.setId("pilih-perangkat-daerah");
        pilihPd.setItemLabelGenerator(PerangkatDaerah::namaPendek);
        pilihPd.setWidth("24em");
        pilihPeriode.setLabel("Periode RPJMD");
        pilihPeriode.setId("pilih-periode");
        pilihPeriode.setItemLabelGenerator(p -> p.tahunAwal() + "–" + p.tahunAkhir());
        pilihPd.addValueChangeListener(e -> muat(null));
        pilihPeriode.addValueChangeListener(e -> muat(null));

        pohon.setId("pohon-renstra");
        pohon.setSizeFull();
        pohon.setMinHeight("24em");
        Editor<Simpul> editor = pohon.getEditor();
        // The fields are read and checked by hand, so the service's messages land at them and nothing typed is lost.
        editor.setBinder(new Binder<>());
        // the editor opens just before the response is sent, so the buttons follow its events, not the call
        editor.addOpenListener(e -> atur());
        editor.addCloseListener(e -> atur());
        pohon.addItemDoubleClickListener(e -> buka(e.getItem()));
        // a second click on the selected row keeps it: the buttons act on it
        ((GridSingleSelectionModel<Simpul>) pohon.getSelectionModel()).setDeselectAllowed(false);
        pohon.asSingleSelect().addValueChangeListener(e -> atur());
        Shortcuts.addShortcutListener(
                        pohon,
                        () -> {
                            if (editor.isOpen()) {
                                simpan();
                            } else {
                                Optional.ofNullable(pohon.asSingleSelect().getValue())
                                        .ifPresent(this::buka);
                            }
                        },
                        Key.ENTER)
                .listenOn(pohon);
        Shortcuts.addShortcutListener(pohon, this::batal, Key.ESCAPE).listenOn(pohon);

        alat.tambahTujuan.addClickListener(e -> tambah(new Simpul(JenisBaris.TUJUAN, null), null));
        alat.tambahAnak.addClickListener(e -> {
            Simpul s = pohon.asSingleSelect().getValue();
            tambah(new Simpul(s.jenis.anak(), s.baris.id()), s);
        });
        alat.ubah.addClickListener(e -> buka(pohon.asSingleSelect().getValue()));
        alat.simpan.addClickListener(e -> simpan());
        alat.batal.addClickListener(e -> batal());
        alat.naik.addClickListener(e -> geser(true));
        alat.turun.addClickListener(e -> geser(false));
        alat.pindah.addClickListener(
                e -> DialogRenstra.pindah(kini, pohon.asSingleSelect().getValue().baris, this::pindah));
        alat.hapus.addClickListener(e -> hapus(pohon.asSingleSelect().getValue().baris));
        alat.salinTarget.addClickListener(e -> new DialogSalinTarget(salinTarget, kini, () -> muat(null)).open());
        HorizontalLayout pilihan = new HorizontalLayout(pilihPd, pilihPeriode);
        alat.setVisible(bolehUbah);
        terkunci.setId("tahun-terkunci");
        add(new H2("Renstra"), pilihan, alat, terkunci, pohon);
        setFlexGrow(1, pohon);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<PerangkatDaerah> semuaPd = perencanaan.daftarPerangkatDaerah();
        List<PeriodeRpjmd> semuaPeriode = perencanaan.daftarPeriode();
        if (semuaPd.isEmpty() || semuaPeriode.isEmpty()) {
            removeAll();
            add(new H2("Renstra"), new BelumAdaRencana("Renstra perangkat daerah"));
            return;
        }
        int tahunIni = Year.now().getValue();
        pilihPeriode.setItems(semuaPeriode);
        pilihPeriode.setValue(semuaPeriode.stream()
                .filter(p -> p.tahunAwal() <= tahunIni && tahunIni <= p.tahunAkhir())
                .findFirst()
                .orElse(semuaPeriode.getFirst()));
        pilihPd.setItems(semuaPd);
        pilihPd.setValue(semuaPd.getFirst());
    }

    /** Reads the chosen Renstra again, selecting the row {@code pilih} names, if any. */
    private void muat(BarisRenstra pilih) {
        if (pilihPd.getValue() == null || pilihPeriode.getValue() == null) {
            return;
        }
        if (pohon.getEditor().isOpen()) {
            pohon.getEditor().closeEditor();
        }
        PohonRenstra baru =
                layanan.pohon(pilihPd.getValue().id(), pilihPeriode.getValue().id());
        if (kini == null || kini.tahunAwal() != baru.tahunAwal() || kini.tahunAkhir() != baru.tahunAkhir()) {
            isian.pasangKolom(pohon, baru.tahun());
        }
        kini = baru;
        isian.aturSasaranRpjmd(tautan.sasaranRpjmd(baru.periodeId()), tautan.sasaranRenstra(baru.periodeId()));
        isian.aturTujuanRpjmd(tautan.tujuanRpjmd(baru.periodeId()), tautan.tujuanRenstra(baru.periodeId()));
        DataPohonRenstra susunan = new DataPohonRenstra(baru, pilih);
        data = susunan.data;
        Simpul terpilih = susunan.terpilih();
        pohon.setDataProvider(new TreeDataProvider<>(data));
        pohon.expandRecursively(data.getRootItems(), 2);
        terkunci.setText(DataPohonRenstra.teksTerkunci(baru.tahunTerkunci()));
        if (terpilih != null) {
            pohon.select(terpilih);
        }
        atur();
    }

    private void atur() {
        alat.atur(pohon.asSingleSelect().getValue(), pohon.getEditor().isOpen());
    }

    private void tambah(Simpul baru, Simpul induk) {
        if (!bolehUbah || pohon.getEditor().isOpen()) {
            return;
        }
        data.addItem(induk, baru);
        pohon.getDataProvider().refreshAll();
        if (induk != null) {
            pohon.expand(induk);
        }
        pohon.select(baru);
        buka(baru);
    }

    private void buka(Simpul s) {
        if (!bolehUbah || s == null || pohon.getEditor().isOpen()) {
            return;
        }
        isian.isi(s, kini.tahunTerkunci());
        pohon.getEditor().editItem(s);
        isian.kode.focus();
        atur();
    }

    private void simpan() {
        Simpul s = pohon.getEditor().getItem();
        if (s == null) {
            return;
        }
        try {
            BarisRenstra b = layanan.simpan(kini.perangkatDaerahId(), kini.periodeId(), isian.baca(s));
            if (b.jenis() == JenisBaris.SASARAN) {
                // its own step: the Renstra and the RPJMD are separate features, the link belongs to the latter
                tautan.tautkanSasaranRenstra(b.id(), isian.sasaranRpjmdTerpilih());
            } else if (b.jenis() == JenisBaris.TUJUAN) {
                tautan.tautkanTujuanRenstra(b.id(), isian.tujuanRpjmdTerpilih());
            }
            pohon.getEditor().closeEditor();
            Formulir.berhasil(b.jenis().label() + " " + b.kode() + " disimpan.");
            muat(b);
        } catch (IsianTidakSahException e) {
            isian.tampilkan(e);
        } catch (DataTerkunciException e) {
            Formulir.gagal(e.getMessage());
        } catch (AccessDeniedException e) {
            Formulir.gagal("Hanya Admin Daerah yang dapat mengubah Renstra.");
        }
    }

    private void batal() {
        Simpul s = pohon.getEditor().getItem();
        if (s == null) {
            return;
        }
        pohon.getEditor().cancel();
        if (s.baru()) {
            data.removeItem(s);
            pohon.getDataProvider().refreshAll();
        }
        atur();
    }

    private void geser(boolean keAtas) {
        BarisRenstra b = pohon.asSingleSelect().getValue().baris;
        try {
            muat(layanan.geser(kini.perangkatDaerahId(), kini.periodeId(), b.jenis(), b.id(), keAtas));
        } catch (IsianTidakSahException | DataTerkunciException e) {
            Formulir.gagal(e.getMessage());
        }
    }

    private void pindah(BarisRenstra b, long indukBaru) {
        try {
            muat(layanan.pindah(kini.perangkatDaerahId(), kini.periodeId(), b.jenis(), b.id(), indukBaru));
            Formulir.berhasil(b.label() + " dipindahkan.");
        } catch (IsianTidakSahException | DataTerkunciException e) {
            Formulir.gagal(e.getMessage());
        }
    }

    private void hapus(BarisRenstra b) {
        Ketergantungan k = layanan.ketergantungan(kini.perangkatDaerahId(), kini.periodeId(), b.jenis(), b.id());
        DialogRenstra.hapus(k, () -> {
            try {
                layanan.hapus(kini.perangkatDaerahId(), kini.periodeId(), b.jenis(), b.id());
                Formulir.berhasil(b.label() + " dihapus.");
                muat(null);
            } catch (IsianTidakSahException | DataTerkunciException e) {
                Formulir.gagal(e.getMessage());
            }
        });
    }
}
