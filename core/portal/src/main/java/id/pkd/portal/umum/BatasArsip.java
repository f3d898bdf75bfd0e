package id.pkd.portal.umum;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Bounds what a ZIP archive (an XLSX is one) expands to, before anything that keeps the expanded
 * parts opens it. A file of a few hundred kilobytes can expand to gigabytes; the archive is
 * inflated once here into a small reused buffer, counting the bytes that really come out (the
 * sizes an archive declares can lie), and refused as soon as a bound is passed.
 */
public final class BatasArsip {

    /** Expanded size of the XLSX that is read into memory (the urusan import). */
    public static final long TERURAI_MAKSIMAL_IMPOR = 50L * 1024 * 1024;

    /** Expanded size of an evidence XLSX, which is only stored: up to 10 MB of real workbook. */
    public static final long TERURAI_MAKSIMAL_BUKTI = 200L * 1024 * 1024;

    public static final int ENTRI_MAKSIMAL = 10_000;

    /**
     * Expanded size over archive size. Workbooks compress about 5–20 times; an archive over this,
     * once past a megabyte, is built to expand.
     */
    public static final int RASIO_MAKSIMAL = 100;

    private static final long AMBANG_RASIO = 1024L * 1024;

    private BatasArsip() {}

    /**
     * @return the reason in Indonesian when the archive expands beyond the bounds; empty when it
     *     stays within them (or cannot be read as a ZIP at all, which the reader then reports)
     */
    public static Optional<String> periksa(byte[] arsip, long teruraiMaksimal) {
        byte[] buf = new byte[64 * 1024];
        long terurai = 0;
        int entri = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(arsip))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (++entri > ENTRI_MAKSIMAL) {
                    return Optional.of("arsip berisi lebih dari " + ENTRI_MAKSIMAL + " bagian.");
                }
                for (int n; (n = baca(zip, buf)) > 0; ) {
                    terurai += n;
                    if (terurai > teruraiMaksimal) {
                        return Optional.of("isi arsip terurai lebih dari " + teruraiMaksimal / (1024 * 1024) + " MB.");
                    }
                    if (terurai > AMBANG_RASIO && terurai > (long) RASIO_MAKSIMAL * arsip.length) {
                        return Optional.of("isi arsip terurai lebih dari " + RASIO_MAKSIMAL
                                + " kali ukuran berkasnya (bom arsip).");
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int baca(InputStream masuk, byte[] buf) throws IOException {
        return masuk.read(buf, 0, buf.length);
    }
}
