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
        // A click that fails (another year, another agency, a button) keeps the user on the page: data failing its
        // integrity check says why; anything unexpected is logged with a reference number the notification shows,
        // never the stack trace.
        event.getSource().addSessionInitListener(s -> s.getSession().setErrorHandler(galat -> {
            Throwable t = galat.getThrowable();
            while (t != null && !(t instanceof DataRusakException)) {
                t = t.getCause();
            }
            if (com.vaadin.flow.component.UI.getCurrent() == null) {
                new DefaultErrorHandler().error(galat);
            } else if (t != null) {
                Formulir.gagal(t.getMessage());
            } else {
                String rujukan = GalatTakTerduga.catat(galat.getThrowable(), "tindakan di halaman");
                Formulir.gagal(GalatTakTerduga.JUDUL + ". " + GalatTakTerduga.pesan(rujukan));
            }
        }));
    }
}
