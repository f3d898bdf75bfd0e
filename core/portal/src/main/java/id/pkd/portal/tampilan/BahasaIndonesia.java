package id.pkd.portal.tampilan;

import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import id.pkd.portal.umum.DataRusakException;
import id.pkd.portal.umum.Formulir;
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
        // A choice on a page (another year, another agency) that meets stored data failing its integrity check
        // says why in a notification; everything else goes to Vaadin's own handler as before.
        event.getSource().addSessionInitListener(s -> s.getSession().setErrorHandler(galat -> {
            Throwable t = galat.getThrowable();
            while (t != null && !(t instanceof DataRusakException)) {
                t = t.getCause();
            }
            if (t != null && com.vaadin.flow.component.UI.getCurrent() != null) {
                Formulir.gagal(t.getMessage());
            } else {
                new DefaultErrorHandler().error(galat);
            }
        }));
    }
}
