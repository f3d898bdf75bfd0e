package id.pkd.portal.pengguna;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The signed-in account's own settings: password, and the second factor (its own page). */
@Route("akun")
@PageTitle("Akun | Portal Kinerja Daerah")
@Menu(title = "Akun", order = 90)
@RolesAllowed({"OPERATOR_PORTAL", "ADMIN_DAERAH", "OPERATOR", "VERIFIKATOR", "PIMPINAN", "PENGAMAT"})
class AkunView extends VerticalLayout {

    AkunView(KataSandiService kataSandi) {
        add(
                new H2("Akun"),
                new H3("Ganti kata sandi"),
                new Paragraph("Setelah kata sandi diganti, sesi akun ini di peramban atau perangkat lain berakhir."),
                new FormulirGantiSandi(kataSandi, () -> {}),
                new H3("Verifikasi dua langkah"),
                tautanDuaFaktor());
    }

    private static Anchor tautanDuaFaktor() {
        Anchor tautan = new Anchor("akun/dua-faktor", "Atur verifikasi dua langkah (aplikasi autentikator)");
        tautan.setId("tautan-dua-faktor");
        return tautan;
    }
}
