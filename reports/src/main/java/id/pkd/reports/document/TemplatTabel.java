package id.pkd.reports.document;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;

/**
 * Table subreports. A table's layout (column widths and alignment) is a JRXML generated from the
 * columns and compiled once per distinct layout; the documents use a fixed, small set of layouts,
 * so after warm-up no request compiles anything.
 */
final class TemplatTabel {

    static final int LEBAR = 515;

    private final ConcurrentHashMap<String, JasperReport> tersusun = new ConcurrentHashMap<>();

    JasperReport untuk(List<Blok.Kolom> kolom) {
        int[] lebar = lebar(kolom);
        StringBuilder kunci = new StringBuilder();
        for (int i = 0; i < kolom.size(); i++) {
            kunci.append(lebar[i]).append(kolom.get(i).kanan() ? 'R' : 'L').append(',');
        }
        return tersusun.computeIfAbsent(kunci.toString(), k -> kompilasi(kolom, lebar));
    }

    int jumlahTersusun() {
        return tersusun.size();
    }

    /**
     * Widths by weight, except that a column whose share falls below its minimum gets the minimum and the others
     * share the rest by weight (repeated, since taking a minimum shrinks every other share).
     */
    static int[] lebar(List<Blok.Kolom> kolom) {
        int n = kolom.size();
        int[] minimum = new int[n];
        int jumlahMinimum = 0;
        for (int i = 0; i < n; i++) {
            minimum[i] = Math.max(
                    kolom.get(i).lebarMinimal(), lebarKataJudul(kolom.get(i).judul()));
            jumlahMinimum += minimum[i];
        }
        if (jumlahMinimum > LEBAR) {
            // Too many columns for whole header words: only the declared minimums (NIP) hold.
            for (int i = 0; i < n; i++) {
                minimum[i] = kolom.get(i).lebarMinimal();
            }
        }
        boolean[] minimal = new boolean[n];
        int tetap = 0;
        boolean berubah = true;
        while (berubah) {
            berubah = false;
            int bobotSisa = 0;
            for (int i = 0; i < n; i++) {
                bobotSisa += minimal[i] ? 0 : bobot(kolom.get(i));
            }
            for (int i = 0; i < n && bobotSisa > 0; i++) {
                Blok.Kolom k = kolom.get(i);
                if (!minimal[i] && minimum[i] > (LEBAR - tetap) * bobot(k) / bobotSisa) {
                    minimal[i] = true;
                    tetap += minimum[i];
                    berubah = true;
                    break;
                }
            }
        }
        int bobotSisa = 0;
        int terakhirBebas = n - 1;
        for (int i = 0; i < n; i++) {
            if (!minimal[i]) {
                bobotSisa += bobot(kolom.get(i));
                terakhirBebas = i;
            }
        }
        int[] lebar = new int[n];
        int sisa = LEBAR;
        for (int i = 0; i < n; i++) {
            lebar[i] = minimal[i] ? minimum[i] : (LEBAR - tetap) * bobot(kolom.get(i)) / bobotSisa;
            sisa -= lebar[i];
        }
        // Rounding leftovers go to the last column free to take them, so the table spans the page exactly.
        lebar[terakhirBebas] += sisa;
        return lebar;
    }

    /**
     * The width the longest word of a header needs in the header font (DejaVu Sans Bold 7.5 pt, lower case advancing
     * at most about 0.72 em, 5.4 pt) plus the cell padding, so a header breaks at spaces only ("Perubahan", never
     * "Perubaha/n").
     */
    static int lebarKataJudul(String judul) {
        int terpanjang = 0;
        for (String kata : judul == null ? new String[0] : judul.split("\\s+")) {
            terpanjang = Math.max(terpanjang, kata.length());
        }
        return terpanjang == 0 ? 0 : (int) Math.ceil(terpanjang * 5.4) + 8;
    }

    private static int bobot(Blok.Kolom k) {
        return Math.max(1, k.bobot());
    }

    private static JasperReport kompilasi(List<Blok.Kolom> kolom, int[] lebar) {
        String jrxml = jrxml(kolom, lebar);
        try {
            return JasperCompileManager.compileReport(new ByteArrayInputStream(jrxml.getBytes(StandardCharsets.UTF_8)));
        } catch (JRException e) {
            throw new PembuatanLaporanException("Templat tabel gagal dikompilasi.", e);
        }
    }

