package id.pkd.reports.document;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * The DOCX's styles and page: Word's built-in heading, caption and TOC styles (so the navigation pane, the TOC
 * field and a reader's own restyling work), Indonesian as the language of every run (spelling and hyphenation), A4
 * with the PDF's margins, and a footer with real PAGE / NUMPAGES fields.
 */
final class GayaDocx {

    static final String BAHASA = "id-ID";
    static final String HURUF = "Arial";

    /** Twentieths of a point: A4 and 2,5 cm margins. */
    static final int LEBAR_A4 = 11906;

    static final int TINGGI_A4 = 16838;
    static final int MARGIN = 1418;
    static final int LEBAR_TEKS = LEBAR_A4 - 2 * MARGIN;

    private GayaDocx() {}

    static void pasang(XWPFDocument doc) {
        CTStyles ct = CTStyles.Factory.newInstance();
        CTDocDefaults bawaan = ct.addNewDocDefaults();
        CTRPr r = bawaan.addNewRPrDefault().addNewRPr();
        CTFonts f = r.addNewRFonts();
        f.setAscii(HURUF);
        f.setHAnsi(HURUF);
        f.setCs(HURUF);
        f.setEastAsia(HURUF);
        r.addNewSz().setVal(BigInteger.valueOf(22));
        r.addNewSzCs().setVal(BigInteger.valueOf(22));
        CTLanguage bahasa = r.addNewLang();
        bahasa.setVal(BAHASA);
        bahasa.setEastAsia(BAHASA);
        bahasa.setBidi(BAHASA);
        CTSpacing jarak = bawaan.addNewPPrDefault().addNewPPr().addNewSpacing();
        jarak.setAfter(BigInteger.valueOf(120));
        jarak.setLine(BigInteger.valueOf(276));
        // Said explicitly: LibreOffice reads a line height without its rule as exact, which clips pictures to one line.
        jarak.setLineRule(STLineSpacingRule.AUTO);
        XWPFStyles styles = doc.createStyles();
        styles.setStyles(ct);
        styles.addStyle(new XWPFStyle(gaya("Normal", "Normal", null, -1, 0, false)));
        styles.addStyle(new XWPFStyle(gaya("Heading1", "heading 1", "Normal", 0, 32, true)));
        styles.addStyle(new XWPFStyle(gaya("Heading2", "heading 2", "Normal", 1, 26, true)));
        styles.addStyle(new XWPFStyle(gaya("Heading3", "heading 3", "Normal", 2, 23, true)));
        styles.addStyle(new XWPFStyle(gaya("Caption", "caption", "Normal", -1, 20, true)));
        styles.addStyle(new XWPFStyle(gaya("TOCHeading", "TOC Heading", "Heading1", -1, 32, true)));
        styles.addStyle(new XWPFStyle(gaya("TOC1", "toc 1", "Normal", -1, 0, false)));
        styles.addStyle(new XWPFStyle(gaya("TOC2", "toc 2", "Normal", -1, 0, false)));
        styles.addStyle(new XWPFStyle(gaya("TOC3", "toc 3", "Normal", -1, 0, false)));
        styles.addStyle(new XWPFStyle(gaya("IsiTabel", "Isi Tabel", "Normal", -1, 16, false)));
    }

    /**
     * @param tingkat outline level 0..2 for headings (they feed the TOC and keep with the next paragraph), -1 for none
     * @param ukuran half-points, 0 for the default
     */
    private static CTStyle gaya(String id, String nama, String dasar, int tingkat, int ukuran, boolean tebal) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        if ("Normal".equals(id)) {
            s.setDefault(true);
        }
        s.addNewName().setVal(nama);
        if (dasar != null) {
            s.addNewBasedOn().setVal(dasar);
            s.addNewNext().setVal("Normal");
        }
        s.addNewQFormat();
        CTPPrGeneral p = s.addNewPPr();
        if (tingkat >= 0 || id.equals("Caption") || id.equals("TOCHeading")) {
            p.addNewKeepNext();
            p.addNewKeepLines();
            CTSpacing jarak = p.addNewSpacing();
            jarak.setBefore(BigInteger.valueOf(tingkat == 0 ? 240 : 160));
            jarak.setAfter(BigInteger.valueOf(120));
        }
        if (tingkat >= 0) {
            p.addNewOutlineLvl().setVal(BigInteger.valueOf(tingkat));
        }
        if (id.equals("IsiTabel")) {
            CTSpacing jarak = p.addNewSpacing();
            jarak.setAfter(BigInteger.ZERO);
            jarak.setLine(BigInteger.valueOf(240));
            jarak.setLineRule(STLineSpacingRule.AUTO);
        }
        if (id.startsWith("TOC") && !id.equals("TOCHeading")) {
            p.addNewInd().setLeft(BigInteger.valueOf(220L * (id.charAt(3) - '1')));
            p.addNewSpacing().setAfter(BigInteger.valueOf(60));
        }
        CTRPr r = s.addNewRPr();
        if (tebal) {
            r.addNewB();
        }
        if (ukuran > 0) {
            r.addNewSz().setVal(BigInteger.valueOf(ukuran));
            r.addNewSzCs().setVal(BigInteger.valueOf(ukuran));
        }
        return s;
    }

    /** A4, the margins, and the cover (first page) without footer when the document opens with one. */
    static void halaman(XWPFDocument doc, boolean sampul, String kaki, boolean draf) {
        CTSectPr sekt = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz ukuran = sekt.addNewPgSz();
        ukuran.setW(BigInteger.valueOf(LEBAR_A4));
        ukuran.setH(BigInteger.valueOf(TINGGI_A4));
        CTPageMar m = sekt.addNewPgMar();
        m.setTop(BigInteger.valueOf(MARGIN));
        m.setBottom(BigInteger.valueOf(MARGIN));
        m.setLeft(BigInteger.valueOf(MARGIN));
        m.setRight(BigInteger.valueOf(MARGIN));
        m.setHeader(BigInteger.valueOf(709));
        m.setFooter(BigInteger.valueOf(709));
        kaki(doc.createFooter(HeaderFooterType.DEFAULT), kaki);
        if (draf) {
            draf(doc.createHeader(HeaderFooterType.DEFAULT));
        }
        if (sampul) {
            doc.createFooter(HeaderFooterType.FIRST).createParagraph();
            XWPFHeader h = doc.createHeader(HeaderFooterType.FIRST);
            if (draf) {
                draf(h);
            } else {
                h.createParagraph();
            }
            if (!sekt.isSetTitlePg()) {
                sekt.addNewTitlePg();
            }
        }
    }

    private static void draf(XWPFHeader h) {
        XWPFParagraph p = h.createParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        XWPFRun r = p.createRun();
        r.setText("DRAFT");
        r.setBold(true);
        r.setColor("C00000");
    }

    /** "LKIP … 2022" at the left, "Halaman {PAGE} dari {NUMPAGES}" at the right margin. */
    private static void kaki(XWPFFooter footer, String kaki) {
        XWPFParagraph p = footer.createParagraph();
        p.getCTP().addNewPPr().addNewTabs().addNewTab().setVal(STTabJc.RIGHT);
        p.getCTP().getPPr().getTabs().getTabArray(0).setPos(BigInteger.valueOf(LEBAR_TEKS));
        XWPFRun r = p.createRun();
        r.setFontSize(8);
        r.setText(kaki);
        r.addTab();
        r.setText("Halaman ");
        bidang(p, "PAGE", "1", 8);
        XWPFRun dari = p.createRun();
        dari.setFontSize(8);
        dari.setText(" dari ");
        bidang(p, "NUMPAGES", "1", 8);
    }

    /**
     * A complex field (begin, instruction, separate, cached result, end) as Word writes it; marked dirty so Word
     * computes it on opening.
     */
    static void bidang(XWPFParagraph p, String instruksi, String hasil, int ukuran) {
        // every run of the field carries the size: a reader may format the result from any of them
        XWPFRun awal = run(p, ukuran);
        awal.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        awal.getCTR().getFldCharArray(0).setDirty(true);
        XWPFRun instr = run(p, ukuran);
        instr.getCTR().addNewInstrText().setStringValue(" " + instruksi + " ");
        instr.getCTR().getInstrTextArray(0).setSpace(SpaceAttribute.Space.PRESERVE);
        run(p, ukuran).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(p, ukuran).setText(hasil);
        run(p, ukuran).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static XWPFRun run(XWPFParagraph p, int ukuran) {
        XWPFRun r = p.createRun();
        if (ukuran > 0) {
            r.setFontSize(ukuran);
        }
        return r;
    }
}
