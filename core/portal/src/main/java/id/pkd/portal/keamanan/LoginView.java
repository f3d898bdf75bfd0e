package id.pkd.portal.keamanan;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route(value = "login", autoLayout = false)
@PageTitle("Masuk | Portal Kinerja Daerah")
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    LoginView() {
        addClassName("halaman-masuk");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setI18n(i18n());
        form.setForgotPasswordButtonVisible(false);
        add(
                new H1("Portal Kinerja Daerah"),
                new Paragraph("Perencanaan dan akuntabilitas kinerja urusan sosial pemerintah daerah"),
                form,
                new com.vaadin.flow.component.html.Anchor("verifikasi", "Verifikasi dokumen bertanda tangan"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    private static LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Masuk");
        i18n.getForm().setUsername("Nama pengguna");
        i18n.getForm().setPassword("Kata sandi");
        i18n.getForm().setSubmit("Masuk");
        i18n.getErrorMessage().setTitle("Nama pengguna atau kata sandi salah");
        i18n.getErrorMessage().setMessage("Periksa kembali nama pengguna dan kata sandi Anda, lalu coba lagi.");
        i18n.getErrorMessage().setUsername("Nama pengguna wajib diisi");
        i18n.getErrorMessage().setPassword("Kata sandi wajib diisi");
        return i18n;
    }
}
