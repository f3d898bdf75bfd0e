package id.pkd.portal.daerah;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.pkd.portal.pengguna.PembatasMasuk;
import id.pkd.portal.pengguna.PemulihanDaerahService;
import id.pkd.portal.pengguna.PemulihanDaerahService.RingkasanPengguna;
import id.pkd.portal.pengguna.PenggunaBaru;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.pengguna.TindakanAdminDaerah;
import id.pkd.portal.tenant.TenantId;
import id.pkd.portal.umum.Formulir;
import id.pkd.portal.umum.IsianTidakSahException;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The portal operator's view of a tenant's users (read only) and its repairs on the tenant's Admin Daerah accounts:
 * a new admin, reactivation, sign-in unlock, password reset. Also the client addresses locked for too many failed
 * sign-ins, which belong to no tenant.
 */
@Route("daerah/pengguna")
@PageTitle("Pengguna Daerah | Portal Kinerja Daerah")
@Menu(title = "Pengguna Daerah", order = 11)
@RolesAllowed("OPERATOR_PORTAL")
class PenggunaDaerahView extends VerticalLayout {

    private static final DateTimeFormatter JAM = DateTimeFormatter.ofPattern("HH:mm");

    private final PemulihanDaerahService pemulihan;
    private final List<TindakanAdminDaerah> tindakanLain;
    private final ComboBox<Daerah> daerah = new ComboBox<>("Pemerintah daerah");
    private final Grid<RingkasanPengguna> tabel = new Grid<>(RingkasanPengguna.class, false);
    private final Grid<PembatasMasuk.AlamatTerkunci> alamat = new Grid<>(PembatasMasuk.AlamatTerkunci.class, false);
    private final Paragraph sandiSementara = new Paragraph();
    private final TextField username = new TextField("Nama pengguna admin");
    private final TextField nama = new TextField("Nama lengkap admin");
    private final PasswordField sandi = new PasswordField("Kata sandi admin");
    private final Formulir formulir =
            new Formulir(Map.of("username", username, "namaLengkap", nama, "kataSandi", sandi));

    PenggunaDaerahView(
            DaerahService daerahService, PemulihanDaerahService pemulihan, List<TindakanAdminDaerah> tindakanLain) {
        this.tindakanLain = tindakanLain;
        this.pemulihan = pemulihan;
        daerah.setId("pilih-daerah");
        daerah.setItems(daerahService.semua());
        daerah.setItemLabelGenerator(d -> d.kodeWilayah() + " " + d.nama());
        daerah.setWidth("28em");
        daerah.addValueChangeListener(e -> muat());

        tabel.addColumn(RingkasanPengguna::namaLengkap).setHeader("Nama").setFlexGrow(1);
        tabel.addColumn(RingkasanPengguna::username).setHeader("Nama pengguna").setAutoWidth(true);
        tabel.addColumn(p -> p.peran().label()).setHeader("Peran").setAutoWidth(true);
        tabel.addColumn(p -> p.aktif() ? "Aktif" : "Nonaktif")
                .setHeader("Status")
                .setAutoWidth(true);
        tabel.addColumn(p -> jam(p.terkunciSampai()))
                .setHeader("Masuk terkunci sampai")
                .setAutoWidth(true);
        tabel.addComponentColumn(this::tindakan)
                .setHeader("Tindakan (Admin Daerah)")
                .setAutoWidth(true);
        tabel.setAllRowsVisible(true);
        sandiSementara.setId("sandi-sementara");

        alamat.addColumn(PembatasMasuk.AlamatTerkunci::alamat)
                .setHeader("Alamat")
                .setFlexGrow(1);
        alamat.addColumn(a -> jam(a.sampai())).setHeader("Terkunci sampai").setAutoWidth(true);
        alamat.addComponentColumn(a -> new Button("Buka", e -> {
                    pemulihan.bukaKunciAlamat(a.alamat());
                    Formulir.berhasil("Kunci alamat " + a.alamat() + " dibuka.");
                    muatAlamat();
                }))
                .setAutoWidth(true);
        alamat.setAllRowsVisible(true);

        Button tambah = new Button("Tambah Admin Daerah", e -> tambahAdmin());
        tambah.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H2("Pengguna Daerah"),
                new Paragraph("Daftar pengguna hanya untuk dibaca; tindakan hanya untuk akun Admin Daerah, dicatat di"
                        + " jejak audit daerah itu."),
                daerah,
                tabel,
                sandiSementara,
                new H3("Tambah Admin Daerah"),
                new FormLayout(username, nama, sandi),
                tambah,
                new H3("Alamat yang dikunci"),
                new Paragraph("Alamat dengan " + PembatasMasuk.BATAS_ALAMAT + " percobaan masuk gagal dalam "
                        + PembatasMasuk.JENDELA_MENIT + " menit."),
                alamat);
        muatAlamat();
    }

    private HorizontalLayout tindakan(RingkasanPengguna p) {
        HorizontalLayout tombol = new HorizontalLayout();
        if (!p.admin()) {
            return tombol;
        }
        if (!p.aktif()) {
            tombol.add(new Button("Aktifkan", e -> jalankan(() -> pemulihan.aktifkanAdmin(tenant(), p.id()))));
        }
        if (p.terkunciSampai() != null) {
            tombol.add(new Button(
                    "Buka kunci masuk", e -> jalankan(() -> pemulihan.bukaKunciMasukAdmin(tenant(), p.id()))));
        }
        tombol.add(new Button("Atur ulang kata sandi", e -> {
            String sementara = pemulihan.aturUlangSandiAdmin(tenant(), p.id());
            sandiSementara.removeAll();
            Span tampil = new Span(sementara);
            tampil.getStyle().set("font-family", "monospace");
            sandiSementara.add("Kata sandi sementara " + p.username() + " (hanya ditampilkan sekali; wajib diganti saat"
                    + " masuk): ");
            sandiSementara.add(tampil);
            muat();
        }));
        // Repairs other features offer, such as resetting a lost second factor.
        tindakanLain.forEach(t -> tombol.add(new Button(t.label(), e -> jalankan(() -> t.jalankan(tenant(), p.id())))));
        return tombol;
    }

    private void tambahAdmin() {
        formulir.bersihkan();
        if (daerah.isEmpty()) {
            Formulir.gagal("Pilih pemerintah daerah terlebih dahulu.");
            return;
        }
        try {
            pemulihan.tambahAdmin(
                    tenant(),
                    new PenggunaBaru(
                            username.getValue(),
                            sandi.getValue(),
                            nama.getValue(),
                            Peran.ADMIN_DAERAH,
                            null,
                            "Admin Daerah"));
            Formulir.berhasil("Admin Daerah " + username.getValue() + " ditambahkan.");
            username.clear();
            nama.clear();
            sandi.clear();
            muat();
        } catch (IsianTidakSahException e) {
            formulir.tampilkan(e);
        }
    }

    private void jalankan(Runnable tindakan) {
        tindakan.run();
        Formulir.berhasil("Disimpan.");
        muat();
    }

    private TenantId tenant() {
        return daerah.getValue().tenantId();
    }

    private void muat() {
        tabel.setItems(daerah.isEmpty() ? List.of() : pemulihan.daftar(tenant()));
    }

    private void muatAlamat() {
        alamat.setItems(pemulihan.alamatTerkunci());
    }

    private static String jam(LocalDateTime waktu) {
        return waktu == null ? "" : JAM.format(waktu);
    }
}
