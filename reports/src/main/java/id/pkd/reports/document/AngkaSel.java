package id.pkd.reports.document;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table cell's printed figure read back as a number with the spreadsheet format that prints it the same way. The
 * block model carries figures as the PDF prints them ("Rp 29.669.164.407", "68,72%", "12.000 KK"); reading them back
 * keeps one source for all three formats instead of a second, typed copy of every table.
 *
 * <p>Strict like the portal's input parsing: a '.' only between whole groups of three digits, so codes such as
 * "1.06.01" or "1.06" stay text.
 */
final class AngkaSel {

    /**
     * Indonesian (LCID 0x0421) in front of every format: LibreOffice then shows {@code 1.234,56} whatever the
     * machine's locale; Excel shows the separators of the reader's Windows settings, which in Indonesia are the
     * same. The codes themselves are always written with '.' for decimals and ',' for grouping, as OOXML wants.
     */
    static final String LOKAL = "[$-421]";

    private static final Pattern ANGKA = Pattern.compile(
            "(Rp\\.? ?)?(-)?(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?(?:( ?%)|( [A-Za-z][A-Za-z/.²³ -]{0,23}))?");

    /**
     * @param format the spreadsheet number format, e.g. {@code [$-421]"Rp "#,##0}
     * @param desimal decimals as printed, to compare a formula's result with the printed figure
     * @param persen whether {@code nilai} is a fraction shown as a percentage (0,6872 for "68,72%")
     */
    record Angka(BigDecimal nilai, String format, int desimal, boolean persen) {}

    private AngkaSel() {}

    /** The figure in {@code teks}, or empty when the cell is text (a code, a name, "-"). */
    static Optional<Angka> baca(String teks) {
        if (teks == null) {
            return Optional.empty();
        }
        Matcher m = ANGKA.matcher(teks.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String bulat = m.group(3);
        String pecahan = m.group(4);
        boolean berkelompok = bulat.indexOf('.') >= 0;
        if (!berkelompok && bulat.length() > 1 && bulat.startsWith("0")) {
            // "007" is a number someone typed as a code
            return Optional.empty();
        }
        BigDecimal nilai = new BigDecimal(bulat.replace(".", "") + (pecahan == null ? "" : "." + pecahan));
        if (m.group(2) != null) {
            nilai = nilai.negate();
        }
        int desimal = pecahan == null ? 0 : pecahan.length();
        // A year or a count printed without grouping ("2022") keeps printing that way.
        StringBuilder format = new StringBuilder(berkelompok || bulat.length() <= 3 ? "#,##0" : "0");
        if (desimal > 0) {
            format.append('.').append("0".repeat(desimal));
        }
        boolean persen = m.group(5) != null;
        if (persen) {
            nilai = nilai.movePointLeft(2);
            format.append('%');
        }
        if (m.group(1) != null) {
            format.insert(0, kutip(m.group(1)));
        }
        if (m.group(6) != null) {
            format.append(kutip(m.group(6)));
        }
        return Optional.of(new Angka(nilai, LOKAL + format, desimal, persen));
    }

    private static String kutip(String teks) {
        return "\"" + teks.replace("\"", "") + "\"";
    }
}
