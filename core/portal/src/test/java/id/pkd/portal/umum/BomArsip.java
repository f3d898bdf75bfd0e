package id.pkd.portal.umum;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Archives that look like workbooks and expand far beyond what they weigh, built on the fly: the
 * expanded content is streamed through one small buffer into the compressor and never held.
 */
public final class BomArsip {

    private BomArsip() {}

    /** An "XLSX" whose one sheet expands to the given number of megabytes of zeros. */
    public static byte[] xlsx(int megabyte) throws IOException {
        ByteArrayOutputStream hasil = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(hasil)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            tulis(zip, "[Content_Types].xml", "<Types/>");
            tulis(zip, "xl/workbook.xml", "<workbook/>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] nol = new byte[1024 * 1024];
            for (int i = 0; i < megabyte; i++) {
                zip.write(nol);
            }
            zip.closeEntry();
        }
        return hasil.toByteArray();
    }

    /** An "XLSX" of random bytes: hardly compressed, so it is as large as it expands. */
    public static byte[] acak(int megabyte) throws IOException {
        ByteArrayOutputStream hasil = new ByteArrayOutputStream();
        java.util.Random acak = new java.util.Random(11);
        try (ZipOutputStream zip = new ZipOutputStream(hasil)) {
            tulis(zip, "xl/workbook.xml", "<workbook/>");
            zip.putNextEntry(new ZipEntry("xl/media/image1.bin"));
            byte[] buf = new byte[1024 * 1024];
            for (int i = 0; i < megabyte; i++) {
                acak.nextBytes(buf);
                zip.write(buf);
            }
            zip.closeEntry();
        }
        return hasil.toByteArray();
    }

    /** An "XLSX" of many tiny parts. */
    public static byte[] banyakEntri(int jumlah) throws IOException {
        ByteArrayOutputStream hasil = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(hasil)) {
            tulis(zip, "xl/workbook.xml", "<workbook/>");
            for (int i = 0; i < jumlah; i++) {
                tulis(zip, "xl/x" + i + ".xml", "");
            }
        }
        return hasil.toByteArray();
    }

    private static void tulis(ZipOutputStream zip, String nama, String isi) throws IOException {
        zip.putNextEntry(new ZipEntry(nama));
        zip.write(isi.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
