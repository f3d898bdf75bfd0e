package id.pkd.portal.duafaktor;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/** The enrolment URI as a QR code, drawn to PNG on the server: the secret goes to no other site. */
final class KodeQr {

    private static final int UKURAN = 240;

    private KodeQr() {}

    static byte[] png(String isi) {
        try {
            BitMatrix m = new QRCodeWriter()
                    .encode(
                            isi,
                            BarcodeFormat.QR_CODE,
                            UKURAN,
                            UKURAN,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            BufferedImage gambar = new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    gambar.setRGB(x, y, m.get(x, y) ? 0x000000 : 0xffffff);
                }
            }
            ByteArrayOutputStream keluar = new ByteArrayOutputStream();
            ImageIO.write(gambar, "png", keluar);
            return keluar.toByteArray();
        } catch (WriterException e) {
            throw new IllegalStateException("Kode QR tidak dapat dibuat", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
