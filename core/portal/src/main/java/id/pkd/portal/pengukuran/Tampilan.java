package id.pkd.portal.pengukuran;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Layout pieces the measurement screens share: the summary cards. */
final class Tampilan {

    /** A small summary card: a caption above a large figure and anything else. */
    static Div kartu(String id, String judul, Component... isi) {
        Span keterangan = new Span(judul);
        keterangan.getStyle().set("color", "var(--lumo-secondary-text-color)").set("display", "block");
        Div kartu = new Div(keterangan);
        kartu.add(isi);
        kartu.setId(id);
        kartu.getStyle()
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)")
                .set("min-width", "14em");
        return kartu;
    }

    static Span besar(String teks) {
        Span besar = new Span(teks);
        besar.getStyle()
                .set("font-size", "var(--lumo-font-size-xxl)")
                .set("font-weight", "600")
                .set("margin-right", "var(--lumo-space-s)");
        return besar;
    }
}
