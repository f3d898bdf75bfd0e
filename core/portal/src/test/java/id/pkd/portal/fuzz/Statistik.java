package id.pkd.portal.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * What each fuzz property sent and how it was answered: inputs, a histogram of outcomes (HTTP
 * status, or diterima/ditolak for a service), and the time taken. Printed once at the end, one line
 * per property and a total, so the closing note can quote it.
 */
final class Statistik {

    private static final Map<String, Statistik> SEMUA = new ConcurrentHashMap<>();
    private static final List<String> URUTAN = new ArrayList<>();

    private final String nama;
    private final TreeMap<String, Integer> histogram = new TreeMap<>();
    private final long mulai = System.nanoTime();
    private long selesai = mulai;
    private int masukan;

    private Statistik(String nama) {
        this.nama = nama;
    }

    static Statistik untuk(String nama) {
        return SEMUA.computeIfAbsent(nama, n -> {
            synchronized (URUTAN) {
                URUTAN.add(n);
            }
            return new Statistik(n);
        });
    }

    synchronized void catat(Object hasil) {
        masukan++;
        histogram.merge(String.valueOf(hasil), 1, Integer::sum);
        selesai = System.nanoTime();
    }

    synchronized int masukan() {
        return masukan;
    }

    private synchronized String baris() {
        return String.format(
                "%-22s %6d masukan  %-40s %6.1f s",
                nama,
                masukan,
                histogram.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(" ")),
                (selesai - mulai) / 1e9);
    }

    /** One line per property in the order they ran, and the total. */
    static String laporan() {
        StringBuilder sb = new StringBuilder("\n== Fuzz (jqwik) ==\n");
        int total = 0;
        long awal = Long.MAX_VALUE;
        long akhir = 0;
        TreeMap<String, Integer> semua = new TreeMap<>();
        synchronized (URUTAN) {
            for (String n : URUTAN) {
                Statistik s = SEMUA.get(n);
                sb.append(s.baris()).append('\n');
                synchronized (s) {
                    total += s.masukan;
                    awal = Math.min(awal, s.mulai);
                    akhir = Math.max(akhir, s.selesai);
                    s.histogram.forEach((k, v) -> semua.merge(k, v, Integer::sum));
                }
            }
        }
        sb.append(String.format(
                "%-22s %6d masukan  %-40s %6.1f s%n",
                "TOTAL",
                total,
                semua.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(" ")),
                total == 0 ? 0 : (akhir - awal) / 1e9));
        return sb.toString();
    }

    static int total() {
        return SEMUA.values().stream().mapToInt(Statistik::masukan).sum();
    }
}
