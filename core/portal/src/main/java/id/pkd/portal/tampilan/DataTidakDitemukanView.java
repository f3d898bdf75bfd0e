package id.pkd.portal.tampilan;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.pkd.portal.umum.DataTidakDitemukanException;
import jakarta.servlet.http.HttpServletResponse;

@AnonymousAllowed
public class DataTidakDitemukanView extends VerticalLayout implements HasErrorParameter<DataTidakDitemukanException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<DataTidakDitemukanException> parameter) {
        removeAll();
        add(
                new H2("Data tidak ditemukan"),
                new Paragraph(parameter.getException().getMessage()),
                new Anchor("", "Kembali ke beranda"));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
