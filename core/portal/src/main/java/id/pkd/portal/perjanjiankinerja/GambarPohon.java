package id.pkd.portal.perjanjiankinerja;

import id.pkd.portal.perjanjiankinerja.SimpulPohon.Tingkat;
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
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws a pohon kinerja with Java2D, left to right: one column per level, each box with its title, owner and
 * indicators, a parent centred on its children. Left to right because a real agency has dozens of leaves: laid out
 * top-down the image would be metres wide, while a column per level stays readable on A4 when scaled down.
 */
final class GambarPohon {

    static final int LEBAR = 260;
    static final int JARAK_X = 40;
    static final int JARAK_Y = 12;
    static final int TEPI = 24;
    static final int PADAT = 8;
    /** A diagram is capped so a huge region still renders within memory (32 MB of pixels at most). */
    static final int TINGGI_MAKS = 30_000;

    private static final Font JUDUL = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    private static final Font BIASA = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Font MIRING = new Font(Font.SANS_SERIF, Font.ITALIC, 11);

    /** A box's place and its lines, wrapped to the box width. */
    record Kotak(int x, int y, int tinggi, List<String> judul, List<String> pemilik, List<String> indikator) {}

    private final Map<SimpulPohon, Kotak> letak = new IdentityHashMap<>();
    private final FontMetrics mJudul;
    private final FontMetrics mBiasa;
    private int kedalaman;

    private GambarPohon(Graphics2D g) {
        mJudul = g.getFontMetrics(JUDUL);
        mBiasa = g.getFontMetrics(BIASA);
    }

