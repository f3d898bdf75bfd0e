package id.pkd.portal.pengguna;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.pkd.portal.umum.Formulir;
import id.pkd.portal.umum.IsianTidakSahException;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Map;

/** The tenant admin's list of the tenant's users, and the form to add one. */
@Route("pengguna")
@PageTitle("Pengguna | Portal Kinerja Daerah")
@Menu(title = "Pengguna", order = 20)
@RolesAllowed("ADMIN_DAERAH")
class PenggunaView extends VerticalLayout {

    private final PenggunaService pengguna;
    private final Grid<Pengguna> tabel = new Grid<>(Pengguna.class, false);
    private final TextField username = new TextField("Nama pengguna");
    private final PasswordField sandi = new PasswordField("Kata sandi");
    private final TextField nama = new TextField("Nama lengkap dengan gelar");
    private final ComboBox<Peran> peran = new ComboBox<>("Peran");
    private final TextField nip = new TextField("NIP");
    private final TextField jabatan = new TextField("Jabatan");
    private final Formulir formulir = new Formulir(
            Map.of("username", username, "kataSandi", sandi, "namaLengkap", nama, "peran", peran, "nip", nip));

    PenggunaView(PenggunaService pengguna) {
        this.pengguna = pengguna;
        tabel.addComponentColumn(p -> new Anchor("pengguna/" + p.id(), p.namaLengkap()))
                .setHeader("Nama")
                .setFlexGrow(1);
        tabel.addColumn(Pengguna::username).setHeader("Nama pengguna").setAutoWidth(true);
        tabel.addColumn(p -> p.peran().label()).setHeader("Peran").setAutoWidth(true);
        tabel.addColumn(Pengguna::nipTercetak).setHeader("NIP").setAutoWidth(true);
        tabel.addColumn(p -> p.aktif() ? "Aktif" : "Nonaktif")
                .setHeader("Status")
                .setAutoWidth(true);
        tabel.setAllRowsVisible(true);

        peran.setItems(Arrays.stream(Peran.values()).filter(Peran::milikDaerah).toList());
        peran.setItemLabelGenerator(Peran::label);
        nip.setHelperText("18 angka, mis. 19730501 199311 1 001 (kosongkan jika bukan ASN)");
        Button simpan = new Button("Tambah pengguna", e -> simpan());
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H2("Pengguna"),
                tabel,
                new H3("Tambah pengguna"),
                new FormLayout(username, sandi, nama, peran, nip, jabatan),
                simpan);
        tabel.setItems(pengguna.daftar());
    }

    private void simpan() {
        formulir.bersihkan();
        try {
            Pengguna baru = pengguna.tambah(new PenggunaBaru(
                    username.getValue(),
                    sandi.getValue(),
                    nama.getValue(),
                    peran.getValue(),
                    nip.getValue(),
                    jabatan.getValue()));
            Formulir.berhasil("Pengguna " + baru.username() + " ditambahkan.");
            username.clear();
            sandi.clear();
            nama.clear();
            peran.clear();
            nip.clear();
            jabatan.clear();
            tabel.setItems(pengguna.daftar());
        } catch (IsianTidakSahException e) {
            formulir.tampilkan(e);
        }
    }
}
