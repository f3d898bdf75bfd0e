package id.pkd.portal.daerah;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.pkd.portal.pengguna.PenggunaBaru;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.umum.Formulir;
import id.pkd.portal.umum.IsianTidakSahException;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/** The portal operator registers tenants, each with its first admin. */
@Route("daerah")
@PageTitle("Pemerintah Daerah | Portal Kinerja Daerah")
@Menu(title = "Pemerintah Daerah", order = 10)
@RolesAllowed("OPERATOR_PORTAL")
class DaerahView extends VerticalLayout {

    private final DaerahService daerah;
    private final Grid<Daerah> tabel = new Grid<>(Daerah.class, false);
    private final TextField kode = new TextField("Kode wilayah");
    private final TextField nama = new TextField("Nama daerah");
    private final ComboBox<JenisDaerah> jenis = new ComboBox<>("Jenis daerah");
    private final TextField ibuKota = new TextField("Ibu kota");
    private final TextField adminUsername = new TextField("Nama pengguna admin");
    private final TextField adminNama = new TextField("Nama lengkap admin");
    private final PasswordField adminSandi = new PasswordField("Kata sandi admin");
    private final Formulir formulir = new Formulir(Map.of(
            "kodeWilayah", kode,
            "nama", nama,
            "jenis", jenis,
            "username", adminUsername,
            "namaLengkap", adminNama,
            "kataSandi", adminSandi));

    DaerahView(DaerahService daerah) {
        this.daerah = daerah;
        tabel.addColumn(Daerah::kodeWilayah).setHeader("Kode").setAutoWidth(true);
        tabel.addColumn(Daerah::nama).setHeader("Nama").setFlexGrow(1);
        tabel.addColumn(d -> d.jenis().label()).setHeader("Jenis").setAutoWidth(true);
        tabel.addColumn(Daerah::ibuKota).setHeader("Ibu kota").setAutoWidth(true);
        tabel.setAllRowsVisible(true);

        kode.setHelperText("Kode Kemendagri, mis. 63.11 (kabupaten), 63.71 (kota), 63 (provinsi)");
        jenis.setItems(JenisDaerah.values());
        jenis.setItemLabelGenerator(JenisDaerah::label);
        nama.setPlaceholder("Kabupaten Balangan");
        Button simpan = new Button("Daftarkan daerah", e -> simpan());
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(kode, jenis, nama, ibuKota, adminUsername, adminNama, adminSandi);
        add(new H2("Pemerintah Daerah"), tabel, new H3("Daftarkan pemerintah daerah baru"), form, simpan);
        muat();
    }

    private void simpan() {
        formulir.bersihkan();
        try {
            Daerah baru = daerah.daftarkan(new DaerahBaru(
                    kode.getValue(),
                    nama.getValue(),
                    jenis.getValue(),
                    ibuKota.getValue(),
                    new PenggunaBaru(
                            adminUsername.getValue(),
                            adminSandi.getValue(),
                            adminNama.getValue(),
                            Peran.ADMIN_DAERAH,
                            null,
                            "Admin Daerah")));
            Formulir.berhasil(baru.nama() + " terdaftar dengan admin " + adminUsername.getValue() + ".");
            kode.clear();
            nama.clear();
            jenis.clear();
            ibuKota.clear();
            adminUsername.clear();
            adminNama.clear();
            adminSandi.clear();
            muat();
        } catch (IsianTidakSahException e) {
            formulir.tampilkan(e);
        }
    }

    private void muat() {
        tabel.setItems(daerah.semua());
    }
}
