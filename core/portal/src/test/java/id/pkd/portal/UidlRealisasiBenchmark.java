package id.pkd.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Not a test: what the server answers (bytes of the {@code ?v-r=uidl} response) when an operator saves a realisasi
 * on /realisasi, beside a row selection and a no-op round trip, as the browser receives it, and how long each takes
 * from the click to the answer (issue 16's "save ≤ 2× a no-op"). Saves Balangan's IKU-6 2022 alternately as 2,3
 * and 2,7, ending on 2,7 (the demo figure). Run with {@code mvn -B -o verify -pl
 * core/portal -am -Pbenchmark -Dpkd.benchmark=UidlRealisasiBenchmark}; it only prints.
 */
class UidlRealisasiBenchmark extends PortalDiPeramban {

    static final int PUTARAN = Integer.getInteger("pkd.uidl.putaran", 20);

    @Autowired
    JdbcClient jdbc;

    @Test
    void ukur() {
        long pdId = jdbc.sql("SELECT perangkat_daerah_id FROM indikator WHERE kode = 'IKU-6' AND tenant_id ="
                        + " (SELECT id FROM tenant WHERE kode_wilayah = '63.11')")
                .query(Long.class)
                .single();
        // A cold portal on a busy machine can outlast the base class's 20 s for its first page.
        page.setDefaultNavigationTimeout(120_000);
        page.setDefaultTimeout(60_000);
        masuk("operator.balangan");
        page.navigate(url("realisasi?pd=" + pdId + "&tahun=2022"));
        assertThat(page.locator("#status-persetujuan")).containsText("Draf");
        Locator iku6 = page.locator("vaadin-grid-cell-content:text-is('IKU-6')");
        Locator iku5 = page.locator("vaadin-grid-cell-content:text-is('IKU-5')");
        long[] simpan = new long[PUTARAN];
        long[] pilih = new long[PUTARAN];
        long[] kosong = new long[PUTARAN];
        long[] waktuSimpan = new long[PUTARAN];
        long[] waktuPilih = new long[PUTARAN];
        long[] waktuKosong = new long[PUTARAN];
        for (int i = 0; i < PUTARAN; i++) {
            long t0 = System.nanoTime();
            pilih[i] = ukuran(() -> iku5.click());
            waktuPilih[i] = System.nanoTime() - t0;
            assertThat(page.locator("#nilai-realisasi")).isVisible();
            ukuran(() -> iku6.click());
            assertThat(page.locator("#nilai-realisasi input")).hasValue(i % 2 == 0 ? "2,7" : "2,3");
            page.locator("#nilai-realisasi input").fill(i % 2 == 0 ? "2,3" : "2,7");
            // A round trip that changes nothing on the server's side: the value sent on blur.
            long t1 = System.nanoTime();
            kosong[i] = ukuran(() -> page.locator("#nilai-realisasi input").press("Tab"));
            waktuKosong[i] = System.nanoTime() - t1;
            long t2 = System.nanoTime();
            Response r =
                    page.waitForResponse(res -> res.url().contains("v-r=uidl"), () -> page.click("#simpan-realisasi"));
            waktuSimpan[i] = System.nanoTime() - t2;
            simpan[i] = r.body().length;
            if (i == 0) {
                // What a save answers, for whoever wants to see where its bytes go.
                try {
                    java.nio.file.Files.write(java.nio.file.Path.of("target", "uidl-simpan-realisasi.json"), r.body());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            assertThat(page.locator(".capaian[data-kode='IKU-6']")).hasText(i % 2 == 0 ? "78,95" : "57,89");
        }
        System.out.printf(
                "%n=== Jawaban UIDL /realisasi (median %d kali, byte) ===%nsimpan realisasi: %,d%npilih baris:"
                        + "      %,d%nkirim nilai (blur): %,d%n",
                PUTARAN, median(simpan), median(pilih), median(kosong));
        System.out.printf(
                "%n=== Waktu klik sampai jawaban /realisasi (%d kali, ms: median / terlama) ===%nsimpan realisasi:"
                        + "   %d / %d%npilih baris:        %d / %d%nkirim nilai (blur): %d / %d%nsimpan ÷ blur"
                        + " (median): %.1f×%nsimpan p95 ÷ blur p95: %d / %d ms = %.1f× (target issue 16: ≤ 2×)%n"
                        + "beban rata-rata: %s%n",
                PUTARAN,
                median(waktuSimpan) / 1_000_000,
                maks(waktuSimpan) / 1_000_000,
                median(waktuPilih) / 1_000_000,
                maks(waktuPilih) / 1_000_000,
                median(waktuKosong) / 1_000_000,
                maks(waktuKosong) / 1_000_000,
                (double) median(waktuSimpan) / median(waktuKosong),
                p95(waktuSimpan) / 1_000_000,
                p95(waktuKosong) / 1_000_000,
                (double) p95(waktuSimpan) / p95(waktuKosong),
                MemoriUiBenchmark.bebanMesin());
    }

    private static long p95(long[] n) {
        long[] urut = n.clone();
        Arrays.sort(urut);
        return urut[(int) Math.ceil(urut.length * 0.95) - 1];
    }

    private static long maks(long[] n) {
        return Arrays.stream(n).max().orElse(0);
    }

    private long ukuran(Runnable aksi) {
        Response r = page.waitForResponse(res -> res.url().contains("v-r=uidl"), aksi);
        return r.body().length;
    }

    private static long median(long[] n) {
        long[] urut = n.clone();
        Arrays.sort(urut);
        return urut[urut.length / 2];
    }
}
