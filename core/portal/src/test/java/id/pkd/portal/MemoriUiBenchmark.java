package id.pkd.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.LoadState;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.management.JMException;
import javax.management.ObjectName;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;

/**
 * Not a test: the live heap per UI session of the heavy views, measured the Vaadin way. Per view, live heap after
 * a full GC is taken, {@code N} browser sessions sign in (operator.balangan; verifikator.balangan for the approval
 * queue) and open the view (Debian's Chromium
 * through Playwright, so each is a real Vaadin UI with its session, router layout and view), and the live heap
 * after a full GC is taken again. The portal runs in this JVM, and so does Playwright's client, which keeps its own
 * objects per page (frames, requests, their JSON: about 340 kB per session): the server's share is what ending the
 * new HTTP sessions (their Vaadin sessions and UIs with them) frees while the browsers stay open, divided by
 * {@code N}; the figure with the client is printed beside it, with the classes that shrink most. Run with {@code
 * mvn -B -o verify -pl core/portal -am -Dtest=MemoriUiBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * [-Dpkd.memori.sesi=20] [-Dpkd.memori.jalur=realisasi,capaian]}; it only prints.
 */
class MemoriUiBenchmark extends PortalDiPeramban {

    static final int SESI = Integer.getInteger("pkd.memori.sesi", 20);

    /** Path, an element that is there once the view has rendered its data, and who opens it. */
    private record Tampilan(String jalur, String tanda, String pengguna) {

        Tampilan(String jalur, String tanda) {
            this(jalur, tanda, "operator.balangan");
        }
    }

    static final List<Tampilan> TAMPILAN = List.of(
            new Tampilan("realisasi?tahun=2022", ".tabel-realisasi vaadin-grid-cell-content"),
            new Tampilan("capaian", ".tabel-capaian"),
            new Tampilan("anggaran", ".tabel-anggaran"),
            new Tampilan("dokumen/susun", "#status-penyusunan"),
            new Tampilan("urusan/urusan-pmd/idm?tahun=2022", "vaadin-app-layout"),
            new Tampilan("renstra", "#pohon-renstra"),
            new Tampilan("persetujuan", ".tabel-persetujuan", "verifikator.balangan"),
            new Tampilan("", "#menunggu-anda"));

    @Test
    void ukur() {
        // The old IDM form took seconds to show on a quiet machine; a busy one must not fail the measurement.
        PlaywrightAssertions.setDefaultAssertionTimeout(180_000);
        // Warm-up: classes, caches and the first compilation of each view are not per-session costs.
        for (Tampilan t : dipilih()) {
            tutup(buka(t, 1), true);
        }
        List<String> hasil = new ArrayList<>();
        for (Tampilan t : dipilih()) {
            Set<String> sesiLama = idSesiServer();
            long tanpa = heapHidup();
            List<BrowserContext> sesi = buka(t, SESI);
            long dengan = heapHidup();
            Map<String, long[]> histogramDengan = histogram();
            // The browsers' Playwright objects (pages, frames, requests, their JSON) live in this JVM too: the
            // server's share is what ending its HTTP sessions frees while the browsers stay open.
            int berakhir = akhiriSesiServerSelain(sesiLama);
            long tanpaSesiServer = heapHidup();
            cetakSelisih(t.jalur(), histogram(), histogramDengan);
            tutup(sesi, false);
            String baris = String.format(
                    "[memori] /%-36s %,8d kB heap hidup per UI di server (%d sesi, %d diakhiri; %,d → %,d kB;"
                            + " dengan klien Playwright %,d kB per sesi; beban rata-rata %s)",
                    t.jalur(),
                    (dengan - tanpaSesiServer) / SESI / 1024,
                    SESI,
                    berakhir,
                    tanpaSesiServer / 1024,
                    dengan / 1024,
                    (dengan - tanpa) / SESI / 1024,
                    bebanMesin());
            System.out.println(baris);
            hasil.add(baris);
        }
        System.out.println("\n=== Heap hidup per UI (setelah GC penuh) ===");
        hasil.forEach(System.out::println);
    }

