package id.pkd.portal.duafaktor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.pkd.portal.umum.Formulir;
import id.pkd.portal.umum.IsianTidakSahException;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The signed-in account's own second factor: switch it on, make new recovery codes, or switch it off where the
 * role does not require it (proven by a current code).
 */
@Route("akun/dua-faktor")
@PageTitle("Dua faktor | Portal Kinerja Daerah")
@Menu(title = "Dua Faktor", order = 900)
@PermitAll
class AkunDuaFaktorView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter TANGGAL = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

    private final DuaFaktorService duaFaktor;

    AkunDuaFaktorView(DuaFaktorService duaFaktor) {
        this.duaFaktor = duaFaktor;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tampilkan();
    }

    private void tampilkan() {
        removeAll();
        add(new H2("Verifikasi dua langkah"));
        StatusDuaFaktor status = duaFaktor.status();
        if (!status.terdaftar()) {
            add(new Paragraph("Verifikasi dua langkah belum aktif. Bila aktif, setiap kali masuk Anda memasukkan kode"
                    + " dari aplikasi autentikator di ponsel selain kata sandi."));
            Button aktifkan = new Button("Aktifkan dua faktor", e -> {
                removeAll();
                add(new H2("Aktifkan verifikasi dua langkah"), new PendaftaranDuaFaktor(duaFaktor, this::tampilkan));
            });
            aktifkan.setId("mulai-dua-faktor");
            aktifkan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(aktifkan);
            return;
        }
        Paragraph aktif = new Paragraph("Verifikasi dua langkah aktif sejak "
                + status.terdaftarPada().orElseThrow().format(TANGGAL) + ". Sisa kode pemulihan: "
                + status.sisaKodePemulihan() + ".");
        aktif.setId("status-dua-faktor");
        Button kodeBaru =
                new Button("Buat ulang kode pemulihan", e -> tampilkanKodeBaru(duaFaktor.kodePemulihanBaru()));
        kodeBaru.setId("kode-pemulihan-baru");
        add(aktif, kodeBaru);
        if (status.wajib()) {
            add(new Paragraph("Peran Anda wajib memakai verifikasi dua langkah; bila ponsel hilang, minta Admin Daerah"
                    + " (atau Operator Portal untuk Admin Daerah) meresetnya."));
        } else {
            add(formulirMatikan());
        }
    }

    private HorizontalLayout formulirMatikan() {
        TextField kode = new TextField("Kode saat ini");
        kode.setId("kode-matikan");
        Formulir formulir = new Formulir(Map.of("kode", kode));
        Button matikan = new Button("Matikan dua faktor", e -> {
            formulir.bersihkan();
            try {
                duaFaktor.matikan(kode.getValue());
                Formulir.berhasil("Verifikasi dua langkah dimatikan.");
                tampilkan();
            } catch (IsianTidakSahException ex) {
                formulir.tampilkan(ex);
            }
        });
        matikan.setId("matikan-dua-faktor");
        matikan.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout baris = new HorizontalLayout(kode, matikan);
        baris.setAlignItems(Alignment.BASELINE);
        return baris;
    }

    private void tampilkanKodeBaru(List<String> kode) {
        removeAll();
        UnorderedList daftar =
                new UnorderedList(kode.stream().map(ListItem::new).toArray(ListItem[]::new));
        daftar.setId("kode-pemulihan");
        daftar.getStyle().set("font-family", "monospace");
        Button selesai = new Button("Sudah saya simpan", e -> tampilkan());
        selesai.setId("sudah-disimpan");
        add(
                new H2("Kode pemulihan baru"),
                new Paragraph(
                        "Kode lama tidak berlaku lagi. Simpan kode berikut; kode ini hanya ditampilkan sekarang."),
                daftar,
                selesai);
    }
}
