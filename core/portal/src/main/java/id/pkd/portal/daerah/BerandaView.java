package id.pkd.portal.daerah;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.pkd.portal.keamanan.AkunPengguna;
import jakarta.annotation.security.PermitAll;

@Route("")
@PageTitle("Beranda | Portal Kinerja Daerah")
@Menu(title = "Beranda", order = 0)
@PermitAll
class BerandaView extends VerticalLayout {

    BerandaView(AuthenticationContext auth, DaerahService daerah) {
        AkunPengguna akun = auth.getAuthenticatedUser(AkunPengguna.class).orElseThrow();
        add(new H2("Selamat datang, " + akun.namaLengkap()));
        if (akun.tenantId().isPresent()) {
            Paragraph nama = new Paragraph(
                    daerah.saatIni().namaPemerintah() + " (" + daerah.saatIni().kodeWilayah() + ")");
            nama.addClassName("nama-daerah");
            add(nama, new Paragraph("Anda masuk sebagai " + akun.peran().label() + "."));
        } else {
            add(new Paragraph("Anda masuk sebagai Operator Portal: kelola pemerintah daerah dan plugin urusan."));
        }
    }
}
