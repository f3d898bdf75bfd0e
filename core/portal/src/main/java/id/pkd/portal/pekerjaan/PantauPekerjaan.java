package id.pkd.portal.pekerjaan;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A progress bar that follows a job by reading its row while the page polls: the bar and the caller's status text
 * move with whichever node runs the job, and a page opened again follows the same job by its id.
 */
public class PantauPekerjaan extends ProgressBar {

    private static final Logger log = LoggerFactory.getLogger(PantauPekerjaan.class);

    /** Half a second: a render takes seconds, and each poll is one indexed read. */
    static final int JEDA_POLL_MS = 500;

    private final transient PekerjaanService layanan;
    private Registration dengar;
    private long diikuti;

    public PantauPekerjaan(PekerjaanService layanan) {
        this.layanan = layanan;
        setMin(0);
        setMax(100);
        setVisible(false);
        addDetachListener(e -> berhenti());
    }

    /** Follows job {@code id}; {@code kabar} gets its state at once and at each poll, the last time when it ends. */
    public void ikuti(long id, Consumer<Pekerjaan> kabar) {
        berhenti();
        UI ui = UI.getCurrent();
        diikuti = id;
        setValue(0);
        setVisible(true);
        ui.setPollInterval(JEDA_POLL_MS);
        dengar = ui.addPollListener(e -> periksa(kabar));
        periksa(kabar);
    }

    public boolean mengikuti() {
        return dengar != null;
    }

    private void periksa(Consumer<Pekerjaan> kabar) {
        Pekerjaan p;
        try {
            p = layanan.status(diikuti);
        } catch (RuntimeException e) {
            // the database away for a moment: the next poll asks again
            log.warn("Status pekerjaan {} tidak terbaca: {}", diikuti, e.toString());
            return;
        }
        setIndeterminate(p.status() == StatusPekerjaan.MENUNGGU);
        setValue(p.kemajuan());
        if (p.status().berakhir()) {
            berhenti();
        }
        kabar.accept(p);
    }

    private void berhenti() {
        if (dengar != null) {
            dengar.remove();
            dengar = null;
            getUI().or(() -> java.util.Optional.ofNullable(UI.getCurrent())).ifPresent(ui -> ui.setPollInterval(-1));
        }
        setVisible(false);
    }
}
