package id.pkd.portal.organisasi;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.pkd.portal.keamanan.AkunPengguna;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.plugin.PluginDaerahService;
import id.pkd.portal.tampilan.KetikanCepat;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tenant's agencies: kode, name, the urusan each holds and its bidang. The tenant admin adds, corrects and
 * removes them (a removal something depends on is refused with what depends on it); the other roles read.
 */
@Route("perangkat-daerah")
@PageTitle("Perangkat Daerah | Portal Kinerja Daerah")
@Menu(title = "Perangkat Daerah", order = 22)
@RolesAllowed({"ADMIN_DAERAH", "OPERATOR", "VERIFIKATOR", "PIMPINAN", "PENGAMAT"})
class PerangkatDaerahView extends VerticalLayout implements BeforeEnterObserver {

    private final PerangkatDaerahService layanan;
    private final Grid<PerangkatDaerah> tabel = new Grid<>();
    private final Paragraph kosong =
            new Paragraph("Belum ada perangkat daerah: tambahkan dinas, badan atau kantor pertama daerah ini.");
    private final PerangkatDaerahForm form;
    private final DaftarBidang bidang;
    private final VerticalLayout editor = new VerticalLayout();

    PerangkatDaerahView(PerangkatDaerahService layanan, PluginDaerahService plugin, AuthenticationContext auth) {
        this.layanan = layanan;
        boolean bolehUbah = auth.getAuthenticatedUser(AkunPengguna.class)
                .map(a -> a.peran() == Peran.ADMIN_DAERAH)
                .orElse(false);
        Map<String, String> urusan = new TreeMap<>();
        if (bolehUbah) {
            // the urusan the installed plugins deliver; the list of plugins is the admin's to read
            plugin.daftar()
                    .forEach(p -> urusan.put(
                            p.plugin().urusan().urusan().kode(),
                            p.plugin().urusan().urusan().nama()));
        }
        form = new PerangkatDaerahForm(layanan, urusan, bolehUbah, this::muat);
        bidang = new DaftarBidang(layanan, bolehUbah);
        setSizeFull();
        kosong.setId("belum-ada-perangkat-daerah");
        tabel.setId("tabel-perangkat-daerah");
        tabel.addColumn(PerangkatDaerah::kode).setHeader("Kode").setAutoWidth(true);
        tabel.addColumn(PerangkatDaerah::nama).setHeader("Nama").setFlexGrow(1);
        tabel.addColumn(PerangkatDaerah::singkatan).setHeader("Singkatan").setAutoWidth(true);
        tabel.setSizeFull();
        tabel.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                tampilkan(e.getValue());
            }
        });
        Button tambah = new Button("Tambah perangkat daerah", e -> {
            tabel.asSingleSelect().clear();
            tampilkan(null);
        });
        tambah.setId("tambah-pd");
        KetikanCepat.lindungi(tambah, editor);
        tambah.setVisible(bolehUbah);
        editor.setPadding(false);
        editor.add(form, bidang);
        editor.setVisible(false);
        SplitLayout isi = new SplitLayout(tabel, editor);
        isi.setSplitterPosition(45);
        isi.setSizeFull();
        isi.setMinHeight("30em");
        add(new H2("Perangkat Daerah"), kosong, tambah, isi);
        setFlexGrow(1, isi);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        muat(null);
    }

    /** Reads the agencies again and shows {@code idTerpilih}, if any. */
    private void muat(Long idTerpilih) {
        List<PerangkatDaerah> semua = layanan.daftar();
        kosong.setVisible(semua.isEmpty());
        tabel.setItems(semua);
        semua.stream()
                .filter(p -> p.id().equals(idTerpilih))
                .findFirst()
                .ifPresentOrElse(tabel::select, () -> editor.setVisible(false));
    }

    private void tampilkan(PerangkatDaerah pd) {
        editor.setVisible(true);
        form.isi(pd);
        bidang.setVisible(pd != null);
        if (pd != null) {
            bidang.tampilkan(pd.id());
        }
    }
}
