package id.pkd.portal.tandatangan;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
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
import id.pkd.portal.umum.Formulir;
import id.pkd.portal.umum.IsianTidakSahException;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/** The tenant admin connects the portal to the region's BSrE Esign Client Service. */
@Route("tandatangan/bsre")
@PageTitle("Layanan BSrE | Portal Kinerja Daerah")
@Menu(title = "Layanan BSrE", order = 82)
@RolesAllowed("ADMIN_DAERAH")
class PengaturanBsreView extends VerticalLayout {

    PengaturanBsreView(PengaturanBsreService bsre) {
        TextField alamat = new TextField("Alamat Esign Client Service");
        alamat.setId("bsre-alamat");
        alamat.setPlaceholder("https://esign.daerah.go.id");
        alamat.setWidth("30em");
        TextField pengguna = new TextField("Pengguna (basic auth)");
        pengguna.setId("bsre-pengguna");
        PasswordField sandi = new PasswordField("Sandi (kosongkan bila tidak diubah)");
        sandi.setId("bsre-sandi");
        Checkbox aktif = new Checkbox("Tanda tangan dokumen lewat BSrE");
        aktif.setId("bsre-aktif");
        bsre.baca().ifPresent(b -> {
            alamat.setValue(b.alamat());
            pengguna.setValue(b.pengguna());
            aktif.setValue(b.aktif());
        });
        Formulir formulir = new Formulir(Map.of("alamat", alamat, "pengguna", pengguna, "sandi", sandi));
        Button simpan = new Button("Simpan", e -> {
            formulir.bersihkan();
            try {
                bsre.simpan(alamat.getValue(), pengguna.getValue(), sandi.getValue(), aktif.getValue());
                sandi.clear();
                Formulir.berhasil("Pengaturan BSrE disimpan.");
            } catch (IsianTidakSahException ex) {
                formulir.tampilkan(ex);
            }
        });
        simpan.setId("bsre-simpan");
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        TextField nik = new TextField("NIK pejabat");
        nik.setId("bsre-nik");
        Span status = new Span();
        status.setId("bsre-status");
        Button periksa = new Button("Periksa status", e -> {
            try {
                String s = bsre.statusPengguna(nik.getValue().strip());
                status.setText("Status sertifikat di BSrE: " + s
                        + ("ISSUE".equals(s) ? " (dapat menandatangani)" : " (belum dapat menandatangani)"));
            } catch (TandaTanganGagalException ex) {
                status.setText(ex.getMessage());
            }
        });
        add(
                new H2("Layanan BSrE"),
                new Paragraph("Bila aktif, pejabat daerah ini menandatangani dokumen lewat Esign Client Service BSrE"
                        + " dengan NIK dan passphrase mereka; sertifikat PKCS#12 lokal tidak dipakai. Pengguna dan"
                        + " sandi layanan disimpan terenkripsi."),
                alamat,
                pengguna,
                sandi,
                aktif,
                simpan,
                new H3("Status pengguna"),
                new HorizontalLayout(nik, periksa),
                status);
    }
}
