package id.pkd.reports.document;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Total rows as formulas. The block model prints a total row as figures ("Jumlah", "Rata-rata capaian"), not as a
 * rule; this finds which rows above it the figure adds up (the rows since the previous total, all detail rows, or
 * the subtotals above) and writes the formula only when it gives back exactly the printed figure at the printed
 * decimals. A total that is computed otherwise (an average of unrounded values, a figure from elsewhere) stays a
 * number: a formula must never show something the PDF does not.
 */
final class RumusTotal {

    private static final Pattern JUMLAH = Pattern.compile("(?iu)(sub ?)?(jumlah|total)\\b.*");
    private static final Pattern RATA = Pattern.compile("(?iu)rata-?rata\\b.*");

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
        for (int i = 0; i < fungsi.length; i++) {
            fungsi[i] = fungsi(t.baris().get(i), angka.get(i));
        }
        for (int i = 0; i < fungsi.length; i++) {
            if (fungsi[i] == null) {
                continue;
            }
            int sebelumnya = -1;
            for (int j = i - 1; j >= 0; j--) {
                if (fungsi[j] != null) {
                    sebelumnya = j;
                    break;
                }
            }
            for (int k = 0; k < n; k++) {
                Optional<AngkaSel.Angka> total = angka.get(i)[k];
                if (total.isEmpty()) {
                    continue;
                }
                List<List<Integer>> calon = List.of(
                        rinci(t, angka, fungsi, sebelumnya + 1, i, k),
                        rinci(t, angka, fungsi, 0, i, k),
                        subtotal(angka, fungsi, fungsi[i], i, k));
                for (List<Integer> baris : calon) {
                    Optional<BigDecimal> hasil = baris.isEmpty()
                            ? Optional.empty()
                            : hasil(fungsi[i], baris, angka, k, total.get().nilai());
                    if (hasil.isPresent()) {
                        Cell c = sh.getRow(baris0 + i).getCell(k);
                        c.setCellFormula(rumus(fungsi[i], baris, k, baris0));
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

    /** Detail rows (not totals, not groups) in [dari, sampai) with a figure in column k. */
    private static List<Integer> rinci(
            Blok.Tabel t, List<Optional<AngkaSel.Angka>[]> angka, Fungsi[] fungsi, int dari, int sampai, int k) {
        List<Integer> hasil = new ArrayList<>();
        for (int j = dari; j < sampai; j++) {
            if (fungsi[j] == null && t.baris().get(j).gaya() != Blok.GayaBaris.GRUP && angka.get(j)[k].isPresent()) {
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
