package id.pkd.portal.duafaktor;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.pkd.portal.keamanan.AutentikasiSebagian;
import id.pkd.portal.keamanan.FaktorKedua;
import id.pkd.portal.keamanan.PenggantiAutentikasi;
import jakarta.annotation.security.PermitAll;

/**
 * Enrolment required before anything else: an account whose role must have a second factor (portal operator,
 * Admin Daerah, Pimpinan) and has none lands here after its password.
 */
@Route(value = FaktorKedua.HALAMAN_DAFTAR, autoLayout = false)
@PageTitle("Aktifkan dua faktor | Portal Kinerja Daerah")
@PermitAll
class DaftarKodeView extends VerticalLayout implements BeforeEnterObserver {

    private final DuaFaktorService duaFaktor;
    private final PenggantiAutentikasi pengganti;
    private final AuthenticationContext auth;

    DaftarKodeView(DuaFaktorService duaFaktor, PenggantiAutentikasi pengganti, AuthenticationContext auth) {
        this.duaFaktor = duaFaktor;
        this.pengganti = pengganti;
        this.auth = auth;
        addClassName("halaman-masuk");
        setAlignItems(Alignment.CENTER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (AutentikasiSebagian.saatIni()
                .filter(AutentikasiSebagian::perluDaftar)
                .isEmpty()) {
            event.forwardTo("");
            return;
        }
        removeAll();
        Button batal = new Button("Batal dan keluar", e -> auth.logout());
        batal.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        VerticalLayout isi = new VerticalLayout(
                new H1("Aktifkan verifikasi dua langkah"),
                new Paragraph("Peran Anda wajib memakai verifikasi dua langkah: selain kata sandi, setiap kali masuk"
                        + " Anda memasukkan kode dari aplikasi autentikator di ponsel."),
                new PendaftaranDuaFaktor(duaFaktor, this::selesai),
                batal);
        isi.setMaxWidth("40rem");
        add(isi);
    }

    private void selesai() {
        VaadinServletRequest permintaan = VaadinServletRequest.getCurrent();
        pengganti.lengkapi(permintaan.getHttpServletRequest());
        UI.getCurrent().getPage().setLocation(permintaan.getContextPath() + "/");
    }
}
