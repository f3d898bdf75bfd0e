package id.pkd.portal.dokumentasi;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * An evidence photo scaled into the attachment's frame (450 × 244 pt, at twice that in pixels for print) as PNG.
 * A large image is read subsampled, so a camera's 6000 × 4000 photo or a small file with huge dimensions never
 * decodes at full size.
 */
final class SkalaGambar {

    static final int LEBAR = 900;
    static final int TINGGI = 488;

    private SkalaGambar() {}

    static Optional<byte[]> png(byte[] isi) {
        try (ImageInputStream masuk = ImageIO.createImageInputStream(new ByteArrayInputStream(isi))) {
            Iterator<ImageReader> pembaca = ImageIO.getImageReaders(masuk);
            if (!pembaca.hasNext()) {
                return Optional.empty();
            }
            ImageReader r = pembaca.next();
            try {
                r.setInput(masuk, true, true);
                int w = r.getWidth(0);
                int h = r.getHeight(0);
                ImageReadParam param = r.getDefaultReadParam();
                int langkah = (int) Math.max(1, Math.floor(Math.max(w / (double) LEBAR, h / (double) TINGGI)));
                param.setSourceSubsampling(langkah, langkah, 0, 0);
                BufferedImage asli = r.read(0, param);
                double skala =
                        Math.min(1.0, Math.min(LEBAR / (double) asli.getWidth(), TINGGI / (double) asli.getHeight()));
                int lw = Math.max(1, (int) Math.round(asli.getWidth() * skala));
                int lh = Math.max(1, (int) Math.round(asli.getHeight() * skala));
                BufferedImage kecil = new BufferedImage(lw, lh, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = kecil.createGraphics();
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, lw, lh);
                g.drawImage(asli, 0, 0, lw, lh, null);
                g.dispose();
                ByteArrayOutputStream keluar = new ByteArrayOutputStream();
                ImageIO.write(kecil, "png", keluar);
                return Optional.of(keluar.toByteArray());
            } finally {
                r.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
