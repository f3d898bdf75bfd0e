package id.pkd.portal.keamanan;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.stereotype.Component;

/**
 * The in-application half of {@link PenjagaFaktorKedua}: a partial sign-in that navigates inside the running
 * application (a link, the address typed after the first page) goes to its second-factor page. Needed because
 * views open to every signed-in user ({@code @PermitAll}, such as Beranda) would otherwise accept it.
 */
@Component
class PemanduFaktorKedua implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::periksa));
    }

    private void periksa(BeforeEnterEvent event) {
        AutentikasiSebagian.saatIni().ifPresent(sebagian -> {
            boolean halamannya = event.getLocation().getPath().equals(sebagian.halaman());
            if (!halamannya && !event.getNavigationTarget().isAnnotationPresent(AnonymousAllowed.class)) {
                event.forwardTo(sebagian.halaman());
            }
        });
    }
}
