package id.pkd.reports.document;

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
import javax.imageio.ImageIO;

/**
 * A neutral round seal with the region's initials, printed on the cover while the tenant has not
 * uploaded its logo: a cover must never show another region's emblem or an empty frame.
 */
public final class SegelPengganti {

    private SegelPengganti() {}

    public static byte[] png(String namaDaerah) {
        int ukuran = 400;
        BufferedImage gambar = new BufferedImage(ukuran, ukuran, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = gambar.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(0x1F, 0x4E, 0x79));
            g.setStroke(new BasicStroke(14));
            g.drawOval(12, 12, ukuran - 24, ukuran - 24);
            g.setStroke(new BasicStroke(4));
            g.drawOval(40, 40, ukuran - 80, ukuran - 80);
            String inisial = inisial(namaDaerah);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, inisial.length() > 2 ? 110 : 150));
            FontMetrics fm = g.getFontMetrics();
            g.drawString(
                    inisial, (ukuran - fm.stringWidth(inisial)) / 2, (ukuran - fm.getHeight()) / 2 + fm.getAscent());
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(gambar, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String inisial(String nama) {
        StringBuilder s = new StringBuilder();
        for (String kata : (nama == null ? "" : nama).split("\\s+")) {
            if (kata.isEmpty()
                    || kata.equalsIgnoreCase("Pemerintah")
                    || kata.equalsIgnoreCase("Kabupaten")
                    || kata.equalsIgnoreCase("Kota")
                    || kata.equalsIgnoreCase("Provinsi")) {
                continue;
            }
            s.append(Character.toUpperCase(kata.charAt(0)));
        }
        return s.isEmpty() ? "PKD" : s.length() > 3 ? s.substring(0, 3) : s.toString();
    }
}
