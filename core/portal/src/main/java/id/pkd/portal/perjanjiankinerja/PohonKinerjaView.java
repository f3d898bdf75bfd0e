package id.pkd.portal.perjanjiankinerja;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.tahun.PilihanTahunService;
import id.pkd.portal.tampilan.BelumAdaRencana;
import id.pkd.portal.umum.Formulir;
import id.pkd.portal.umum.IsianTidakSahException;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * The pohon kinerja of a year as a tree grid, opened level by level (or all at once), filtered by agency, and
 * downloadable as the PNG the documents use.
 */
@Route("pohon-kinerja")
@PageTitle("Pohon Kinerja | Portal Kinerja Daerah")
@Menu(title = "Pohon Kinerja", order = 25)
@RolesAllowed({"ADMIN_DAERAH", "OPERATOR", "VERIFIKATOR", "PIMPINAN", "PENGAMAT"})
class PohonKinerjaView extends VerticalLayout implements BeforeEnterObserver {

    /** A tree item by identity: two boxes may read the same. */
    static final class Simpul {
        final SimpulPohon isi;

        Simpul(SimpulPohon isi) {
            this.isi = isi;
        }
    }

    private final PerencanaanService perencanaan;
    private final PohonKinerjaService layanan;
    private final PilihanTahunService pilihanTahun;
    private final Select<Integer> pilihTahun = new Select<>();
    private final Select<PerangkatDaerah> pilihPd = new Select<>();
    private final Select<SimpulPohon.Tingkat> bukaSampai = new Select<>();
    private final TreeGrid<Simpul> pohon = new TreeGrid<>();
    private TreeData<Simpul> data = new TreeData<>();

    PohonKinerjaView(PerencanaanService perencanaan, PohonKinerjaService layanan, PilihanTahunService pilihanTahun) {
        this.perencanaan = perencanaan;
        this.layanan = layanan;
        this.pilihanTahun = pilihanTahun;
        setSizeFull();
        pilihTahun.setLabel("Tahun");
        pilihTahun.setId("pilih-tahun");
        pilihPd.setLabel("Perangkat daerah");
        pilihPd.setId("pilih-perangkat-daerah");
        pilihPd.setEmptySelectionAllowed(true);
        pilihPd.setEmptySelectionCaption("Semua perangkat daerah");
        pilihPd.setItemLabelGenerator(p -> p == null ? "Semua perangkat daerah" : p.namaPendek());
        pilihPd.setWidth("24em");
        bukaSampai.setLabel("Buka sampai tingkat");
        bukaSampai.setId("buka-sampai");
        bukaSampai.setItems(SimpulPohon.Tingkat.values());
        bukaSampai.setItemLabelGenerator(SimpulPohon.Tingkat::label);
        bukaSampai.setValue(SimpulPohon.Tingkat.KEPALA);
        pilihTahun.addValueChangeListener(e -> muat());
        pilihPd.addValueChangeListener(e -> muat());
        bukaSampai.addValueChangeListener(e -> buka());
        Button semua = new Button("Buka semua", e -> pohon.expandRecursively(data.getRootItems(), 99));
        semua.setId("buka-semua");
        Button tutup = new Button("Tutup semua", e -> pohon.collapseRecursively(data.getRootItems(), 99));
        tutup.setId("tutup-semua");
        Anchor unduh = new Anchor(
                DownloadHandler.fromInputStream(ev -> {
                    byte[] png = layanan.png(pilihTahun.getValue(), pdId(), true);
                    return new DownloadResponse(
                            new ByteArrayInputStream(png),
                            "pohon-kinerja-" + pilihTahun.getValue() + ".png",
                            "image/png",
                            png.length);
                }),
                "Unduh gambar (PNG)");
        unduh.setId("unduh-pohon");
        unduh.getElement().setAttribute("download", true);

        pohon.setId("pohon-kinerja");
        pohon.addHierarchyColumn(s -> s.isi.judul()).setHeader("Sasaran").setFlexGrow(3);
        pohon.addColumn(s -> s.isi.tingkat().label())
                .setHeader("Tingkat")
                .setAutoWidth(true)
                .setFlexGrow(0);
        pohon.addColumn(s -> s.isi.pemilik() == null ? "" : s.isi.pemilik())
                .setHeader("Pemilik")
                .setFlexGrow(2);
        pohon.addColumn(s -> String.join("; ", s.isi.indikator()))
                .setHeader("Indikator dan target")
                .setFlexGrow(3);
        pohon.setSizeFull();
        HorizontalLayout pilihan = new HorizontalLayout(pilihTahun, pilihPd, bukaSampai, semua, tutup, unduh);
        pilihan.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2("Pohon Kinerja"), pilihan, pohon);
        setFlexGrow(1, pohon);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<Integer> tahun = pilihanTahun.daftarTahun();
        if (perencanaan.daftarPeriode().isEmpty() || tahun.isEmpty()) {
            removeAll();
            add(new H2("Pohon Kinerja"), new BelumAdaRencana("pohon kinerja"));
            return;
        }
        pilihPd.setItems(perencanaan.daftarPerangkatDaerah());
        pilihTahun.setItems(tahun);
        pilihTahun.setValue(tahun.contains(pilihanTahun.tahunBawaan()) ? pilihanTahun.tahunBawaan() : tahun.getLast());
    }

    private Long pdId() {
        return pilihPd.getValue() == null ? null : pilihPd.getValue().id();
    }

    private void muat() {
        if (pilihTahun.getValue() == null) {
            return;
        }
        try {
            SimpulPohon akar = layanan.pohon(pilihTahun.getValue(), pdId(), true);
            data = new TreeData<>();
            tambah(null, akar);
            pohon.setDataProvider(new TreeDataProvider<>(data));
            buka();
        } catch (IsianTidakSahException e) {
            Formulir.gagal(String.join(" ", e.pesanPerIsian().values()));
        }
    }

    private void tambah(Simpul induk, SimpulPohon s) {
        Simpul simpul = new Simpul(s);
        data.addItem(induk, simpul);
        s.anak().forEach(a -> tambah(simpul, a));
    }

    /** Opens the tree down to the chosen level: the region is level 0. */
    private void buka() {
        pohon.collapseRecursively(data.getRootItems(), 99);
        SimpulPohon.Tingkat t = bukaSampai.getValue();
        if (t != null && t.kedalaman() > 0) {
            pohon.expandRecursively(data.getRootItems(), t.kedalaman() - 1);
        }
    }
}
