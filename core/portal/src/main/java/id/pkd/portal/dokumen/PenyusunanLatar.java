package id.pkd.portal.dokumen;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Renders documents off the request threads, a few at a time, so a long LKIP never holds up a
 * screen or another user. The caller's sign-in (and so its tenant) goes with the job.
 */
@Component
class PenyusunanLatar {

    static final int PARALEL = 2;

    private final AtomicInteger nomor = new AtomicInteger();
    private final ExecutorService pelaksana = Executors.newFixedThreadPool(PARALEL, r -> {
        Thread t = new Thread(r, "penyusun-dokumen-" + nomor.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    <T> CompletableFuture<T> jalankan(Supplier<T> kerja) {
        CompletableFuture<T> hasil = new CompletableFuture<>();
        Runnable tugas = () -> {
            try {
                hasil.complete(kerja.get());
            } catch (RuntimeException | Error e) {
                hasil.completeExceptionally(e);
            }
        };
        pelaksana.execute(new DelegatingSecurityContextRunnable(tugas, SecurityContextHolder.getContext()));
        return hasil;
    }

    @PreDestroy
    void berhenti() {
        pelaksana.shutdownNow();
    }
}
