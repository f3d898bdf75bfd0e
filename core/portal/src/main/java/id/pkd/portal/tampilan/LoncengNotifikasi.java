package id.pkd.portal.tampilan;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.popover.Popover;
import java.util.List;

/**
 * The bell in the frame: the unread count, and on click the latest notifications with a link to the work each one
 * is about. Opening one marks it read; "Tandai semua dibaca" marks the rest. The list is read only when opened, so a
 * page costs one count query.
 */
class LoncengNotifikasi extends Div {

    static final int BATAS = 20;

    private final KotakNotifikasi kotak;
    private final Button tombol = new Button(VaadinIcon.BELL.create());
    private final Span jumlah = new Span();
    private final VerticalLayout daftar = new VerticalLayout();
    private final Popover popover = new Popover();

    LoncengNotifikasi(KotakNotifikasi kotak) {
        this.kotak = kotak;
        setId("lonceng-notifikasi");
        tombol.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        tombol.setAriaLabel("Notifikasi");
        tombol.setTooltipText("Notifikasi");
        jumlah.setId("jumlah-notifikasi");
        jumlah.getElement().getThemeList().add("badge error pill small");
        popover.setTarget(tombol);
        popover.setWidth("26rem");
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                isiDaftar();
            }
        });
        daftar.setId("daftar-notifikasi");
        daftar.setPadding(false);
        daftar.setSpacing(false);
        popover.add(daftar);
        add(tombol, jumlah, popover);
        segarkan();
    }

    void segarkan() {
        long n = kotak.jumlahBelumDibaca();
        jumlah.setText(Long.toString(n));
        jumlah.setVisible(n > 0);
        tombol.setAriaLabel(n == 0 ? "Notifikasi" : "Notifikasi, " + n + " belum dibaca");
    }

    private void isiDaftar() {
        daftar.removeAll();
        List<KotakNotifikasi.Butir> semua = kotak.terbaru(BATAS);
        if (semua.isEmpty()) {
            daftar.add(new Span("Belum ada notifikasi."));
            return;
        }
        Button semuaDibaca = new Button("Tandai semua dibaca", e -> {
            kotak.tandaiSemuaDibaca();
            segarkan();
            isiDaftar();
        });
        semuaDibaca.setId("tandai-semua-dibaca");
        semuaDibaca.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        daftar.add(semuaDibaca);
        for (KotakNotifikasi.Butir b : semua) {
            Button butir = new Button(b.pesan(), e -> {
                kotak.tandaiDibaca(b.id());
                segarkan();
                popover.close();
                UI.getCurrent().navigate(b.tautan());
            });
            butir.addClassName(b.dibaca() ? "notifikasi-dibaca" : "notifikasi-baru");
            butir.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            butir.getStyle().set("white-space", "normal").set("height", "auto").set("text-align", "start");
            daftar.add(butir);
        }
    }
}
