package id.pkd.reports.signing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the visible signature: a QR code linking to the public verification page, and beside it the signer's
 * name, NIP and signing time. Drawn at four times the block's size so it stays sharp when printed.
 */
public final class GambarTandaTangan {

    private static final int SKALA = 4;

    private GambarTandaTangan() {}

    /**
     * @param lebarPt width of the signature block in PDF points
     * @param tinggiPt height of the signature block in PDF points
     */
    public static byte[] png(
            String nama, String nip, String waktu, String alamatVerifikasi, float lebarPt, float tinggiPt) {
        int w = Math.max(1, Math.round(lebarPt * SKALA));
        int h = Math.max(1, Math.round(tinggiPt * SKALA));
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setColor(new Color(0x1a, 0x4d, 0x8f));
            g.setStroke(new BasicStroke(SKALA));
            g.drawRect(SKALA / 2, SKALA / 2, w - SKALA, h - SKALA);

            int pinggir = 3 * SKALA;
            int sisiQr = Math.min(h - 2 * pinggir, w / 3);
            if (sisiQr > 0) {
                gambarQr(g, alamatVerifikasi, pinggir, (h - sisiQr) / 2, sisiQr);
            }
            int xTeks = pinggir + Math.max(sisiQr, 0) + pinggir;
            int lebarTeks = w - xTeks - pinggir;
            List<String> baris = new ArrayList<>();
            baris.add("Ditandatangani secara elektronik oleh:");
            baris.add(nama);
            if (nip != null && !nip.isBlank()) {
                baris.add("NIP " + nip);
            }
            baris.add(waktu);
            tulis(g, baris, xTeks, pinggir, lebarTeks, h - 2 * pinggir);
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void gambarQr(Graphics2D g, String isi, int x, int y, int sisi) {
        BitMatrix m;
        try {
            m = new QRCodeWriter()
                    .encode(
                            isi,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new TandaTanganException("Kode QR verifikasi tidak dapat dibuat.", e);
        }
        int modul = Math.max(1, sisi / m.getWidth());
        int ofs = (sisi - modul * m.getWidth()) / 2;
        g.setColor(Color.BLACK);
        for (int r = 0; r < m.getHeight(); r++) {
            for (int c = 0; c < m.getWidth(); c++) {
                if (m.get(c, r)) {
                    g.fillRect(x + ofs + c * modul, y + ofs + r * modul, modul, modul);
                }
            }
        }
    }

    // Shrinks the font until every line fits, so long names with titles never run out of the block.
    private static void tulis(Graphics2D g, List<String> baris, int x, int y, int lebar, int tinggi) {
        int ukuran = Math.max(6, tinggi / (baris.size() + 1));
        FontMetrics fm;
        while (true) {
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, ukuran));
            fm = g.getFontMetrics();
            int terlebar = baris.stream().mapToInt(fm::stringWidth).max().orElse(0);
            if ((terlebar <= lebar && fm.getHeight() * baris.size() <= tinggi) || ukuran <= 6) {
                break;
            }
            ukuran--;
        }
        g.setColor(Color.BLACK);
        int awal = y + (tinggi - fm.getHeight() * baris.size()) / 2 + fm.getAscent();
        for (int i = 0; i < baris.size(); i++) {
            Font f = new Font(Font.SANS_SERIF, i == 1 ? Font.BOLD : Font.PLAIN, ukuran);
            g.setFont(f);
            g.drawString(baris.get(i), x, awal + i * fm.getHeight());
        }
    }
}
