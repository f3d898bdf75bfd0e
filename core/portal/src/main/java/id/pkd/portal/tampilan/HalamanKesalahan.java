package id.pkd.portal.tampilan;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.servlet.http.HttpServletResponse;

/** The body every "not found" answer shares. */
abstract class HalamanKesalahan extends VerticalLayout {

    int tampilkanTidakDitemukan(String judul, String pesan) {
        removeAll();
        add(new H2(judul), new Paragraph(pesan), new Anchor("", "Kembali ke beranda"));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
