package id.pkd.portal.pengguna;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Where an account whose password was reset by an admin is held ({@link GerbangGantiSandi}) until it chooses its
 * own password; then on to Beranda.
 */
@Route("akun/ganti-sandi")
@PageTitle("Ganti kata sandi | Portal Kinerja Daerah")
@RolesAllowed({"OPERATOR_PORTAL", "ADMIN_DAERAH", "OPERATOR", "VERIFIKATOR", "PIMPINAN", "PENGAMAT"})
class GantiSandiWajibView extends VerticalLayout implements BeforeEnterObserver {

    private final KataSandiService kataSandi;

    GantiSandiWajibView(KataSandiService kataSandi) {
        this.kataSandi = kataSandi;
        add(
                new H2("Ganti kata sandi"),
                new Paragraph("Kata sandi Anda diatur ulang oleh admin. Masukkan kata sandi sementara yang Anda terima"
                        + " dan pilih kata sandi baru sebelum melanjutkan."),
                new FormulirGantiSandi(kataSandi, () -> UI.getCurrent().navigate("")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!kataSandi.wajibGantiSandi()) {
            event.forwardTo(AkunView.class);
        }
    }
}
