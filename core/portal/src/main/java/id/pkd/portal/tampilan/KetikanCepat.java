package id.pkd.portal.tampilan;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;

/**
 * Keeps what a fast user types after a "Tambah …" click whose server answer empties an editor that still shows the
 * previous row. Without it the answer, arriving after the first keys, sets the fields to empty and the keys are gone
 * (or, typed into the old value, end up appended to it).
 *
 * <p>So the browser empties the editor's text fields itself at the click, before the request leaves, and notes what is
 * typed into them until the answer; the answer, once it has emptied the fields on its own, puts the noted text back
 * and sends it to the server as a normal change. Choices (combo boxes, selects, dates) are left to the answer: they
 * are picked, not typed, and a pick before the answer is rare and visible. The browser tests keep waiting for the
 * answer ({@code klikLaluTunggu}); {@code KetikanCepatE2ETest} delays it on purpose.
 */
public final class KetikanCepat {

    /** The fields that are typed into, whose text can be noted and put back as it is. */
    static final String BIDANG_KETIK = "vaadin-text-field, vaadin-text-area, vaadin-integer-field,"
            + " vaadin-number-field, vaadin-big-decimal-field, vaadin-email-field";

    private KetikanCepat() {}

    /** Protects the typing in {@code editor} that follows a click on {@code tambah}. */
    public static void lindungi(Button tambah, Component editor) {
        // once per attach of the button: the listeners live on the client elements, which a re-attach renews
        tambah.addAttachListener(e -> tambah.getElement()
                .executeJs(
                        """
                        const editor = $0, bidang = $1;
                        if (!editor || this.__ketikanCepat) { return; }
                        this.__ketikanCepat = true;
                        this.addEventListener('click', () => {
                          editor.__diketik = new Map();
                          editor.querySelectorAll(bidang).forEach(f => {
                            if (!f.readonly && !f.disabled) { f.value = ''; }
                          });
                        }, true);
                        editor.addEventListener('input', ev => {
                          if (!editor.__diketik) { return; }
                          const f = ev.composedPath().find(n => n.matches && n.matches(bidang));
                          if (f) { editor.__diketik.set(f, f.value); }
                        });
                        """,
                        editor.getElement(),
                        BIDANG_KETIK));
        tambah.addClickListener(
                e -> editor.getElement()
                        .executeJs(
                                """
                        const diketik = this.__diketik;
                        this.__diketik = null;
                        if (!diketik) { return; }
                        diketik.forEach((teks, f) => {
                          if (f.value !== teks) {
                            f.value = teks;
                            f.dispatchEvent(new Event('change', { bubbles: true }));
                          }
                        });
                        """));
    }
}