    static byte[] png(SimpulPohon akar, String judul) {
        BufferedImage ukur = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D gu = ukur.createGraphics();
        GambarPohon gp = new GambarPohon(gu);
        int tinggi = gp.tata(akar, 0, TEPI + 30);
        gu.dispose();
        int w = TEPI * 2 + (gp.kedalaman + 1) * (LEBAR + JARAK_X) - JARAK_X;
        int h = Math.min(TEPI * 2 + 30 + tinggi, TINGGI_MAKS);
        BufferedImage gambar = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = gambar.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString(judul, TEPI, TEPI + 12);
        gp.gambar(g, akar);
        g.dispose();
        try (ByteArrayOutputStream keluar = new ByteArrayOutputStream()) {
            ImageIO.write(gambar, "png", keluar);
            return keluar.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The boxes laid out, for the tests: one per node of the tree. */
    static List<Kotak> kotak(SimpulPohon akar) {
        BufferedImage ukur = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D gu = ukur.createGraphics();
        GambarPohon gp = new GambarPohon(gu);
        gp.tata(akar, 0, 0);
        gu.dispose();
        List<Kotak> hasil = new ArrayList<>();
        akar.semua().forEach(s -> hasil.add(gp.letak.get(s)));
        return hasil;
    }

    /** Places {@code s} and its subtree from {@code y} down; returns the height the subtree takes. */
    private int tata(SimpulPohon s, int tingkat, int y) {
        kedalaman = Math.max(kedalaman, tingkat);
        int x = TEPI + tingkat * (LEBAR + JARAK_X);
        List<String> judul = bungkus(s.judul(), mJudul, 6);
        List<String> pemilik = s.pemilik() == null ? List.of() : bungkus(s.pemilik(), mBiasa, 2);
        List<String> indikator = new ArrayList<>();
        s.indikator().stream().limit(4).forEach(i -> indikator.addAll(bungkus("• " + i, mBiasa, 3)));
        if (s.indikator().size() > 4) {
            indikator.add("… dan " + (s.indikator().size() - 4) + " indikator lain");
        }
        int tinggi = PADAT * 2
                + 14
                + judul.size() * mJudul.getHeight()
                + (pemilik.size() + indikator.size()) * mBiasa.getHeight();
        if (s.anak().isEmpty()) {
            letak.put(s, new Kotak(x, y, tinggi, judul, pemilik, indikator));
            return tinggi;
        }
        int kini = y;
        for (SimpulPohon a : s.anak()) {
            kini += tata(a, tingkat + 1, kini) + JARAK_Y;
        }
        int rentang = kini - JARAK_Y - y;
        Kotak pertama = letak.get(s.anak().getFirst());
        Kotak terakhir = letak.get(s.anak().getLast());
        int tengah = (pertama.y() + pertama.tinggi() / 2 + terakhir.y() + terakhir.tinggi() / 2) / 2;
        int atas = Math.max(y, tengah - tinggi / 2);
        letak.put(s, new Kotak(x, atas, tinggi, judul, pemilik, indikator));
        return Math.max(rentang, atas - y + tinggi);
    }

    private void gambar(Graphics2D g, SimpulPohon s) {
        Kotak k = letak.get(s);
        g.setStroke(new BasicStroke(1.2f));
        for (SimpulPohon a : s.anak()) {
            Kotak ka = letak.get(a);
            int x1 = k.x() + LEBAR;
            int y1 = k.y() + k.tinggi() / 2;
            int x2 = ka.x();
            int y2 = ka.y() + ka.tinggi() / 2;
            int xm = x1 + JARAK_X / 2;
            g.setColor(Color.GRAY);
            g.drawLine(x1, y1, xm, y1);
            g.drawLine(xm, y1, xm, y2);
            g.drawLine(xm, y2, x2, y2);
            gambar(g, a);
        }
        g.setColor(warna(s.tingkat()));
        g.fillRoundRect(k.x(), k.y(), LEBAR, k.tinggi(), 10, 10);
        g.setColor(Color.DARK_GRAY);
        g.drawRoundRect(k.x(), k.y(), LEBAR, k.tinggi(), 10, 10);
        int y = k.y() + PADAT + mBiasa.getAscent();
        g.setFont(MIRING);
        g.drawString(s.tingkat().label(), k.x() + PADAT, y);
        y += 14;
        g.setFont(JUDUL);
        for (String baris : k.judul()) {
            g.drawString(baris, k.x() + PADAT, y);
            y += mJudul.getHeight();
        }
        g.setFont(MIRING);
        for (String baris : k.pemilik()) {
            g.drawString(baris, k.x() + PADAT, y);
            y += mBiasa.getHeight();
        }
        g.setFont(BIASA);
        for (String baris : k.indikator()) {
            g.drawString(baris, k.x() + PADAT, y);
            y += mBiasa.getHeight();
        }
    }

    private static Color warna(Tingkat t) {
        return switch (t) {
            case DAERAH -> new Color(0xF6D9A8);
            case SASARAN_RPJMD -> new Color(0xF3E5AB);
            case PERANGKAT_DAERAH -> new Color(0xD9D9D9);
            case SASARAN_RENSTRA -> new Color(0xBFD7EA);
            case KEPALA -> new Color(0xC8E6C9);
            case ESELON -> new Color(0xE1F5C4);
            case JF -> new Color(0xFFF3C4);
        };
    }

    /** Greedy word wrap to the box's inner width, at most {@code maks} lines (the last one ends in "…"). */
    static List<String> bungkus(String teks, FontMetrics m, int maks) {
        int lebar = LEBAR - PADAT * 2;
        List<String> baris = new ArrayList<>();
        StringBuilder kini = new StringBuilder();
        for (String kata : teks.strip().split("\\s+")) {
            String coba = kini.isEmpty() ? kata : kini + " " + kata;
            if (m.stringWidth(coba) <= lebar || kini.isEmpty()) {
                kini.setLength(0);
                kini.append(coba);
            } else {
                baris.add(kini.toString());
                kini.setLength(0);
                kini.append(kata);
            }
        }
        if (!kini.isEmpty()) {
            baris.add(kini.toString());
        }
        if (baris.size() > maks) {
            List<String> potong = new ArrayList<>(baris.subList(0, maks));
            potong.set(maks - 1, potong.get(maks - 1) + " …");
            return potong;
        }
        return baris;
    }
}
