package id.pkd.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/** Runs the same work from several threads released at one moment: the harness of the tests that look for deadlocks. */
public final class Serentak {

    private Serentak() {}

    /**
     * Each of {@code utas} threads runs {@code kerja} (given its thread number) {@code putaran} times once all are
     * ready; returns how many runs finished, rethrowing the first failure.
     */
    public static int jalankan(int utas, int putaran, IntConsumer kerja) throws Exception {
        ExecutorService pelaksana = Executors.newFixedThreadPool(utas);
        try {
            CountDownLatch mulai = new CountDownLatch(1);
            List<Future<Integer>> hasil = new ArrayList<>();
            for (int u = 0; u < utas; u++) {
                int nomor = u;
                hasil.add(pelaksana.submit(() -> {
                    mulai.await();
                    for (int i = 0; i < putaran; i++) {
                        kerja.accept(nomor);
                    }
                    return putaran;
                }));
            }
            mulai.countDown();
            int jumlah = 0;
            for (Future<Integer> h : hasil) {
                jumlah += h.get(2, TimeUnit.MINUTES);
            }
            return jumlah;
        } finally {
            pelaksana.shutdownNow();
        }
    }
}
