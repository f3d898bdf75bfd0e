package id.pkd.portal.pengguna;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Holds an account that must change its password (reset by an admin) on {@link GantiSandiWajibView}: every other
 * page sends it there until the password is changed. Only the UI is gated; API tokens are not passwords and are
 * unaffected. A sign-in waiting for its second factor holds no role and passes through to that step first.
 *
 * <p>Once a fully signed-in session was found free of the duty, it is not asked again on every navigation (one
 * database read per page, issue 16): the duty only ever arises from an admin's reset, and a reset ends every open
 * session of the account ({@code PengakhirSesi}). The memo holds the very authentication that was checked, so a
 * new sign-in, or the second factor completing, is checked afresh.
 */
@Component
class GerbangGantiSandi implements VaadinServiceInitListener {

    static final String SESI_BEBAS = GerbangGantiSandi.class.getName() + ".bebas";

    private final KataSandiService kataSandi;

    GerbangGantiSandi(KataSandiService kataSandi) {
        this.kataSandi = kataSandi;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(masuk -> {
            if (masuk.getNavigationTarget() == GantiSandiWajibView.class) {
                return;
            }
            VaadinSession sesi = masuk.getUI().getSession();
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth != null && sesi.getAttribute(SESI_BEBAS) == auth) {
                return;
            }
            if (kataSandi.wajibGantiSandi()) {
                masuk.forwardTo(GantiSandiWajibView.class);
            } else if (KataSandiService.berperan(auth)) {
                sesi.setAttribute(SESI_BEBAS, auth);
            }
        }));
    }
}
