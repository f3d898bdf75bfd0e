package id.pkd.portal.tampilan;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The UI speaks Bahasa Indonesia: page language for assistive technology, locale for formats. */
@Component
class BahasaIndonesia implements VaadinServiceInitListener {

    static final Locale INDONESIA = Locale.forLanguageTag("id-ID");

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(
                response -> response.getDocument().selectFirst("html").attr("lang", "id"));
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(INDONESIA));
    }
}
