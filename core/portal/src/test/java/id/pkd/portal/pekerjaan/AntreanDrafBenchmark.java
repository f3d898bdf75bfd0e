package id.pkd.portal.pekerjaan;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.penerbitan.PembuatDokumen;
import id.pkd.portal.penerbitan.SubjekDokumen;
import id.pkd.portal.pengguna.Peran;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Not a test: the latency of a trivial call (GET /actuator/health/liveness) alone, while eight Balangan LKIP 2022
 * drafts run all at once on request threads (the draft API before the bound), and while the same eight wait in the
 * job queue (two workers, two running per tenant by default). Run with {@code mvn -B -o -pl core/portal verify
 * -Pbenchmark -Dpkd.benchmark=AntreanDrafBenchmark}; it only prints.
 */
class AntreanDrafBenchmark extends PortalIntegrationTest {

    static final int DRAF = 8;

    @LocalServerPort
    int port;

    @Autowired
    PekerjaanService pekerjaan;

    @Autowired
    List<PembuatDokumen> pembuat;

    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void ukur() throws Exception {
        PembuatDokumen lkip = pembuat.stream()
                .filter(p -> p.jenis().equals("LKIP"))
                .findFirst()
                .orElseThrow();
        SubjekDokumen subjek =
                sebagai(Peran.PENGAMAT, "63.11", () -> lkip.subjek(2022).get(0));
        LocalDate tanggal = LocalDate.of(2023, 1, 31);
        // warm-up: the trivial call, and one draft through each path
        ukurSelama(() -> true, 100);
        sebagai(Peran.PENGAMAT, "63.11", () -> lkip.buat(subjek, 2022, true, tanggal));

        List<Long> sendiri = ukurSelama(() -> true, 200);

        ExecutorService utas = Executors.newFixedThreadPool(DRAF);
        long t0 = System.nanoTime();
        List<CompletableFuture<?>> langsung = new ArrayList<>();
        for (int i = 0; i < DRAF; i++) {
            langsung.add(CompletableFuture.runAsync(
                    () -> sebagai(Peran.PENGAMAT, "63.11", () -> lkip.buat(subjek, 2022, true, tanggal)), utas));
        }
        List<Long> tanpaBatas = ukurSelama(() -> langsung.stream().allMatch(CompletableFuture::isDone), 0);
        long lamaTanpaBatas = System.nanoTime() - t0;
        utas.shutdown();

        long t1 = System.nanoTime();
        List<Long> id = new ArrayList<>();
        for (int i = 0; i < DRAF; i++) {
            id.add(sebagai(
                    Peran.PENGAMAT,
                    "63.11",
                    () -> pekerjaan.kirim(
                            "SUSUN_DRAF",
                            Map.of(
                                    "dokumen",
                                    "LKIP",
                                    "subjek",
                                    subjek.kode(),
                                    "tahun",
                                    2022,
                                    "format",
                                    "PDF",
                                    "tanggal",
                                    tanggal.toString()))));
        }
        int[] berjalanMaks = {0};
        List<Long> antre = ukurSelama(
                () -> {
                    List<String> status = jdbc.sql("SELECT status FROM pekerjaan WHERE id IN (:id)")
                            .param("id", id)
                            .query(String.class)
                            .list();
                    berjalanMaks[0] = Math.max(berjalanMaks[0], (int)
                            status.stream().filter("BERJALAN"::equals).count());
                    return status.stream().allMatch(s -> s.equals("SELESAI") || s.equals("GAGAL"));
                },
                0);
        long lamaAntre = System.nanoTime() - t1;
        long gagal = jdbc.sql("SELECT COUNT(*) FROM pekerjaan WHERE id IN (:id) AND status = 'GAGAL'")
                .param("id", id)
                .query(Long.class)
                .single();

        System.out.println();
        System.out.println("=== GET /actuator/health/liveness, ms (n, median, p95, max) ===");
        System.out.println("sendiri                          " + ringkas(sendiri));
        System.out.printf(
                "8 draf LKIP sekaligus, tanpa batas " + ringkas(tanpaBatas) + "  (8 draf selesai dalam %.1f s)%n",
                lamaTanpaBatas / 1e9);
        System.out.printf(
                "8 draf LKIP di antrean pekerjaan  " + ringkas(antre)
                        + "  (8 draf selesai dalam %.1f s, paling banyak %d berjalan bersamaan, %d gagal)%n",
                lamaAntre / 1e9,
                berjalanMaks[0],
                gagal);
    }

    /** Calls the trivial endpoint one after another until {@code selesai} (and at least {@code paling} times). */
    List<Long> ukurSelama(BooleanSupplier selesai, int paling) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/liveness"))
                .build();
        List<Long> hasil = new ArrayList<>();
        while (hasil.size() < paling || (paling == 0 && !selesai.getAsBoolean())) {
            long t = System.nanoTime();
            http.send(req, HttpResponse.BodyHandlers.discarding());
            hasil.add(System.nanoTime() - t);
            Thread.sleep(20);
        }
        return hasil;
    }

    static String ringkas(List<Long> nanos) {
        long[] a = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (a.length == 0) {
            return "n=0";
        }
        return "n=%d median=%.1f p95=%.1f max=%.1f"
                .formatted(
                        a.length,
                        a[a.length / 2] / 1e6,
                        a[Math.min(a.length - 1, (int) Math.ceil(a.length * 0.95) - 1)] / 1e6,
                        Arrays.stream(a).max().orElse(0) / 1e6);
    }
}