    private List<BrowserContext> buka(Tampilan t, int jumlah) {
        List<BrowserContext> semua = new ArrayList<>();
        for (int i = 0; i < jumlah; i++) {
            BrowserContext c = browser.newContext(new Browser.NewContextOptions());
            c.setDefaultTimeout(180_000);
            page = c.newPage();
            masuk(t.pengguna());
            System.out.println("[memori] sesi " + (i + 1) + ": /" + t.jalur());
            page.navigate(url(t.jalur()));
            assertThat(page.locator(t.tanda()).first()).isAttached();
            page.waitForLoadState(LoadState.NETWORKIDLE);
            semua.add(c);
        }
        return semua;
    }

    private void tutup(List<BrowserContext> semua, boolean keluarDulu) {
        for (BrowserContext c : semua) {
            page = c.pages().get(0);
            if (keluarDulu) {
                keluar();
            }
            c.close();
        }
    }

    @Autowired
    ApplicationContext konteksAplikasi;

    private List<Manager> pengelolaSesi() {
        TomcatWebServer server = (TomcatWebServer) ((WebServerApplicationContext) konteksAplikasi).getWebServer();
        List<Manager> hasil = new ArrayList<>();
        for (Container host : server.getTomcat().getEngine().findChildren()) {
            for (Container c : host.findChildren()) {
                hasil.add(((Context) c).getManager());
            }
        }
        return hasil;
    }

    private Set<String> idSesiServer() {
        Set<String> id = new HashSet<>();
        pengelolaSesi().forEach(m -> Arrays.stream(m.findSessions()).forEach(s -> id.add(s.getId())));
        return id;
    }

    /** Ends the HTTP sessions opened since {@code lama} (their Vaadin sessions and UIs with them). */
    private int akhiriSesiServerSelain(Set<String> lama) {
        int n = 0;
        for (Manager m : pengelolaSesi()) {
            for (Session s : m.findSessions()) {
                if (!lama.contains(s.getId())) {
                    s.expire();
                    n++;
                }
            }
        }
        return n;
    }

    /** {@code -Dpkd.memori.jalur=realisasi,capaian}: only the views whose path starts so (all by default). */
    private static List<Tampilan> dipilih() {
        String jalur = System.getProperty("pkd.memori.jalur", "");
        if (jalur.isBlank()) {
            return TAMPILAN;
        }
        List<String> awalan = List.of(jalur.split(","));
        return TAMPILAN.stream()
                .filter(t -> awalan.stream().anyMatch(a -> t.jalur().startsWith(a.trim())))
                .toList();
    }

    /**
     * Where a view's bytes go: the classes whose live instances shrank most per session when the server's sessions
     * ended (the JVM's class histogram, taken after a full GC, without and with them).
     */
    private static void cetakSelisih(String jalur, Map<String, long[]> tanpa, Map<String, long[]> dengan) {
        System.out.println("[memori] /" + jalur + ": kelas yang paling bertambah per sesi (objek, byte)");
        dengan.entrySet().stream()
                .map(e -> {
                    long[] a = tanpa.getOrDefault(e.getKey(), new long[2]);
                    return Map.entry(e.getKey(), new long[] {e.getValue()[0] - a[0], e.getValue()[1] - a[1]});
                })
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[1]))
                .limit(TERATAS)
                .forEach(e -> System.out.printf(
                        "[memori]   %-70s %8.1f %,10d%n",
                        e.getKey(), e.getValue()[0] / (double) SESI, e.getValue()[1] / SESI));
    }

    static final int TERATAS = Integer.getInteger("pkd.memori.kelas", 30);

    /** Class name → {instances, bytes} of the live heap ({@code jcmd GC.class_histogram}, which collects first). */
    static Map<String, long[]> histogram() {
        String teks;
        try {
            teks = (String) ManagementFactory.getPlatformMBeanServer()
                    .invoke(
                            new ObjectName("com.sun.management:type=DiagnosticCommand"),
                            "gcClassHistogram",
                            new Object[] {new String[0]},
                            new String[] {String[].class.getName()});
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
        Map<String, long[]> hasil = new HashMap<>();
        for (String baris : teks.split("\n")) {
            String[] k = baris.trim().split("\\s+");
            if (k.length >= 4 && k[0].endsWith(":")) {
                hasil.put(k[3], new long[] {Long.parseLong(k[1]), Long.parseLong(k[2])});
            }
        }
        return hasil;
    }

    /** The machine's load average over the last minute (shared machine): each figure is read beside it. */
    static String bebanMesin() {
        return String.format(
                "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    static long heapHidup() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
