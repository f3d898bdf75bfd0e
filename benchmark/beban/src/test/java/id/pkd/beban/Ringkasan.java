package id.pkd.beban;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The figures of a run, read from {@link Catatan}'s CSV: per step the count, errors, median and p95; p95 per
 * 10-second window against the users active then, and the user count at which it first crossed the limit; the
 * ratio of saving a realisasi to a no-op round trip; other users' clicks while LKIP drafts ran and while none did.
 *
 * <p>Also runnable on its own: {@code java … id.pkd.beban.Ringkasan catatan.csv [batasP95Ms]}.
 */
final class Ringkasan {

    /** Not one request but a whole draft: excluded from the overall percentiles. */
    static final String DRAF_TOTAL = "LKIP: draf sampai selesai (total)";

    static final String NOOP = "No-op (UIDL kosong)";
    static final String SIMPAN = "Realisasi: simpan";
    static final String POLL = "LKIP: poll";
    /** Not a request: a save whose reloaded row showed another operator's value saved in between. */
    static final String SIMPAN_DITIMPA = "Realisasi: simpan (ditimpa serentak)";
    /** Not a request: a draft the portal's bounded queue refused (back-pressure, not a failure). */
    static final String DRAF_DITOLAK = "LKIP: draf ditolak (antrean penuh)";

    /** Markers and whole drafts, kept out of the windows' percentiles and of "other users' clicks". */
    private static final Set<String> BUKAN_KLIK = Set.of(DRAF_TOTAL, SIMPAN_DITIMPA, DRAF_DITOLAK);

    record Baris(long waktu, String langkah, long tanggap, boolean ok, int pengguna, int draf) {}

    private Ringkasan() {}

    public static void main(String[] args) throws IOException {
        long batas = args.length > 1 ? Long.parseLong(args[1]) : 300;
        cetak(baca(Path.of(args[0])), batas, System.out);
    }

    static List<Baris> baca(Path berkas) throws IOException {
        List<Baris> hasil = new ArrayList<>();
        for (String s : Files.readAllLines(berkas, StandardCharsets.UTF_8)) {
            if (s.isBlank() || s.startsWith("waktu_ms")) {
                continue;
            }
            String[] k = s.split(",");
            hasil.add(new Baris(
                    Long.parseLong(k[0]),
                    k[1],
                    Long.parseLong(k[2]),
                    "1".equals(k[3]),
                    Integer.parseInt(k[4]),
                    Integer.parseInt(k[5])));
        }
        return hasil;
    }

