package id.pkd.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.LoadState;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the live heap per UI session of the heavy views, measured the Vaadin way. Per view, live heap after
 * a full GC is taken, {@code N} browser sessions sign in as operator.balangan and open the view (Debian's Chromium
 * through Playwright, so each is a real Vaadin UI with its session, router layout and view), the live heap after a
 * full GC is taken again, and the difference divided by {@code N} is printed; the sessions then sign out (their
 * Vaadin sessions end with the HTTP session) before the next view. The portal runs in this JVM, so the heap is
 * the server's. Run with {@code mvn -B -o verify -pl core/portal -am -Dtest=MemoriUiBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * [-Dpkd.memori.sesi=20]}; it only prints.
 */
class MemoriUiBenchmark extends PortalDiPeramban {

    static final int SESI = Integer.getInteger("pkd.memori.sesi", 20);

    /** Path and an element that is there once the view has rendered its data. */
    private record Tampilan(String jalur, String tanda) {}

    static final List<Tampilan> TAMPILAN = List.of(
            new Tampilan("realisasi?tahun=2022", ".tabel-realisasi vaadin-grid-cell-content"),
            new Tampilan("capaian", ".tabel-capaian"),
            new Tampilan("anggaran", ".tabel-anggaran"),
            new Tampilan("dokumen/susun", "vaadin-app-layout"),
            new Tampilan("urusan/urusan-pmd/idm?tahun=2022", "vaadin-app-layout"));

    @Test
    void ukur() {
        // The old IDM form took seconds to show on a quiet machine; a busy one must not fail the measurement.
        PlaywrightAssertions.setDefaultAssertionTimeout(180_000);
        // Warm-up: classes, caches and the first compilation of each view are not per-session costs.
        List<BrowserContext> pemanasan = buka(TAMPILAN, 1);
        tutup(pemanasan);
        List<String> hasil = new ArrayList<>();
        for (Tampilan t : TAMPILAN) {
            long tanpa = heapHidup();
            List<BrowserContext> sesi = buka(List.of(t), SESI);
            long dengan = heapHidup();
            tutup(sesi);
            String baris = String.format(
                    "[memori] /%-36s %,8d kB heap hidup per UI (%d sesi, %,d → %,d kB)",
                    t.jalur(), (dengan - tanpa) / SESI / 1024, SESI, tanpa / 1024, dengan / 1024);
            System.out.println(baris);
            hasil.add(baris);
        }
        System.out.println("\n=== Heap hidup per UI (setelah GC penuh) ===");
        hasil.forEach(System.out::println);
    }

    private List<BrowserContext> buka(List<Tampilan> tampilan, int jumlah) {
        List<BrowserContext> semua = new ArrayList<>();
        for (int i = 0; i < jumlah; i++) {
            BrowserContext c = browser.newContext(new Browser.NewContextOptions());
            c.setDefaultTimeout(180_000);
            page = c.newPage();
            masuk("operator.balangan");
            for (Tampilan t : tampilan) {
                System.out.println("[memori] sesi " + (i + 1) + ": /" + t.jalur());
                page.navigate(url(t.jalur()));
                assertThat(page.locator(t.tanda()).first()).isAttached();
                page.waitForLoadState(LoadState.NETWORKIDLE);
            }
            semua.add(c);
        }
        return semua;
    }

    private void tutup(List<BrowserContext> semua) {
        for (BrowserContext c : semua) {
            Page p = c.pages().get(0);
            page = p;
            keluar();
            c.close();
        }
    }

    static long heapHidup() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
