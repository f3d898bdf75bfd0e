package id.pkd.portal.organisasi;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.pkd.portal.keamanan.AkunPengguna;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.AturanPejabat;
import id.pkd.portal.perencanaan.Bidang;
import id.pkd.portal.perencanaan.IsianPejabat;
import id.pkd.portal.perencanaan.Pejabat;
import id.pkd.portal.perencanaan.PejabatService;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.tampilan.BelumAdaRencana;
import id.pkd.portal.tampilan.KetikanCepat;
import id.pkd.portal.umum.Formulir;
import id.pkd.portal.umum.IsianTidakSahException;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * The officials of an agency, who sign its Perjanjian Kinerja and documents. The tenant admin adds
 * and corrects them; the other roles read.
 */
@Route("pejabat")
@PageTitle("Pejabat | Portal Kinerja Daerah")
@Menu(title = "Pejabat", order = 25)
@RolesAllowed({"ADMIN_DAERAH", "OPERATOR", "VERIFIKATOR", "PIMPINAN", "PENGAMAT"})
class PejabatView extends VerticalLayout implements BeforeEnterObserver {

    private final PerencanaanService perencanaan;
    private final PejabatService layanan;
    private final boolean bolehUbah;

    private final Select<PerangkatDaerah> pilihPd = new Select<>();
    private final Grid<Pejabat> tabel = new Grid<>();
    private final VerticalLayout editor = new VerticalLayout();
    private final H3 judul = new H3();
    private final TextField nip = new TextField("NIP");
    private final TextField nama = new TextField("Nama dengan gelar");
    private final TextField jabatan = new TextField("Jabatan");
    private final Select<String> golongan = new Select<>();
    private final TextField pangkat = new TextField("Pangkat");
    private final Select<String> eselon = new Select<>();
    private final ComboBox<Bidang> bidang = new ComboBox<>("Bidang");
    private final ComboBox<Pejabat> atasan = new ComboBox<>("Atasan langsung");
    private final Button simpan = new Button("Simpan", e -> simpan());
    private final Formulir formulir = new Formulir(Map.of(
            "nip", nip,
            "nama", nama,
            "jabatan", jabatan,
            "golongan", golongan,
            "pangkat", pangkat,
            "eselon", eselon,
            "bidang", bidang,
            "atasan", atasan));

    private final PenugasanPanel penugasan;

    private Pejabat terpilih;

