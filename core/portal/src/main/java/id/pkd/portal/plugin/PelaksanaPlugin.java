package id.pkd.portal.plugin;

import id.pkd.portal.umum.PengaturanPkd;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Runs a plugin's computation on a small pool of its own with a time limit ({@code pkd.plugin.batas-waktu}), so
 * a plugin that loops or sleeps cannot hold a page or an API request. Java cannot stop a thread that ignores
 * interruption: a plugin still stuck in an earlier call is answered at once, without another thread, until that
 * call ends; and the pool is bounded, so hung plugins can never take more than it.
 */
@Component
class PelaksanaPlugin {

    /** The plugin did not answer in time, or could not be run now; the message is for the screens as it is. */
    static final class TidakMenjawab extends RuntimeException {
        TidakMenjawab(String pesan) {
            super(pesan);
        }
    }

    private static final AtomicInteger NOMOR = new AtomicInteger();

    private final Duration batasWaktu;
    private final ThreadPoolExecutor utas;
    private final Map<String, AtomicInteger> macet = new ConcurrentHashMap<>();

    @Autowired
    PelaksanaPlugin(PengaturanPkd pengaturan) {
        this(pengaturan.plugin());
    }

    PelaksanaPlugin(PengaturanPkd.Plugin pengaturan) {
        this.batasWaktu = pengaturan.batasWaktu();
        int jumlahUtas = pengaturan.utas();
        this.utas = new ThreadPoolExecutor(
                jumlahUtas, jumlahUtas, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(pengaturan.antrean()), kerja -> {
                    Thread t = new Thread(kerja, "plugin-hitung-" + NOMOR.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        utas.allowCoreThreadTimeOut(true);
    }

    /**
     * Reads the portal's data for a plugin's computation. The plugin runs on this pool's thread, but its reads are
     * handed to the calling thread and run there, inside the caller's transaction and on its connection: a plugin
     * thread never takes a connection of its own, so twenty approvals holding the pool's connections cannot wait on
     * plugin threads that wait for a connection (a pool deadlock), and a frozen snapshot reads what its transaction
     * sees.
     */
    interface Pembaca {
        <X> X baca(Callable<X> bacaan);
    }

    /**
     * The result of {@code kerja}, run for plugin {@code pluginId}; what it throws is thrown as it is.
     *
     * @throws TidakMenjawab when it did not end within the limit, or the plugin is still stuck in an earlier call
     */
    <T> T jalankan(String pluginId, Function<Pembaca, T> kerja) {
        AtomicInteger tertahan = macet.computeIfAbsent(pluginId, k -> new AtomicInteger());
        if (tertahan.get() > 0) {
            throw tidakMenjawab(pluginId);
        }
        Thread pemanggil = Thread.currentThread();
        BlockingQueue<FutureTask<?>> bacaan = new LinkedBlockingQueue<>();
        FutureTask<Void> selesai = new FutureTask<>(() -> null);
        Pembaca pembaca = new Pembaca() {
            @Override
            public <X> X baca(Callable<X> c) {
                if (Thread.currentThread() == pemanggil) {
                    return panggil(c);
                }
                FutureTask<X> tugas = new FutureTask<>(c);
                bacaan.add(tugas);
                try {
                    // Bounded: once the caller has given up on this plugin nobody serves its reads any more.
                    return tugas.get(batasWaktu.toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    throw tidakMenjawab(pluginId);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new TidakMenjawab("Tidak dapat dihitung: perhitungan plugin " + pluginId + " dihentikan.");
                } catch (ExecutionException e) {
                    throw lempar(e.getCause());
                }
            }
        };
        Object kunci = new Object();
        boolean[] keadaan = new boolean[2]; // [0] ended, [1] counted as stuck; guarded by kunci
        Future<T> hasil;
        try {
            hasil = utas.submit(() -> {
                try {
                    return kerja.apply(pembaca);
                } finally {
                    bacaan.add(selesai);
                    synchronized (kunci) {
                        keadaan[0] = true;
                        if (keadaan[1]) {
                            tertahan.decrementAndGet();
                        }
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            throw new TidakMenjawab("Tidak dapat dihitung: plugin " + pluginId
                    + " tidak dapat dijalankan sekarang (perhitungan plugin sedang penuh); coba lagi sebentar lagi.");
        }
        try {
            layaniBacaan(bacaan, selesai, System.nanoTime() + batasWaktu.toNanos());
            return hasil.get();
        } catch (TimeoutException e) {
            hasil.cancel(true);
            synchronized (kunci) {
                if (!keadaan[0]) {
                    keadaan[1] = true;
                    tertahan.incrementAndGet();
                }
            }
            throw tidakMenjawab(pluginId);
        } catch (ExecutionException e) {
            throw lempar(e.getCause());
        } catch (InterruptedException e) {
            hasil.cancel(true);
            Thread.currentThread().interrupt();
            throw new TidakMenjawab("Tidak dapat dihitung: perhitungan plugin " + pluginId + " dihentikan.");
        }
    }

    /** Runs the plugin's reads on this (the calling) thread until the plugin ends or the time is up. */
    private static void layaniBacaan(BlockingQueue<FutureTask<?>> bacaan, FutureTask<Void> selesai, long batasNano)
            throws InterruptedException, TimeoutException {
        while (true) {
            long sisa = batasNano - System.nanoTime();
            FutureTask<?> tugas = sisa <= 0 ? null : bacaan.poll(sisa, TimeUnit.NANOSECONDS);
            if (tugas == null) {
                throw new TimeoutException();
            }
            if (tugas == selesai) {
                return;
            }
            tugas.run();
        }
    }

    private static <X> X panggil(Callable<X> c) {
        try {
            return c.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static RuntimeException lempar(Throwable sebab) {
        if (sebab instanceof RuntimeException r) {
            return r;
        }
        if (sebab instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(sebab);
    }

    private TidakMenjawab tidakMenjawab(String pluginId) {
        long ms = batasWaktu.toMillis();
        String batas = ms % 1000 == 0 ? (ms / 1000) + " detik" : ms + " milidetik";
        return new TidakMenjawab("Tidak dapat dihitung: plugin " + pluginId + " tidak menjawab dalam " + batas + ".");
    }

    @PreDestroy
    void hentikan() {
        utas.shutdownNow();
    }
}
