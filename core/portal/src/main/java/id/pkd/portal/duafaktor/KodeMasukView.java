package id.pkd.portal.duafaktor;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.pkd.portal.keamanan.AutentikasiSebagian;
import id.pkd.portal.keamanan.FaktorKedua;
import id.pkd.portal.keamanan.PenggantiAutentikasi;
import id.pkd.portal.operasi.BatasLaju;
import jakarta.annotation.security.PermitAll;

/** The second step of signing in: the code of the authenticator app, or a recovery code. */
@Route(value = FaktorKedua.HALAMAN_KODE, autoLayout = false)
@PageTitle("Kode dua faktor | Portal Kinerja Daerah")
@PermitAll
class KodeMasukView extends VerticalLayout implements BeforeEnterObserver {

    private final DuaFaktorService duaFaktor;
    private final PenggantiAutentikasi pengganti;
    private final BatasLaju batasLaju;
    private final TextField kode = new TextField("Kode");

    KodeMasukView(
            DuaFaktorService duaFaktor,
            PenggantiAutentikasi pengganti,
            AuthenticationContext auth,
            BatasLaju batasLaju) {
        this.duaFaktor = duaFaktor;
        this.pengganti = pengganti;
        this.batasLaju = batasLaju;
        addClassName("halaman-masuk");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        kode.setId("kode-masuk");
        kode.setMaxLength(20);
        kode.setAutofocus(true);
        kode.getElement().setAttribute("autocomplete", "one-time-code");
        Button lanjut = new Button("Lanjutkan", e -> periksa());
        lanjut.setId("kirim-kode");
        lanjut.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        lanjut.addClickShortcut(Key.ENTER);
        Button batal = new Button("Batal", e -> auth.logout());
        batal.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(
                new H1("Verifikasi dua langkah"),
                new Paragraph("Masukkan kode 6 angka dari aplikasi autentikator Anda. Bila ponsel tidak ada, masukkan"
                        + " salah satu kode pemulihan (ABCD-EFGH)."),
                kode,
                new HorizontalLayout(lanjut, batal));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (AutentikasiSebagian.saatIni().filter(s -> !s.perluDaftar()).isEmpty()) {
            event.forwardTo("");
        }
    }

    private void periksa() {
        VaadinServletRequest permintaan = VaadinServletRequest.getCurrent();
        BatasLaju.Hasil boleh = batasLaju.ambil(
                BatasLaju.Jenis.KODE_DUA_FAKTOR,
                permintaan.getRemoteAddr(),
                AutentikasiSebagian.saatIni().flatMap(s -> s.getPrincipal().tenantId()));
        if (!boleh.diizinkan()) {
            kode.setInvalid(true);
            kode.setErrorMessage(boleh.pesan());
            kode.clear();
            return;
        }
        HasilKode hasil = duaFaktor.masukDenganKode(kode.getValue(), permintaan.getRemoteAddr());
        if (!hasil.diterima()) {
            kode.setInvalid(true);
            kode.setErrorMessage(hasil.pesan());
            kode.clear();
            return;
        }
        pengganti.lengkapi(permintaan.getHttpServletRequest());
        UI.getCurrent().getPage().setLocation(permintaan.getContextPath() + "/");
    }
}
