package id.pkd.beban;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every step of every virtual user as one CSV line (time, step, response time, ok, users active, LKIP drafts
 * running), so the summary can tell at which user count p95 crossed the limit and how other users' clicks fared
 * while drafts ran: Gatling's own report has neither.
 */
final class Catatan {

    static final String KEPALA = "waktu_ms,langkah,waktu_tanggap_ms,ok,pengguna_aktif,draf_berjalan";

    private static final AtomicInteger PENGGUNA = new AtomicInteger();
    private static final AtomicInteger DRAF = new AtomicInteger();
    private static BufferedWriter tulis;

    private Catatan() {}

    static synchronized void buka(Path berkas) {
        try {
            Files.createDirectories(berkas.getParent());
            tulis = Files.newBufferedWriter(berkas, StandardCharsets.UTF_8);
            tulis.write(KEPALA);
            tulis.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized void tutup() {
        try {
            if (tulis != null) {
                tulis.close();
                tulis = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void penggunaMasuk() {
        PENGGUNA.incrementAndGet();
    }

    static void penggunaKeluar() {
        PENGGUNA.decrementAndGet();
    }

    static void drafMulai() {
        DRAF.incrementAndGet();
    }

    static void drafSelesai() {
        DRAF.decrementAndGet();
    }

    static void catat(String langkah, long waktuTanggap, boolean ok) {
        String baris = System.currentTimeMillis() + "," + langkah.replace(',', ';') + "," + waktuTanggap + ","
                + (ok ? 1 : 0) + "," + PENGGUNA.get() + "," + DRAF.get();
        synchronized (Catatan.class) {
            if (tulis == null) {
                return;
            }
            try {
                tulis.write(baris);
                tulis.newLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
