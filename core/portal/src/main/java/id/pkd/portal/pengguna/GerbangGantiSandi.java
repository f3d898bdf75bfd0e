package id.pkd.portal.pengguna;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Holds an account that must change its password (reset by an admin) on {@link GantiSandiWajibView}: every other
 * page sends it there until the password is changed. Only the UI is gated; API tokens are not passwords and are
 * unaffected. A sign-in waiting for its second factor holds no role and passes through to that step first.
 */
@Component
class GerbangGantiSandi implements VaadinServiceInitListener {

    private final KataSandiService kataSandi;

    GerbangGantiSandi(KataSandiService kataSandi) {
        this.kataSandi = kataSandi;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(masuk -> {
            if (masuk.getNavigationTarget() != GantiSandiWajibView.class && kataSandi.wajibGantiSandi()) {
                masuk.forwardTo(GantiSandiWajibView.class);
            }
        }));
    }
}
