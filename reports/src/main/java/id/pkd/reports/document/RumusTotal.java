package id.pkd.reports.document;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Total rows as formulas. The block model prints a total row as figures ("Jumlah", "Rata-rata capaian"), not as a
 * rule; this finds which rows the figure adds up (the rows since the previous total, all detail rows, the top
 * level of them by code, the subtotals above, or the rows one level below it by code: a programme over its
 * activities) and writes the formula only when it gives back exactly the printed figure at the printed
 * decimals. A total that is computed otherwise (an average of unrounded values, a figure from elsewhere) stays a
 * number: a formula must never show something the PDF does not.
 */
final class RumusTotal {

    private static final Pattern JUMLAH = Pattern.compile("(?iu)(sub ?)?(jumlah|total)\\b.*");
    private static final Pattern RATA = Pattern.compile("(?iu)rata-?rata\\b.*");
    private static final Pattern KODE = Pattern.compile("\\d+(\\.\\d+)+");

    private enum Fungsi {
        SUM,
        AVERAGE
    }

    private RumusTotal() {}

    /**
     * @param angka per row of {@code t}, the figure read from each cell
     * @param baris0 the sheet row of the table's first row (0-based)
     */
    static void pasang(XSSFSheet sh, Blok.Tabel t, List<Optional<AngkaSel.Angka>[]> angka, int baris0) {
        int n = t.kolom().size();
        Fungsi[] fungsi = new Fungsi[t.baris().size()];
        String[] kode = new String[fungsi.length];
        for (int i = 0; i < fungsi.length; i++) {
            Blok.Baris b = t.baris().get(i);
            fungsi[i] = fungsi(b, angka.get(i));
            boolean berkode =
                    b.gaya() != Blok.GayaBaris.GRUP && !t.kolom().get(0).kanan();
            kode[i] = berkode && KODE.matcher(b.sel().get(0).strip()).matches()
                    ? b.sel().get(0).strip()
                    : null;
        }
        for (int i = 0; i < fungsi.length; i++) {
            int sebelumnya = -1;
            for (int j = i - 1; j >= 0; j--) {
                if (fungsi[j] != null) {
                    sebelumnya = j;
                    break;
                }
            }
            List<Integer> semuaAnak = anak(kode, fungsi, i);
            for (int k = 0; k < n; k++) {
                Optional<AngkaSel.Angka> total = angka.get(i)[k];
                if (total.isEmpty()) {
                    continue;
                }
                int kolom = k;
                List<Integer> anak = semuaAnak.stream()
                        .filter(j -> angka.get(j)[kolom].isPresent())
                        .toList();
                List<List<Integer>> calon = new ArrayList<>();
                if (fungsi[i] == null) {
                    // a programme over its activities, an activity over its sub-activities, by their codes
                    calon.add(anak);
                } else {
                    calon.add(rinci(t, angka, fungsi, kode, sebelumnya + 1, i, k, false));
                    calon.add(rinci(t, angka, fungsi, kode, 0, i, k, false));
                    calon.add(rinci(t, angka, fungsi, kode, 0, i, k, true));
                    calon.add(subtotal(angka, fungsi, fungsi[i], i, k));
                    calon.add(anak);
                }
                Fungsi f = fungsi[i] == null ? Fungsi.SUM : fungsi[i];
                for (List<Integer> baris : calon) {
                    Optional<BigDecimal> hasil = baris.isEmpty()
                            ? Optional.empty()
                            : hasil(f, baris, angka, k, total.get().nilai());
                    if (hasil.isPresent()) {
                        Cell c = sh.getRow(baris0 + i).getCell(k);
                        c.setCellFormula(rumus(f, baris, k, baris0));
                        // The cached result, so a reader that does not recalculate on opening (LibreOffice's
                        // default) shows the total; computed here rather than with POI's evaluator, whose function
                        // table needs commons-math3.
                        c.setCellValue(hasil.get().doubleValue());
                        break;
                    }
                }
            }
        }
    }

    /**
     * The rows one level below row i by code ("1.06.01" over "1.06.01.2.01", not over "1.06.01.2.01.0001"), not
     * totals.
     */
    private static List<Integer> anak(String[] kode, Fungsi[] fungsi, int i) {
        List<Integer> hasil = new ArrayList<>();
        if (kode[i] == null) {
            return hasil;
        }
        String awalan = kode[i] + ".";
        for (int j = 0; j < kode.length; j++) {
            if (j != i
                    && fungsi[j] == null
                    && kode[j] != null
                    && kode[j].startsWith(awalan)
                    && leluhur(kode, fungsi, j, awalan) < 0) {
                hasil.add(j);
            }
        }
        return hasil;
    }

    /** A row between {@code awalan} and row j in the code tree, or -1. */
    private static int leluhur(String[] kode, Fungsi[] fungsi, int j, String awalan) {
        for (int m = 0; m < kode.length; m++) {
            if (m != j
                    && fungsi[m] == null
                    && kode[m] != null
                    && kode[m].startsWith(awalan)
                    && kode[j].startsWith(kode[m] + ".")) {
                return m;
            }
        }
        return -1;
    }

    private static Fungsi fungsi(Blok.Baris b, Optional<AngkaSel.Angka>[] angka) {
        if (b.gaya() == Blok.GayaBaris.GRUP) {
            return null;
        }
        for (int k = 0; k < b.sel().size(); k++) {
            String teks = b.sel().get(k).strip();
            if (teks.isEmpty() || angka[k].isPresent()) {
                continue;
            }
            if (JUMLAH.matcher(teks).matches()) {
                return Fungsi.SUM;
            }
            if (RATA.matcher(teks).matches()) {
                return Fungsi.AVERAGE;
            }
            return null;
        }
        return null;
    }