    PejabatView(
            PerencanaanService perencanaan,
            PejabatService layanan,
            PenugasanService layananPenugasan,
            AuthenticationContext auth) {
        this.perencanaan = perencanaan;
        this.layanan = layanan;
        this.bolehUbah = auth.getAuthenticatedUser(AkunPengguna.class)
                .map(a -> a.peran() == Peran.ADMIN_DAERAH)
                .orElse(false);
        this.penugasan = new PenugasanPanel(layananPenugasan, bolehUbah);
        setSizeFull();

        pilihPd.setLabel("Perangkat daerah");
        pilihPd.setId("pilih-perangkat-daerah");
        pilihPd.setItemLabelGenerator(PerangkatDaerah::namaPendek);
        pilihPd.setWidth("24em");
        pilihPd.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                muat(null);
            }
        });

        tabel.setId("tabel-pejabat");
        tabel.addColumn(Pejabat::nama).setHeader("Nama").setFlexGrow(1);
        tabel.addColumn(Pejabat::nipTercetak).setHeader("NIP").setAutoWidth(true);
        tabel.addColumn(Pejabat::jabatan).setHeader("Jabatan").setFlexGrow(1);
        tabel.addColumn(Pejabat::pangkatGolongan).setHeader("Pangkat / Gol.").setAutoWidth(true);
        tabel.addColumn(Pejabat::eselon).setHeader("Eselon").setAutoWidth(true);
        tabel.setSizeFull();
        tabel.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                isi(e.getValue());
            }
        });

        susunEditor();
        SplitLayout isi = new SplitLayout(tabel, editor);
        isi.setSplitterPosition(60);
        isi.setSizeFull();
        isi.setMinHeight("30em");
        Button tambah = new Button("Tambah pejabat", e -> {
            tabel.asSingleSelect().clear();
            isi(null);
        });
        tambah.setId("tambah-pejabat");
        KetikanCepat.lindungi(tambah, editor);
        tambah.setVisible(bolehUbah);
        HorizontalLayout atas = new HorizontalLayout(pilihPd, tambah);
        atas.setAlignItems(Alignment.BASELINE);
        add(new H2("Pejabat"), atas, isi);
        setFlexGrow(1, isi);
    }

    private void susunEditor() {
        nip.setId("nip");
        nip.setHelperText("18 angka, boleh berkelompok: 19730501 199311 1 001");
        nama.setId("nama");
        jabatan.setId("jabatan");
        golongan.setLabel("Golongan");
        golongan.setId("golongan");
        golongan.setItems(AturanPejabat.GOLONGAN_URUT);
        // The pangkat follows from the golongan; it stays editable for the rare official whose
        // record prints it differently.
        golongan.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                pangkat.setValue(AturanPejabat.PANGKAT.get(e.getValue()));
            }
        });
        pangkat.setId("pangkat");
        eselon.setLabel("Eselon");
        eselon.setId("eselon");
        eselon.setItems(AturanPejabat.ESELON);
        bidang.setId("bidang");
        bidang.setItemLabelGenerator(Bidang::nama);
        bidang.setClearButtonVisible(true);
        atasan.setId("atasan");
        atasan.setItemLabelGenerator(p -> p.nama() + " — " + p.jabatan());
        atasan.setClearButtonVisible(true);
        simpan.setId("simpan-pejabat");
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        FormLayout form = new FormLayout(nip, nama, jabatan, golongan, pangkat, eselon, bidang, atasan);
        // Enter saves the official only from its own fields: the assignments below have their own save
        simpan.addClickShortcut(Key.ENTER).listenOn(form);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(nama, 2);
        form.setColspan(jabatan, 2);
        editor.add(judul, form, simpan, penugasan);
        editor.setVisible(false);
        List.of(nip, nama, jabatan, pangkat).forEach(f -> f.setReadOnly(!bolehUbah));
        List.of(golongan, eselon).forEach(f -> f.setReadOnly(!bolehUbah));
        List.of(bidang, atasan).forEach(f -> f.setReadOnly(!bolehUbah));
        simpan.setVisible(bolehUbah);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<PerangkatDaerah> semua = perencanaan.daftarPerangkatDaerah();
        if (semua.isEmpty()) {
            removeAll();
            add(new H2("Pejabat"), new BelumAdaRencana("perangkat daerah dan pejabatnya"));
            return;
        }
        pilihPd.setItems(semua);
        pilihPd.setValue(semua.get(0));
    }

    private void muat(Long pilihId) {
        long pdId = pilihPd.getValue().id();
        List<Pejabat> semua = layanan.daftar(pdId);
        tabel.setItems(semua);
        bidang.setItems(layanan.bidang(pdId));
        atasan.setItems(semua);
        Optional<Pejabat> lagi =
                semua.stream().filter(p -> p.id().equals(pilihId)).findFirst();
        lagi.ifPresentOrElse(tabel::select, () -> editor.setVisible(false));
    }

    /** Shows an official in the editor; none for a new one. */
    private void isi(Pejabat p) {
        terpilih = p;
        formulir.bersihkan();
        judul.setText(p == null ? "Pejabat baru" : p.nama());
        nip.setValue(p == null ? "" : p.nipTercetak());
        nama.setValue(p == null ? "" : p.nama());
        jabatan.setValue(p == null ? "" : p.jabatan());
        golongan.setValue(p == null ? null : p.golongan());
        pangkat.setValue(p == null ? "" : p.pangkat());
        eselon.setValue(p == null ? null : p.eselon());
        List<Bidang> semuaBidang = layanan.bidang(pilihPd.getValue().id());
        bidang.setValue(
                p == null || p.bidangId() == null
                        ? null
                        : semuaBidang.stream()
                                .filter(b -> b.id().equals(p.bidangId()))
                                .findFirst()
                                .orElse(null));
        atasan.setItems(layanan.daftar(pilihPd.getValue().id()).stream()
                .filter(a -> p == null || !Objects.equals(a.id(), p.id()))
                .toList());
        atasan.setValue(p == null || p.atasanId() == null ? null : layanan.pejabat(p.atasanId()));
        penugasan.tampilkan(p);
        editor.setVisible(true);
        nip.focus();
    }

    private void simpan() {
        if (!bolehUbah) {
            return;
        }
        try {
            Pejabat tersimpan = layanan.simpan(new IsianPejabat(
                    terpilih == null ? null : terpilih.id(),
                    pilihPd.getValue().id(),
                    bidang.getValue() == null ? null : bidang.getValue().id(),
                    atasan.getValue() == null ? null : atasan.getValue().id(),
                    nip.getValue(),
                    nama.getValue(),
                    pangkat.getValue(),
                    golongan.getValue(),
                    jabatan.getValue(),
                    eselon.getValue()));
            Formulir.berhasil("Pejabat " + tersimpan.nama() + " disimpan.");
            muat(tersimpan.id());
        } catch (IsianTidakSahException e) {
            formulir.tampilkan(e);
        } catch (AccessDeniedException e) {
            Formulir.gagal("Hanya Admin Daerah yang dapat mengubah data pejabat.");
        }
    }
}
