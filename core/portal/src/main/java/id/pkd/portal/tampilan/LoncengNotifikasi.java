package id.pkd.portal.tampilan;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
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
 *
 * <p>The count also follows without navigation: the browser asks for it every {@link #JEDA_MS} while the tab is
 * visible and its user was active within {@link #DIAM_MS}. A timer of its own rather than the UI's poll interval
 * (which a running job's progress sets and clears) or server push (not enabled); stopping when the user is idle
 * lets an unattended session still expire.
 */
class LoncengNotifikasi extends Div {

    static final int BATAS = 20;

    /** One count query per open tab a minute: cheap next to a page view. */
    static final int JEDA_MS = 60_000;

    /** Below the servlet session's 30 minutes, so the timer never keeps an abandoned session alive. */
    static final int DIAM_MS = 25 * 60_000;

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

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement()
                .executeJs(
                        """
                        const el = this;
                        if (el.__pkdJam) { clearInterval(el.__pkdJam); }
                        el.__pkdAktif = Date.now();
                        if (!el.__pkdTandai) {
                          el.__pkdTandai = () => { el.__pkdAktif = Date.now(); };
                          document.addEventListener('keydown', el.__pkdTandai, true);
                          document.addEventListener('pointerdown', el.__pkdTandai, true);
                        }
                        el.__pkdJam = setInterval(() => {
                          if (!el.isConnected) {
                            clearInterval(el.__pkdJam);
                            document.removeEventListener('keydown', el.__pkdTandai, true);
                            document.removeEventListener('pointerdown', el.__pkdTandai, true);
                            el.__pkdTandai = null;
                          } else if (!document.hidden && Date.now() - el.__pkdAktif < $1) {
                            el.$server.segarkanDariPeramban();
                          }
                        }, $0);""",
                        JEDA_MS,
                        DIAM_MS);
    }

    /** The browser's timer asks; the count is read again and only sent back when it changed. */
    @ClientCallable
    public void segarkanDariPeramban() {
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