    /**
     * Detail rows (not totals, not groups) in [dari, sampai) with a figure in column k; with {@code teratas} only
     * those no other row is above in the code tree (the programmes, not their activities as well).
     */
    private static List<Integer> rinci(
            Blok.Tabel t,
            List<Optional<AngkaSel.Angka>[]> angka,
            Fungsi[] fungsi,
            String[] kode,
            int dari,
            int sampai,
            int k,
            boolean teratas) {
        List<Integer> hasil = new ArrayList<>();
        for (int j = dari; j < sampai; j++) {
            if (fungsi[j] == null
                    && t.baris().get(j).gaya() != Blok.GayaBaris.GRUP
                    && angka.get(j)[k].isPresent()
                    && (!teratas || kode[j] == null || leluhur(kode, fungsi, j, "") < 0)) {
                hasil.add(j);
            }
        }
        return hasil;
    }

    /** The totals of the same kind above row i: a grand total over subtotals; at least two, or it is no sum. */
    private static List<Integer> subtotal(
            List<Optional<AngkaSel.Angka>[]> angka, Fungsi[] fungsi, Fungsi f, int i, int k) {
        List<Integer> hasil = new ArrayList<>();
        for (int j = 0; j < i; j++) {
            if (fungsi[j] == f && angka.get(j)[k].isPresent()) {
                hasil.add(j);
            }
        }
        return hasil.size() < 2 ? List.of() : hasil;
    }

    /** The formula's result when it gives back the printed figure at the printed decimals. */
    private static Optional<BigDecimal> hasil(
            Fungsi f, List<Integer> baris, List<Optional<AngkaSel.Angka>[]> angka, int k, BigDecimal tercetak) {
        BigDecimal jumlah = BigDecimal.ZERO;
        for (int j : baris) {
            jumlah = jumlah.add(angka.get(j)[k].orElseThrow().nilai());
        }
        BigDecimal hasil =
                f == Fungsi.SUM ? jumlah : jumlah.divide(BigDecimal.valueOf(baris.size()), MathContext.DECIMAL64);
        boolean sama = hasil.setScale(Math.max(0, tercetak.scale()), RoundingMode.HALF_UP)
                        .compareTo(tercetak)
                == 0;
        return sama ? Optional.of(hasil) : Optional.empty();
    }

    /**
     * A "Jumlah" column summing the figures to its left across the row (the villages by IDM status per year: Mandiri
     * … Sangat Tertinggal → Jumlah). The range is the run of figure columns just left of it (a year or number column
     * is text, so it is not in the run); written only where it gives back the printed figure, as the row totals.
     */
    static void pasangMendatar(XSSFSheet sh, Blok.Tabel t, List<Optional<AngkaSel.Angka>[]> angka, int baris0) {
        for (int k = 2; k < t.kolom().size(); k++) {
            if (!t.kolom().get(k).kanan()
                    || !JUMLAH.matcher(t.kolom().get(k).judul().strip()).matches()) {
                continue;
            }
            int awal = k;
            while (awal > 0 && t.kolom().get(awal - 1).kanan()) {
                awal--;
            }
            if (k - awal < 2) {
                continue;
            }
            for (int i = 0; i < t.baris().size(); i++) {
                Cell c = sh.getRow(baris0 + i).getCell(k);
                Optional<AngkaSel.Angka> total = angka.get(i)[k];
                if (total.isEmpty() || c == null || c.getCellType() == CellType.FORMULA) {
                    continue;
                }
                BigDecimal jumlah = BigDecimal.ZERO;
                boolean lengkap = true;
                for (int j = awal; j < k && lengkap; j++) {
                    Optional<AngkaSel.Angka> a = angka.get(i)[j];
                    lengkap = a.isPresent();
                    jumlah = lengkap ? jumlah.add(a.get().nilai()) : jumlah;
                }
                if (lengkap && jumlah.compareTo(total.get().nilai()) == 0) {
                    int baris = baris0 + i + 1;
                    c.setCellFormula("SUM(" + CellReference.convertNumToColString(awal) + baris + ":"
                            + CellReference.convertNumToColString(k - 1) + baris + ")");
                    c.setCellValue(jumlah.doubleValue());
                }
            }
        }
    }

    /** SUM(C3:C9,C12): consecutive rows as one range. */
    private static String rumus(Fungsi f, List<Integer> baris, int k, int baris0) {
        String kolom = CellReference.convertNumToColString(k);
        StringBuilder r = new StringBuilder(f.name()).append('(');
        int awal = baris.get(0);
        int akhir = awal;
        List<String> bagian = new ArrayList<>();
        for (int idx = 1; idx <= baris.size(); idx++) {
            if (idx < baris.size() && baris.get(idx) == akhir + 1) {
                akhir = baris.get(idx);
                continue;
            }
            int a = baris0 + awal + 1;
            int z = baris0 + akhir + 1;
            bagian.add(a == z ? kolom + a : kolom + a + ":" + kolom + z);
            if (idx < baris.size()) {
                awal = baris.get(idx);
                akhir = awal;
            }
        }
        return r.append(String.join(",", bagian)).append(')').toString();
    }
}
