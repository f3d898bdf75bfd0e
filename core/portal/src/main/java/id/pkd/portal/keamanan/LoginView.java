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
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

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
                new Paragraph("Nama pengguna Anda juga dipakai di daerah lain? Masuk dengan nama@kode-wilayah,"
                        + " misalnya admin@63.11."),
                new com.vaadin.flow.component.html.Anchor("verifikasi", "Verifikasi dokumen bertanda tangan"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean gagal = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        form.setI18n(i18n());
        if (gagal) {
            tandaiSebab(sebabGagal());
        }
        form.setError(gagal);
    }

    /** The sign-in failure Spring Security left in the session (the form posts outside Vaadin). */
    private static Exception sebabGagal() {
        VaadinSession sesi = VaadinSession.getCurrent();
        if (sesi == null || sesi.getSession() == null) {
            return null;
        }
        try {
            return sesi.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof Exception e
                    ? e
                    : null;
        } catch (IllegalStateException sesiBerakhir) {
            return null;
        }
    }

    /**
     * A truthful message: a locked or deactivated account and a database outage are told as such, never as
     * "kata sandi salah". Wrong names and wrong passwords stay one message, so names cannot be probed.
     */
    private void tandaiSebab(Exception sebab) {
        LoginI18n i18n = i18n();
        if (sebab instanceof LockedException) {
            i18n.getErrorMessage().setTitle("Akun dikunci sementara");
            i18n.getErrorMessage().setMessage(sebab.getMessage());
        } else if (sebab instanceof DisabledException) {
            i18n.getErrorMessage().setTitle("Akun dinonaktifkan");
            i18n.getErrorMessage().setMessage("Akun dinonaktifkan; hubungi Admin Daerah Anda.");
        } else if (sebab instanceof InternalAuthenticationServiceException) {
            i18n.getErrorMessage().setTitle("Layanan sedang gangguan, coba lagi.");
            i18n.getErrorMessage().setMessage("Layanan sedang gangguan, coba lagi beberapa saat lagi.");
        } else {
            return;
        }
        form.setI18n(i18n);
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
