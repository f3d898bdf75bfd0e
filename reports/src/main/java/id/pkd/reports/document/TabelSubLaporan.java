package id.pkd.reports.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRStaticText;
import net.sf.jasperreports.engine.JRTextField;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;

/**
 * A plugin's subreport as a table of the block model, for the editable formats. The plugin templates are one header
 * row of static texts over one detail band of text fields (see {@code plugins/README.md}); each detail field is
 * matched to the header above it by position and shows its row value ({@code $F{…}}) or the row number
 * ({@code $V{REPORT_COUNT}}). A template of another shape gives no table, and the caller falls back to its caption.
 */
final class TabelSubLaporan {

    private static final Pattern FIELD = Pattern.compile("\\$F\\{([^}]+)}");
    private static final Pattern PARAMETER = Pattern.compile("\\$P\\{([^}]+)}");
    /** The one condition a template may hang on a column: "the data fills it" ({@code ADA_<field>}). */
    private static final Pattern HANYA_BILA = Pattern.compile("\\s*Boolean\\.TRUE\\.equals\\(\\$P\\{([^}]+)}\\)\\s*");

    private TabelSubLaporan() {}

    static Optional<Blok.Tabel> dari(Blok.SubLaporan s) {
        JasperReport r = s.templat();
        JRBand kepala = r.getColumnHeader();
        if (kepala == null
                || r.getDetailSection() == null
                || r.getDetailSection().getBands() == null) {
            return Optional.empty();
        }
        List<JRStaticText> judul = Arrays.stream(kepala.getElements())
                .filter(JRStaticText.class::isInstance)
                .filter(e -> dicetak(e, s.parameter()))
                .map(JRStaticText.class::cast)
                .sorted(Comparator.comparingInt(JRElement::getX))
                .toList();
        List<JRTextField> isi = Arrays.stream(r.getDetailSection().getBands())
                .filter(b -> b != null && b.getElements() != null)
                .findFirst()
                .map(b -> Arrays.stream(b.getElements())
                        .filter(JRTextField.class::isInstance)
                        .map(JRTextField.class::cast)
                        .toList())
                .orElse(List.of());
        if (judul.isEmpty() || judul.size() > Blok.Tabel.KOLOM_MAKSIMAL) {
            return Optional.empty();
        }
        List<Blok.Kolom> kolom = new ArrayList<>();
        List<JRTextField> sumber = new ArrayList<>();
        for (JRStaticText j : judul) {
            JRTextField f = isi.stream()
                    .filter(e -> e.getX() < j.getX() + j.getWidth() && j.getX() < e.getX() + e.getWidth())
                    .findFirst()
                    .orElse(null);
            boolean kanan = f != null && f.getHorizontalTextAlign() == HorizontalTextAlignEnum.RIGHT;
            kolom.add(new Blok.Kolom(j.getText() == null ? "" : j.getText(), Math.max(1, j.getWidth() / 10), kanan));
            sumber.add(f);
        }
        List<Blok.Baris> baris = new ArrayList<>();
        int nomor = 0;
        for (Map<String, ?> data : s.baris()) {
            nomor++;
            List<String> sel = new ArrayList<>();
            for (JRTextField f : sumber) {
                sel.add(nilai(f, data, nomor));
            }
            baris.add(new Blok.Baris(sel, Blok.GayaBaris.BIASA));
        }
        jumlah(r, judul, s.parameter()).ifPresent(baris::add);
        return Optional.of(new Blok.Tabel(s.judul() == null ? "" : s.judul(), kolom, baris));
    }

    /** Whether a column is printed: no condition, or the data fills it. */
    private static boolean dicetak(JRElement e, Map<String, Object> parameter) {
        if (e.getPrintWhenExpression() == null) {
            return true;
        }
        Matcher m = HANYA_BILA.matcher(e.getPrintWhenExpression().getText());
        return !m.matches() || Boolean.TRUE.equals(parameter.get(m.group(1)));
    }

    /**
     * The summary band's total row ("Jumlah" and the column sums the portal passes as parameters), under the
     * column each of its cells stands in; nothing when the template has none or the data gave no sum.
     */
    private static Optional<Blok.Baris> jumlah(
            JasperReport r, List<JRStaticText> judul, Map<String, Object> parameter) {
        JRBand ringkasan = r.getSummary();
        if (ringkasan == null || ringkasan.getElements() == null || judul.isEmpty()) {
            return Optional.empty();
        }
        List<String> sel = new ArrayList<>();
        boolean berisi = false;
        for (JRStaticText j : judul) {
            String teks = "";
            for (JRElement e : ringkasan.getElements()) {
                if (e.getX() > j.getX() || j.getX() >= e.getX() + e.getWidth()) {
                    continue;
                }
                if (e instanceof JRStaticText st && e.getX() == j.getX()) {
                    teks = st.getText() == null ? "" : st.getText();
                } else if (e instanceof JRTextField f && f.getExpression() != null && dicetak(e, parameter)) {
                    Matcher m = PARAMETER.matcher(f.getExpression().getText());
                    Object v = m.find() ? parameter.get(m.group(1)) : null;
                    if (v != null) {
                        teks = v.toString();
                        berisi = true;
                    }
                }
            }
            sel.add(teks);
        }
        return berisi ? Optional.of(new Blok.Baris(sel, Blok.GayaBaris.TEBAL)) : Optional.empty();
    }

    private static String nilai(JRTextField f, Map<String, ?> data, int nomor) {
        if (f == null || f.getExpression() == null) {
            return "";
        }
        String ekspresi = f.getExpression().getText();
        if (ekspresi.contains("REPORT_COUNT")) {
            return String.valueOf(nomor);
        }
        Matcher m = FIELD.matcher(ekspresi);
        if (!m.find()) {
            return "";
        }
        Object v = data.get(m.group(1));
        if (v instanceof BigDecimal b) {
            return angka(b);
        }
        if (v instanceof Integer || v instanceof Long) {
            return angka(BigDecimal.valueOf(((Number) v).longValue()));
        }
        return v == null ? "" : v.toString();
    }

    /** Indonesian grouping, the decimals the value has: 46958 → "46.958". */
    static String angka(BigDecimal nilai) {
        String teks = nilai.abs().toPlainString();
        int titik = teks.indexOf('.');
        String bulat = titik < 0 ? teks : teks.substring(0, titik);
        StringBuilder hasil = new StringBuilder(nilai.signum() < 0 ? "-" : "");
        for (int i = 0; i < bulat.length(); i++) {
            if (i > 0 && (bulat.length() - i) % 3 == 0) {
                hasil.append('.');
            }
            hasil.append(bulat.charAt(i));
        }
        if (titik >= 0) {
            hasil.append(',').append(teks, titik + 1, teks.length());
        }
        return hasil.toString();
    }
}