    static void cetak(List<Baris> semua, long batas, PrintStream o) {
        if (semua.isEmpty()) {
            o.println("Tidak ada langkah tercatat.");
            return;
        }
        long awal = semua.get(0).waktu();
        long akhir = semua.get(semua.size() - 1).waktu();
        long galat = semua.stream().filter(b -> !b.ok()).count();
        o.println();
        o.println("=== Ringkasan beban ===");
        o.printf(
                Locale.ROOT,
                "Durasi %d s, %d langkah, %d galat (%.2f %%), pengguna aktif paling banyak %d%n",
                (akhir - awal) / 1000,
                semua.size(),
                galat,
                100.0 * galat / semua.size(),
                semua.stream().mapToInt(Baris::pengguna).max().orElse(0));
        o.println();
        o.printf(
                Locale.ROOT,
                "%-44s %7s %6s %10s %10s %10s%n",
                "langkah",
                "jumlah",
                "galat",
                "median ms",
                "p95 ms",
                "maks ms");
        Map<String, List<Baris>> perLangkah = new TreeMap<>();
        semua.forEach(b ->
                perLangkah.computeIfAbsent(b.langkah(), k -> new ArrayList<>()).add(b));
        perLangkah.forEach((langkah, daftar) -> {
            long[] t = waktu(daftar, b -> true);
            o.printf(
                    Locale.ROOT,
                    "%-44s %7d %6d %10d %10d %10d%n",
                    langkah,
                    daftar.size(),
                    daftar.stream().filter(b -> !b.ok()).count(),
                    persentil(t, 50),
                    persentil(t, 95),
                    t.length == 0 ? -1 : t[t.length - 1]);
        });

        o.println();
        o.println("p95 per 10 detik (semua permintaan kecuali total draf), terhadap pengguna aktif:");
        Map<Long, List<Baris>> jendela = new TreeMap<>();
        semua.stream().filter(b -> !BUKAN_KLIK.contains(b.langkah())).forEach(b -> jendela.computeIfAbsent(
                        (b.waktu() - awal) / 10_000, k -> new ArrayList<>())
                .add(b));
        Integer penggunaLewat = null;
        int penggunaTertinggiDiBawah = 0;
        List<int[]> penggunaDanP95 = new ArrayList<>();
        for (Map.Entry<Long, List<Baris>> e : jendela.entrySet()) {
            List<Baris> d = e.getValue();
            long p95 = persentil(waktu(d, b -> true), 95);
            int pengguna = d.stream().mapToInt(Baris::pengguna).max().orElse(0);
            long g = d.stream().filter(b -> !b.ok()).count();
            o.printf(
                    Locale.ROOT,
                    "  t=%4d s  pengguna %4d  permintaan %5d  galat %4d  p95 %6d ms%s%n",
                    e.getKey() * 10,
                    pengguna,
                    d.size(),
                    g,
                    p95,
                    p95 > batas ? "  > " + batas : "");
            penggunaDanP95.add(new int[] {pengguna, (int) p95});
            if (p95 > batas && penggunaLewat == null) {
                penggunaLewat = pengguna;
            }
            if (p95 <= batas && penggunaLewat == null) {
                penggunaTertinggiDiBawah = Math.max(penggunaTertinggiDiBawah, pengguna);
            }
        }
        o.println();
        if (penggunaLewat != null) {
            o.printf(
                    Locale.ROOT,
                    "p95 pertama melewati %d ms pada %d pengguna aktif (terakhir di bawahnya: %d pengguna).%n",
                    batas,
                    penggunaLewat,
                    penggunaTertinggiDiBawah);
        } else {
            o.printf(
                    Locale.ROOT,
                    "p95 tidak melewati %d ms sampai %d pengguna aktif.%n",
                    batas,
                    penggunaTertinggiDiBawah);
        }

        ambangBertahan(o, penggunaDanP95, batas);

        long noop = persentil(waktu(semua, b -> NOOP.equals(b.langkah())), 95);
        long simpan = persentil(waktu(semua, b -> SIMPAN.equals(b.langkah())), 95);
        o.printf(
                Locale.ROOT,
                "p95 simpan realisasi %d ms, p95 no-op %d ms: rasio %s (target ≤ 2).%n",
                simpan,
                noop,
                noop > 0 && simpan >= 0 ? String.format(Locale.ROOT, "%.2f", (double) simpan / noop) : "-");

        List<Baris> draf =
                semua.stream().filter(b -> DRAF_TOTAL.equals(b.langkah())).toList();
        long[] lamaDraf = waktu(draf, b -> true);
        o.printf(
                Locale.ROOT,
                "Draf LKIP: %d selesai (median %d ms, p95 %d ms dari klik sampai tautan unduh), %d gagal,"
                        + " %d ditolak antrean.%n",
                lamaDraf.length,
                persentil(lamaDraf, 50),
                persentil(lamaDraf, 95),
                draf.stream().filter(b -> !b.ok()).count(),
                semua.stream().filter(b -> DRAF_DITOLAK.equals(b.langkah())).count());

        Predicate<Baris> klikLain = b -> !b.langkah().startsWith("LKIP")
                && !b.langkah().startsWith("Masuk")
                && !BUKAN_KLIK.contains(b.langkah());
        long[] saatDraf = waktu(semua, klikLain.and(b -> b.draf() > 0));
        long[] tanpaDraf = waktu(semua, klikLain.and(b -> b.draf() == 0));
        o.printf(
                Locale.ROOT,
                "Klik pengguna lain selagi draf LKIP berjalan: %d permintaan, median %d ms, p95 %d ms;"
                        + " tanpa draf berjalan: %d permintaan, median %d ms, p95 %d ms.%n",
                saatDraf.length,
                persentil(saatDraf, 50),
                persentil(saatDraf, 95),
                tanpaDraf.length,
                persentil(tanpaDraf, 50),
                persentil(tanpaDraf, 95));
        klikSaatDrafPadaBebanSetara(semua, klikLain, o);
    }

