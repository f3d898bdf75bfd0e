package id.pkd.portal.tampilan;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One answer for a page that does not exist and one the user may not open, so a URL reveals
 * nothing of another tenant or role.
 */
@AnonymousAllowed
public class HalamanTidakDitemukan extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(
                new H2("Halaman tidak ditemukan"),
                new Paragraph("Halaman atau data yang Anda buka tidak ada, atau Anda tidak berhak membukanya."),
                new Anchor("", "Kembali ke beranda"));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
