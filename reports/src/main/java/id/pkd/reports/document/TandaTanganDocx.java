package id.pkd.reports.document;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * Signature blocks in the DOCX: place and date, position, the space to sign, name, rank and NIP, kept on one page.
 * A draft is never signed; the blocks are there so the edited document keeps its shape.
 */
final class TandaTanganDocx {

    private TandaTanganDocx() {}

    /** One block at the right half of the page. */
    static XWPFParagraph satu(XWPFDocument doc, Blok.TandaTangan t) {
        List<Baris> baris = baris(t.tempatTanggal(), t.pihak());
        XWPFParagraph pertama = null;
        for (int i = 0; i < baris.size(); i++) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            p.setIndentationLeft(GayaDocx.LEBAR_TEKS / 2);
            p.setSpacingAfter(0);
            p.setKeepNext(i < baris.size() - 1);
            tulis(p, baris.get(i));
            pertama = pertama == null ? p : pertama;
        }
        return pertama;
    }

    /** Pihak kedua left, pihak pertama right, in a borderless two-column table. */
    static XWPFParagraph dua(XWPFDocument doc, Blok.TandaTanganDua t) {
        XWPFParagraph tempat = doc.createParagraph();
        tempat.setAlignment(ParagraphAlignment.RIGHT);
        tempat.setKeepNext(true);
        if (t.tempatTanggal() != null) {
            tempat.createRun().setText(t.tempatTanggal());
        }
        XWPFTable tabel = doc.createTable(1, 2);
        tabel.removeBorders();
        tabel.setWidth(String.valueOf(GayaDocx.LEBAR_TEKS));
        tabel.getRow(0).setCantSplitRow(true);
        isi(tabel.getRow(0).getCell(0), baris(null, t.kiri()));
        isi(tabel.getRow(0).getCell(1), baris(null, t.kanan()));
        doc.createParagraph();
        return tempat;
    }

    private static void isi(XWPFTableCell c, List<Baris> baris) {
        c.setWidth(String.valueOf(GayaDocx.LEBAR_TEKS / 2));
        for (int i = 0; i < baris.size(); i++) {
            XWPFParagraph p = i == 0 ? c.getParagraphs().get(0) : c.addParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            p.setSpacingAfter(0);
            tulis(p, baris.get(i));
        }
    }

    private record Baris(String teks, boolean nama, boolean ruang) {}

    private static List<Baris> baris(String tempatTanggal, Blok.Pihak p) {
        List<Baris> hasil = new ArrayList<>();
        tambah(hasil, tempatTanggal);
        tambah(hasil, p.sebutan());
        tambah(hasil, p.jabatan());
        hasil.add(new Baris("", false, true));
        if (p.nama() != null && !p.nama().isBlank()) {
            hasil.add(new Baris(p.nama(), true, false));
        }
        tambah(hasil, p.pangkat());
        if (p.nip() != null && !p.nip().isBlank()) {
            // a NIP never breaks over two lines
            hasil.add(new Baris("NIP. " + p.nip().replace(' ', '\u00A0'), false, false));
        }
        return hasil;
    }

    private static void tambah(List<Baris> hasil, String teks) {
        if (teks != null && !teks.isBlank()) {
            hasil.add(new Baris(teks, false, false));
        }
    }

    private static void tulis(XWPFParagraph p, Baris b) {
        if (b.ruang()) {
            // the space to sign, as tall as the PDF's
            p.setSpacingBefore(0);
            p.getCTP().getPPr().getSpacing().setAfter(BigInteger.valueOf(1200));
            return;
        }
        XWPFRun r = p.createRun();
        r.setText(b.teks());
        if (b.nama()) {
            r.setBold(true);
            r.setUnderline(UnderlinePatterns.SINGLE);
        }
    }
}
