package id.pkd.portal.dokumen;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/** Where a text sits in a rendered PDF (to place a signature block), and the DRAF stamp of drafts. */
final class LetakTeks {

    private LetakTeks() {}

    /** Position of a text line in PDF points, bottom-left origin. */
    record Letak(int halaman, float kiriX, float kananX, float atasY) {
        float tengahX() {
            return (kiriX + kananX) / 2;
        }
    }

    /** The last occurrence of {@code teks} in the document (signature blocks come at the end). */
    static Optional<Letak> cari(byte[] pdf, String teks) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<Letak> temuan = new ArrayList<>();
            for (int h = 1; h <= doc.getNumberOfPages(); h++) {
                int halaman = h;
                float tinggi = doc.getPage(h - 1).getMediaBox().getHeight();
                PDFTextStripper s = new PDFTextStripper() {
                    @Override
                    protected void writeString(String baris, List<TextPosition> pos) {
                        int i = baris.indexOf(teks);
                        if (i >= 0 && i + teks.length() <= pos.size()) {
                            TextPosition awal = pos.get(i);
                            TextPosition akhir = pos.get(i + teks.length() - 1);
                            float atas = tinggi - awal.getYDirAdj() + awal.getHeightDir();
                            temuan.add(new Letak(
                                    halaman, awal.getXDirAdj(), akhir.getXDirAdj() + akhir.getWidthDirAdj(), atas));
                        }
                    }
                };
                s.setStartPage(h);
                s.setEndPage(h);
                s.getText(doc);
            }
            return temuan.isEmpty() ? Optional.empty() : Optional.of(temuan.get(temuan.size() - 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stamps "DRAF" diagonally across every page, so a draft can never pass for the issued document. */
    static byte[] capDraf(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDType1Font huruf = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDExtendedGraphicsState transparan = new PDExtendedGraphicsState();
            transparan.setNonStrokingAlphaConstant(0.18f);
            for (PDPage page : doc.getPages()) {
                var kotak = page.getMediaBox();
                try (PDPageContentStream cs =
                        new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                    cs.setGraphicsStateParameters(transparan);
                    cs.setNonStrokingColor(Color.RED);
                    cs.beginText();
                    cs.setFont(huruf, 110);
                    cs.setTextMatrix(Matrix.getRotateInstance(
                            Math.toRadians(45), kotak.getWidth() * 0.2f, kotak.getHeight() * 0.3f));
                    cs.showText("DRAF");
                    cs.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