    /**
     * Other users' clicks with and without a draft running, compared within the same seconds only. Over the whole
     * run the two are not comparable: drafts run longer when the node is busiest, so "while a draft ran" gathers the
     * busiest moments whatever the draft itself costs. Seconds in which both kinds of click were answered are seen
     * at the same load; their pooled percentiles are what a draft adds.
     */
    static void klikSaatDrafPadaBebanSetara(List<Baris> semua, Predicate<Baris> klikLain, PrintStream o) {
        Map<Long, List<Baris>> perDetik = new TreeMap<>();
        semua.stream().filter(klikLain).forEach(b -> perDetik.computeIfAbsent(b.waktu() / 1000, k -> new ArrayList<>())
                .add(b));
        List<Baris> saat = new ArrayList<>();
        List<Baris> tanpa = new ArrayList<>();
        int detik = 0;
        for (List<Baris> d : perDetik.values()) {
            if (d.stream().anyMatch(b -> b.draf() > 0) && d.stream().anyMatch(b -> b.draf() == 0)) {
                detik++;
                d.forEach(b -> (b.draf() > 0 ? saat : tanpa).add(b));
            }
        }
        long[] s = waktu(saat, b -> true);
        long[] t = waktu(tanpa, b -> true);
        o.printf(
                Locale.ROOT,
                "Pada beban setara (%d detik yang berisi keduanya): selagi draf p95 %d ms (%d permintaan), tanpa draf"
                        + " p95 %d ms (%d permintaan).%n",
                detik,
                persentil(s, 95),
                s.length,
                persentil(t, 95),
                t.length);
    }

    /** Sorted response times of the successful requests that match. */
    private static long[] waktu(List<Baris> daftar, Predicate<Baris> saring) {
        return daftar.stream()
                .filter(saring)
                .filter(Baris::ok)
                .mapToLong(Baris::tanggap)
                .filter(t -> t >= 0)
                .sorted()
                .toArray();
    }

    /** Nearest-rank percentile; -1 for no data. */
    static long persentil(long[] terurut, int p) {
        if (terurut.length == 0) {
            return -1;
        }
        int peringkat = (int) Math.ceil(p / 100.0 * terurut.length);
        return terurut[Math.max(0, Math.min(terurut.length - 1, peringkat - 1))];
    }

    /**
     * The capacity a ramp shows: the first windows also carry the portal's warm-up (JIT, first page loads), so the
     * first crossing can be far below what the warm node holds. The sustained crossing is where the run of windows
     * above the limit starts that lasts until the last window at the peak user count; below it, the highest user
     * count whose window stayed under the limit.
     */
    static void ambangBertahan(PrintStream o, List<int[]> penggunaDanP95, long batas) {
        int puncak = penggunaDanP95.stream().mapToInt(j -> j[0]).max().orElse(0);
        int akhir = -1;
        for (int i = 0; i < penggunaDanP95.size(); i++) {
            if (penggunaDanP95.get(i)[0] == puncak) {
                akhir = i;
            }
        }
        int mulai = akhir + 1;
        while (mulai > 0 && penggunaDanP95.get(mulai - 1)[1] > batas) {
            mulai--;
        }
        int tertinggiDiBawah = 0;
        for (int i = 0; i < mulai; i++) {
            if (penggunaDanP95.get(i)[1] <= batas) {
                tertinggiDiBawah = Math.max(tertinggiDiBawah, penggunaDanP95.get(i)[0]);
            }
        }
        if (mulai <= akhir) {
            o.printf(
                    Locale.ROOT,
                    "p95 bertahan di atas %d ms sejak %d pengguna aktif sampai puncak %d; tertinggi di bawahnya"
                            + " sebelum itu: %d pengguna.%n",
                    batas,
                    penggunaDanP95.get(mulai)[0],
                    puncak,
                    tertinggiDiBawah);
        } else {
            o.printf(Locale.ROOT, "p95 di bawah %d ms di akhir puncak %d pengguna aktif.%n", batas, puncak);
        }
    }
}
