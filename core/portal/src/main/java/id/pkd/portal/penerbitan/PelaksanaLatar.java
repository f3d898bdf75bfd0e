package id.pkd.portal.penerbitan;

import id.pkd.portal.umum.PengaturanPkd;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * Renders and signs documents off the UI thread, so one official's 60-page report never holds the session
 * lock or a servlet thread. The signed-in user's security context (and with it the tenant) travels with each
 * task: it is wrapped when submitted, not by a wrapper built with the bean, because Vaadin installs its
 * session-aware security-context strategy only after the singletons are made, and a wrapper built earlier
 * would set the context in a strategy nobody reads. {@code pkd.pelaksana.penerbitan} workers, two by default:
 * on a two-core machine a third render would only queue behind them.
 */
@Component
class PelaksanaLatar {

    private final ExecutorService pelaksana;

    PelaksanaLatar(PengaturanPkd pengaturan) {
        AtomicInteger nomor = new AtomicInteger();
        int utas = pengaturan.pelaksana().penerbitan();
        this.pelaksana = Executors.newFixedThreadPool(utas, r -> {
            Thread t = new Thread(r, "penerbitan-" + nomor.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code tugas} as the user who submits it. */
    void kirim(Runnable tugas) {
        pelaksana.execute(new DelegatingSecurityContextRunnable(tugas));
    }

    @jakarta.annotation.PreDestroy
    void berhenti() {
        pelaksana.shutdownNow();
    }
}
