package id.pkd.portal.pengguna;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.Formulir;
import id.pkd.portal.umum.IsianTidakSahException;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Edits one user of the current tenant; an id of another tenant is simply not found. */
@Route("pengguna/:id")
@PageTitle("Ubah pengguna | Portal Kinerja Daerah")
@RolesAllowed("ADMIN_DAERAH")
class PenggunaDetailView extends VerticalLayout implements BeforeEnterObserver {

    private final PenggunaService pengguna;
    private final KataSandiService kataSandi;
    private final TextField nama = new TextField("Nama lengkap dengan gelar");
    private final ComboBox<Peran> peran = new ComboBox<>("Peran");
    private final TextField nip = new TextField("NIP");
    private final TextField jabatan = new TextField("Jabatan");
    private final Checkbox aktif = new Checkbox("Akun aktif");
    private final Formulir formulir =
            new Formulir(Map.of("namaLengkap", nama, "peran", peran, "nip", nip, "aktif", aktif));
    private final List<BagianDetailPengguna> bagianLain;
    private long id;

    PenggunaDetailView(PenggunaService pengguna, KataSandiService kataSandi, List<BagianDetailPengguna> bagianLain) {
        this.pengguna = pengguna;
        this.kataSandi = kataSandi;
        this.bagianLain = bagianLain;
        peran.setItems(Arrays.stream(Peran.values()).filter(Peran::milikDaerah).toList());
        peran.setItemLabelGenerator(Peran::label);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElseThrow(() -> new DataTidakDitemukanException("Pengguna"));
        Pengguna p = pengguna.cari(id);
        removeAll();
        nama.setValue(p.namaLengkap());
        peran.setValue(p.peran());
        nip.setValue(p.nipTercetak());
        jabatan.setValue(p.jabatan() == null ? "" : p.jabatan());
        aktif.setValue(p.aktif());
        Button simpan = new Button("Simpan perubahan", e -> simpan());
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("Pengguna " + p.username()), new FormLayout(nama, peran, nip, jabatan, aktif), simpan);
        pengguna.masukTerkunciSampai(id).ifPresent(sampai -> {
            Paragraph terkunci = new Paragraph("Masuk dikunci sementara sampai pukul "
                    + sampai.format(DateTimeFormatter.ofPattern("HH:mm"))
                    + " karena terlalu banyak percobaan masuk yang gagal.");
            terkunci.setId("masuk-terkunci");
            Button buka = new Button("Buka kunci masuk");
            buka.setId("buka-kunci-masuk");
            buka.addClickListener(e -> {
                pengguna.bukaKunciMasuk(id);
                remove(terkunci, buka);
                Formulir.berhasil("Kunci masuk dibuka.");
            });
            add(terkunci, buka);
        });
        add(tombolAturUlang());
        bagianLain.forEach(b -> add(b.buat(p)));
        add(new Anchor("pengguna", "Kembali ke daftar pengguna"));
    }

    /** The temporary password is shown once, here; the user must replace it at the next sign-in. */
    private Button tombolAturUlang() {
        Button aturUlang = new Button("Atur ulang kata sandi");
        aturUlang.setId("atur-ulang-sandi");
        aturUlang.addClickListener(e -> {
            try {
                String sementara = kataSandi.aturUlangSandi(id);
                Span tampil = new Span(sementara);
                tampil.setId("sandi-sementara");
                tampil.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-l)");
                Paragraph pesan = new Paragraph("Kata sandi sementara (hanya ditampilkan sekali; sampaikan langsung"
                        + " kepada pengguna, yang wajib menggantinya saat masuk): ");
                pesan.add(tampil);
                addComponentAtIndex(indexOf(aturUlang) + 1, pesan);
                // The reset lifted the sign-in lock too.
                getChildren()
                        .filter(c -> c.getId()
                                .filter(i -> i.equals("masuk-terkunci") || i.equals("buka-kunci-masuk"))
                                .isPresent())
                        .toList()
                        .forEach(this::remove);
                aturUlang.setEnabled(false);
            } catch (IsianTidakSahException ex) {
                ex.pesanPerIsian().values().forEach(Formulir::gagal);
            }
        });
        return aturUlang;
    }

    private void simpan() {
        formulir.bersihkan();
        try {
            pengguna.ubah(id, nama.getValue(), peran.getValue(), nip.getValue(), jabatan.getValue(), aktif.getValue());
            Formulir.berhasil("Perubahan disimpan.");
        } catch (IsianTidakSahException e) {
            formulir.tampilkan(e);
        }
    }
}