    static String jrxml(List<Blok.Kolom> kolom, int[] lebar) {
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<jasperReport name=\"tabel\" language=\"java\" pageWidth=\"")
                .append(LEBAR)
                .append("\" pageHeight=\"842\" columnWidth=\"")
                .append(LEBAR)
                .append("\" leftMargin=\"0\" rightMargin=\"0\" topMargin=\"0\" bottomMargin=\"0\"")
                .append(" whenNoDataType=\"AllSectionsNoDetail\" uuid=\"")
                .append(UUID.randomUUID())
                .append("\">\n")
                .append("<style name=\"Dasar\" default=\"true\" fontName=\"DejaVu Sans\" fontSize=\"7.5\"/>\n")
                .append(
                        "<style name=\"Sel\" style=\"Dasar\" vTextAlign=\"Top\"><box topPadding=\"2\" leftPadding=\"3\"")
                .append(
                        " bottomPadding=\"2\" rightPadding=\"3\"><pen lineWidth=\"0.5\" lineColor=\"#000000\"/></box></style>\n")
                .append(
                        "<style name=\"Kepala\" style=\"Sel\" mode=\"Opaque\" backcolor=\"#D9D9D9\" hTextAlign=\"Center\"")
                .append(" vTextAlign=\"Middle\" bold=\"true\"/>\n")
                .append("<parameter name=\"KOLOM\" class=\"java.util.List\"/>\n");
        for (int i = 0; i < kolom.size(); i++) {
            x.append("<field name=\"c").append(i).append("\" class=\"java.lang.String\"/>\n");
        }
        x.append("<field name=\"gaya\" class=\"java.lang.String\"/>\n");
        x.append("<columnHeader height=\"16\" splitType=\"Prevent\">\n");
        int posisi = 0;
        for (int i = 0; i < kolom.size(); i++) {
            x.append(sel(posisi, lebar[i], "(String) $P{KOLOM}.get(" + i + ")", "Kepala", null, false));
            posisi += lebar[i];
        }
        x.append("</columnHeader>\n<detail>\n");
        band(x, kolom, lebar, "BIASA", false, null);
        band(x, kolom, lebar, "TEBAL", true, "#F2F2F2");
        x.append("<band height=\"14\" splitType=\"Prevent\"><printWhenExpression><![CDATA[\"GRUP\".equals($F{gaya})]]>")
                .append("</printWhenExpression>\n")
                .append(sel(0, LEBAR, "$F{c0}", "Sel", "#EAF1FB", true))
                .append("</band>\n</detail>\n</jasperReport>\n");
        return x.toString();
    }

    private static void band(
            StringBuilder x, List<Blok.Kolom> kolom, int[] lebar, String gaya, boolean tebal, String latar) {
        x.append("<band height=\"14\" splitType=\"Prevent\"><printWhenExpression><![CDATA[\"")
                .append(gaya)
                .append("\".equals($F{gaya})]]></printWhenExpression>\n");
        int posisi = 0;
        List<String> sel = new ArrayList<>();
        for (int i = 0; i < kolom.size(); i++) {
            String s = sel(posisi, lebar[i], "$F{c" + i + "}", "Sel", latar, tebal);
            if (kolom.get(i).kanan()) {
                s = s.replace("kind=\"textField\"", "kind=\"textField\" hTextAlign=\"Right\"");
            }
            sel.add(s);
            posisi += lebar[i];
        }
        sel.forEach(x::append);
        x.append("</band>\n");
    }

    // ContainerHeight keeps every cell border of a row as tall as its tallest wrapped cell.
    private static String sel(int x, int lebar, String ekspresi, String gaya, String latar, boolean tebal) {
        return "<element kind=\"textField\" uuid=\"" + UUID.randomUUID() + "\" stretchType=\"ContainerHeight\" x=\"" + x
                + "\" y=\"0\" width=\"" + lebar + "\" height=\"14\" textAdjust=\"StretchHeight\" blankWhenNull=\"true\""
                + (tebal ? " bold=\"true\"" : "")
                + (latar == null ? "" : " mode=\"Opaque\" backcolor=\"" + latar + "\"")
                + " style=\"" + gaya + "\"><expression><![CDATA[" + ekspresi + "]]></expression></element>\n";
    }
}
