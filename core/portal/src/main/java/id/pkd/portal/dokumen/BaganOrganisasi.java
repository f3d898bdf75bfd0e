package id.pkd.portal.dokumen;

import id.pkd.portal.perencanaan.Pejabat;
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
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * The organisation chart drawn from the officials' hierarchy (each official's atasan): the head on top, the
 * officials reporting to the head in one row, and under each of them their own staff stacked in a column, as the
 * bagan of a dinas is usually drawn. Only officials on record appear; nothing is invented for vacant posts.
 */
final class BaganOrganisasi {

    static final int LEBAR_KOTAK = 230;
    static final int JARAK = 20;
    static final int TINGGI_KOTAK = 86;
    static final int JARAK_TINGKAT = 46;
    static final int TEPI = 20;

    private static final Color GARIS = new Color(0x1F, 0x4E, 0x79);
    private static final Color ISI_KEPALA = new Color(0xD9, 0xE2, 0xF3);
    private static final Color ISI = new Color(0xF2, 0xF2, 0xF2);

    private BaganOrganisasi() {}

    /** The chart as PNG, or nothing when no head (an official without atasan) is on record. */
    static java.util.Optional<byte[]> png(List<Pejabat> pejabat) {
        List<Pejabat> akar = pejabat.stream()
                .filter(p ->
                        p.atasanId() == null || pejabat.stream().noneMatch(x -> Objects.equals(x.id(), p.atasanId())))
                .sorted(urutan())
                .toList();
        if (akar.isEmpty()) {
            return java.util.Optional.empty();
        }
        Pejabat kepala = akar.get(0);
        List<Pejabat> tingkatDua = bawahan(pejabat, kepala);
        int kolom = Math.max(1, tingkatDua.size());
        int palingDalam = 0;
        for (Pejabat p : tingkatDua) {
            palingDalam = Math.max(palingDalam, semuaBawahan(pejabat, p).size());
        }
        int lebar = TEPI * 2 + kolom * LEBAR_KOTAK + (kolom - 1) * JARAK;
        int tinggi = TEPI * 2 + (2 + palingDalam) * TINGGI_KOTAK + (1 + palingDalam) * JARAK_TINGKAT;
        BufferedImage gambar = new BufferedImage(lebar, tinggi, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = gambar.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, lebar, tinggi);
            g.setStroke(new BasicStroke(1.6f));
            int xKepala = (lebar - LEBAR_KOTAK) / 2;
            int yKepala = TEPI;
            kotak(g, kepala, xKepala, yKepala, ISI_KEPALA);
            int yDua = yKepala + TINGGI_KOTAK + JARAK_TINGKAT;
            int yRel = yDua - JARAK_TINGKAT / 2;
            if (!tingkatDua.isEmpty()) {
                g.setColor(GARIS);
                g.drawLine(lebar / 2, yKepala + TINGGI_KOTAK, lebar / 2, yRel);
                int xAwal = TEPI + LEBAR_KOTAK / 2;
                int xAkhir = TEPI + (kolom - 1) * (LEBAR_KOTAK + JARAK) + LEBAR_KOTAK / 2;
                g.drawLine(xAwal, yRel, xAkhir, yRel);
            }
            for (int i = 0; i < tingkatDua.size(); i++) {
                int x = TEPI + i * (LEBAR_KOTAK + JARAK);
                g.setColor(GARIS);
                g.drawLine(x + LEBAR_KOTAK / 2, yRel, x + LEBAR_KOTAK / 2, yDua);
                kotak(g, tingkatDua.get(i), x, yDua, ISI);
                List<Pejabat> staf = semuaBawahan(pejabat, tingkatDua.get(i));
                int y = yDua;
                for (Pejabat s : staf) {
                    int yBaru = y + TINGGI_KOTAK + JARAK_TINGKAT;
                    g.setColor(GARIS);
                    // A line down the left edge of the column with a short branch to each box.
                    g.drawLine(x + 10, y + TINGGI_KOTAK, x + 10, yBaru + TINGGI_KOTAK / 2);
                    g.drawLine(x + 10, yBaru + TINGGI_KOTAK / 2, x + 24, yBaru + TINGGI_KOTAK / 2);
                    kotakStaf(g, s, x + 24, yBaru);
                    y = yBaru;
                }
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(gambar, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.Optional.of(out.toByteArray());
    }

    private static Comparator<Pejabat> urutan() {
        return Comparator.comparing(Pejabat::eselon, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Pejabat::jabatan, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    private static List<Pejabat> bawahan(List<Pejabat> semua, Pejabat atasan) {
        return semua.stream()
                .filter(p -> p != atasan && Objects.equals(p.atasanId(), atasan.id()))
                .sorted(urutan())
                .toList();
    }

    /** Everyone under an official, depth first, so a column reads top-down as the line of command. */
    private static List<Pejabat> semuaBawahan(List<Pejabat> semua, Pejabat atasan) {
        List<Pejabat> hasil = new ArrayList<>();
        for (Pejabat p : bawahan(semua, atasan)) {
            if (!hasil.contains(p)) {
                hasil.add(p);
                hasil.addAll(semuaBawahan(semua, p));
            }
        }
        return hasil;
    }

    private static void kotakStaf(Graphics2D g, Pejabat p, int x, int y) {
        gambarKotak(g, p, x, y, LEBAR_KOTAK - 24, ISI);
    }

    private static void kotak(Graphics2D g, Pejabat p, int x, int y, Color isi) {
        gambarKotak(g, p, x, y, LEBAR_KOTAK, isi);
    }

    private static void gambarKotak(Graphics2D g, Pejabat p, int x, int y, int lebar, Color isi) {
        g.setColor(isi);
        g.fillRect(x, y, lebar, TINGGI_KOTAK);
        g.setColor(GARIS);
        g.drawRect(x, y, lebar, TINGGI_KOTAK);
        Font jabatan = new Font(Font.SANS_SERIF, Font.BOLD, 11);
        Font nama = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
        g.setColor(Color.BLACK);
        g.setFont(jabatan);
        FontMetrics fm = g.getFontMetrics();
        List<String> baris = bungkus(p.jabatan(), fm, lebar - 10, 4);
        int yTeks = y + 4 + fm.getAscent();
        for (String b : baris) {
            g.drawString(b, x + (lebar - fm.stringWidth(b)) / 2, yTeks);
            yTeks += fm.getHeight();
        }
        g.setFont(nama);
        FontMetrics fn = g.getFontMetrics();
        String n = bungkus(p.nama(), fn, lebar - 10, 1).get(0);
        g.drawString(n, x + (lebar - fn.stringWidth(n)) / 2, y + TINGGI_KOTAK - 6);
    }

    /** Word wrap to the width; the last allowed line ends in "…" when the text is longer. */
    static List<String> bungkus(String teks, FontMetrics fm, int lebar, int maksimal) {
        List<String> hasil = new ArrayList<>();
        StringBuilder baris = new StringBuilder();
        String[] kata = teks == null ? new String[0] : teks.strip().split("\\s+");
        for (int i = 0; i < kata.length; i++) {
            String calon = baris.isEmpty() ? kata[i] : baris + " " + kata[i];
            if (fm.stringWidth(calon) <= lebar || baris.isEmpty()) {
                baris.setLength(0);
                baris.append(calon);
                continue;
            }
            if (hasil.size() == maksimal - 1) {
                baris.append(" …");
                hasil.add(potong(baris.toString(), fm, lebar));
                return hasil;
            }
            hasil.add(baris.toString());
            baris.setLength(0);
            baris.append(kata[i]);
        }
        hasil.add(potong(baris.toString(), fm, lebar));
        return hasil;
    }

    private static String potong(String s, FontMetrics fm, int lebar) {
        if (fm.stringWidth(s) <= lebar) {
            return s;
        }
        String t = s;
        while (t.length() > 1 && fm.stringWidth(t + "…") > lebar) {
            t = t.substring(0, t.length() - 1);
        }
        return t.strip() + "…";
    }
}
