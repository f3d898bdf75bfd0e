package id.pkd.portal.tampilan;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Any failure while a page opens that no more specific page answers (not found, damaged data): a page in Bahasa
 * Indonesia inside the menu, so the user can go on elsewhere, with a reference number that is also in the log.
 * Nothing of the exception reaches the page.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class HalamanGalat extends VerticalLayout implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String rujukan = GalatTakTerduga.catat(
                parameter.getCaughtException(),
                "membuka /" + event.getLocation().getPath());
        removeAll();
        Span nomor = new Span(rujukan);
        nomor.setId("nomor-rujukan");
        Paragraph keterangan = new Paragraph(GalatTakTerduga.pesan(rujukan));
        add(
                new H2(GalatTakTerduga.JUDUL),
                keterangan,
                new Paragraph(new Span("Nomor rujukan: "), nomor),
                new Anchor("", "Kembali ke beranda"));
        setId("halaman-galat");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
