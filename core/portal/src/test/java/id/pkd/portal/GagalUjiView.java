package id.pkd.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * A page that fails on purpose, on the test classpath only: {@code uji/gagal?saat=buka} fails while it opens,
 * {@code uji/gagal} fails when its button is clicked, so the global handlers can be seen at work.
 */
@Route("uji/gagal")
@PermitAll
public class GagalUjiView extends VerticalLayout implements BeforeEnterObserver {

    static final String RAHASIA = "rahasia-jejak-tumpukan-uji";

    public GagalUjiView() {
        Button gagal = new Button("Gagalkan", e -> {
            throw new IllegalStateException(RAHASIA + " saat diklik");
        });
        gagal.setId("gagalkan");
        add(new H2("Halaman uji"), gagal);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getSingleParameter("saat").isPresent()) {
            throw new IllegalStateException(RAHASIA + " saat dibuka");
        }
    }
}
