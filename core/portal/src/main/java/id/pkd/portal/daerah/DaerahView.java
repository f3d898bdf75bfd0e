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
import id.pkd.portal.umum.WaktuDaerah;
import id.pkd.portal.umum.ZonaWaktu;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/** The portal operator registers tenants, each with its first admin. */
@Route("daerah")
@PageTitle("Pemerintah Daerah | Portal Kinerja Daerah")
@Menu(title = "Pemerintah Daerah", order = 10)
@RolesAllowed("OPERATOR_PORTAL")
class DaerahView extends VerticalLayout {

    private static final String IKUTI_KODE = "Menurut kode provinsi";

    private final DaerahService daerah;
    private final WaktuDaerah waktu;
    private final ComboBox<Daerah> daerahZona = new ComboBox<>("Daerah");
    private final ComboBox<String> zona = new ComboBox<>("Zona waktu");
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

    DaerahView(DaerahService daerah, WaktuDaerah waktu) {
        this.daerah = daerah;
        this.waktu = waktu;
        tabel.addColumn(Daerah::kodeWilayah).setHeader("Kode").setAutoWidth(true);
        tabel.addColumn(Daerah::nama).setHeader("Nama").setFlexGrow(1);
        tabel.addColumn(d -> d.jenis().label()).setHeader("Jenis").setAutoWidth(true);
        tabel.addColumn(Daerah::ibuKota).setHeader("Ibu kota").setAutoWidth(true);
        tabel.addColumn(d -> waktu.zona(d.kodeWilayah(), d.zonaWaktu()).keterangan())
                .setHeader("Zona waktu")
                .setAutoWidth(true);
        tabel.setAllRowsVisible(true);

        kode.setHelperText("Kode Kemendagri, mis. 63.11 (kabupaten), 63.71 (kota), 63 (provinsi)");
        jenis.setItems(JenisDaerah.values());
        jenis.setItemLabelGenerator(JenisDaerah::label);
        nama.setPlaceholder("Kabupaten Balangan");
        Button simpan = new Button("Daftarkan daerah", e -> simpan());
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(kode, jenis, nama, ibuKota, adminUsername, adminNama, adminSandi);
        add(new H2("Pemerintah Daerah"), tabel, new H3("Daftarkan pemerintah daerah baru"), form, simpan);
        bagianZona();
        muat();
    }

    /**
     * The zone follows the province code (Keppres 41/1987); the operator sets another only for a region that keeps
     * its neighbour's zone.
     */
    private void bagianZona() {
        daerahZona.setItemLabelGenerator(d -> d.kodeWilayah() + " " + d.nama());
        daerahZona.setId("zona-daerah");
        zona.setId("zona-waktu");
        zona.setItems(IKUTI_KODE, ZonaWaktu.WIB.name(), ZonaWaktu.WITA.name(), ZonaWaktu.WIT.name());
        zona.setHelperText("Zona tampilan waktu tanda tangan, registri, jejak audit dan tanggal dokumen daerah itu.");
        daerahZona.addValueChangeListener(e -> {
            Daerah d = e.getValue();
            zona.setValue(
                    d == null || d.zonaWaktu() == null
                            ? IKUTI_KODE
                            : d.zonaWaktu().name());
        });
        Button simpanZona = new Button("Simpan zona waktu", e -> simpanZona());
        simpanZona.setId("simpan-zona-waktu");
        add(new H3("Zona waktu daerah"), new FormLayout(daerahZona, zona), simpanZona);
    }

    private void simpanZona() {
        Daerah d = daerahZona.getValue();
        if (d == null) {
            Formulir.gagal("Pilih daerah lebih dahulu.");
            return;
        }
        String pilihan = zona.getValue();
        ZonaWaktu z = pilihan == null || IKUTI_KODE.equals(pilihan) ? null : ZonaWaktu.valueOf(pilihan);
        Daerah baru = daerah.ubahZonaWaktu(d.id(), z);
        Formulir.berhasil("Zona waktu " + baru.nama() + ": "
                + waktu.zona(baru.kodeWilayah(), baru.zonaWaktu()).keterangan() + ".");
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
        var semua = daerah.semua();
        tabel.setItems(semua);
        Daerah dipilih = daerahZona.getValue();
        daerahZona.setItems(semua);
        if (dipilih != null) {
            semua.stream().filter(d -> d.id().equals(dipilih.id())).findFirst().ifPresent(daerahZona::setValue);
        }
    }
}
