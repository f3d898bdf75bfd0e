package id.pkd.reports.document;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A block-model table as a Word table: the header row repeats on every page ({@code w:tblHeader}), no row splits
 * over a page ({@code w:cantSplit}), columns as wide as in the PDF, figures right-aligned, group rows as one merged
 * cell and total rows bold on grey, as the PDF prints them.
 */
final class TabelDocx {

    /** Table text in half-points, as in the PDF (7,5 pt rounds up to 8). */
    private static final int UKURAN = 16;

    private TabelDocx() {}

    static XWPFTable tulis(XWPFDocument doc, Blok.Tabel t) {
        int n = t.kolom().size();
        int[] twip = lebar(t.kolom());
        XWPFTable tabel = doc.createTable(1 + t.baris().size(), n);
        kerangka(tabel, twip);
        XWPFTableRow kepala = tabel.getRow(0);
        kepala.setRepeatHeader(true);
        kepala.setCantSplitRow(true);
        for (int k = 0; k < n; k++) {
            sel(kepala.getCell(k), twip[k], t.kolom().get(k).judul(), true, ParagraphAlignment.CENTER, "D9D9D9");
        }
        for (int i = 0; i < t.baris().size(); i++) {
            Blok.Baris b = t.baris().get(i);
            XWPFTableRow r = tabel.getRow(i + 1);
            r.setCantSplitRow(true);
            if (b.gaya() == Blok.GayaBaris.GRUP) {
                for (int k = n - 1; k > 0; k--) {
                    r.removeCell(k);
                }
                XWPFTableCell c = r.getCell(0);
                c.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(n));
                sel(c, GayaDocx.LEBAR_TEKS, b.sel().get(0), true, ParagraphAlignment.LEFT, "EAF1FB");
                continue;
            }
            boolean tebal = b.gaya() == Blok.GayaBaris.TEBAL;
            for (int k = 0; k < n; k++) {
                Blok.Kolom kolom = t.kolom().get(k);
                String teks = b.sel().get(k);
                if (kolom.lebarMinimal() > 0) {
                    // a NIP never breaks: its spaces do not allow it
                    teks = teks.replace(' ', '\u00A0');
                }
                sel(
                        r.getCell(k),
                        twip[k],
                        teks,
                        tebal,
                        kolom.kanan() ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT,
                        tebal ? "F2F2F2" : null);
            }
        }
        return tabel;
    }

    /** The PDF's column widths (points of 515) in twentieths of a point of the DOCX text width. */
    private static int[] lebar(List<Blok.Kolom> kolom) {
        int[] lebar = TemplatTabel.lebar(kolom);
        int[] twip = new int[lebar.length];
        int total = 0;
        for (int k = 0; k < lebar.length; k++) {
            twip[k] = lebar[k] * GayaDocx.LEBAR_TEKS / TemplatTabel.LEBAR;
            total += twip[k];
        }
        twip[lebar.length - 1] += GayaDocx.LEBAR_TEKS - total;
        // A minimum (a NIP) is points of text, not a share of the width: the DOCX's text width is narrower than the
        // PDF's, so scaled down it wrapped the NIP's last digit. It keeps its points; the widest other column gives.
        int terlebar = -1;
        for (int k = 0; k < twip.length; k++) {
            if (kolom.get(k).lebarMinimal() == 0 && (terlebar < 0 || twip[k] > twip[terlebar])) {
                terlebar = k;
            }
        }
        for (int k = 0; k < twip.length && terlebar >= 0; k++) {
            int minimal = kolom.get(k).lebarMinimal() * 20;
            if (twip[k] < minimal) {
                twip[terlebar] -= minimal - twip[k];
                twip[k] = minimal;
            }
        }
        return twip;
    }

    /** Fixed layout at the text width, the grid of column widths, thin black borders. */
    private static void kerangka(XWPFTable tabel, int[] twip) {
        CTTblPr pr = tabel.getCTTbl().getTblPr() == null
                ? tabel.getCTTbl().addNewTblPr()
                : tabel.getCTTbl().getTblPr();
        CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(GayaDocx.LEBAR_TEKS));
        CTTblLayoutType tata = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
        tata.setType(STTblLayoutType.FIXED);
        tabel.setTableAlignment(TableRowAlign.CENTER);
        CTTblGrid grid = tabel.getCTTbl().getTblGrid() == null
                ? tabel.getCTTbl().addNewTblGrid()
                : tabel.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int k = 0; k < twip.length; k++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(twip[k]));
        }
        tabel.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        tabel.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        tabel.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        tabel.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        tabel.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        tabel.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        tabel.setCellMargins(30, 60, 30, 60);
    }

    private static void sel(
            XWPFTableCell c, int lebar, String teks, boolean tebal, ParagraphAlignment rata, String latar) {
        c.setWidth(String.valueOf(lebar));
        if (latar != null) {
            c.setColor(latar);
        }
        XWPFParagraph p = c.getParagraphs().get(0);
        p.setStyle("IsiTabel");
        p.setAlignment(rata);
        String[] baris = (teks == null ? "" : teks).split("\r?\n", -1);
        XWPFRun r = p.createRun();
        if (tebal) {
            r.setBold(true);
        }
        r.setFontSize(UKURAN / 2.0);
        for (int i = 0; i < baris.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(baris[i], i);
        }
    }
}
