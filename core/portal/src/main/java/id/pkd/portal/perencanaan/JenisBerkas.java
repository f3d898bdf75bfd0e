package id.pkd.portal.perencanaan;

import id.pkd.portal.umum.BatasArsip;
import id.pkd.portal.umum.PengaturanPkd;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.util.unit.DataSize;

/**
 * The evidence file types the portal accepts, recognised by their content: a renamed file is
 * whatever its bytes say, not what its name claims.
 */
public enum JenisBerkas {
    PDF("application/pdf", ".pdf"),
    JPEG("image/jpeg", ".jpg", ".jpeg"),
    PNG("image/png", ".png"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");

    private final String mimeType;
    private final String[] ekstensi;

    JenisBerkas(String mimeType, String... ekstensi) {
        this.mimeType = mimeType;
        this.ekstensi = ekstensi;
    }

    public String mimeType() {
        return mimeType;
    }

    /** The type the bytes are, if any accepted type. */
    public static Optional<JenisBerkas> kenali(byte[] isi) {
        if (diawali(isi, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        if (diawali(isi, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (diawali(isi, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (diawali(isi, 'P', 'K', 3, 4) && arsipExcel(isi)) {
            return Optional.of(XLSX);
        }
        return Optional.empty();
    }

    /** The type a file name claims, by its extension. */
    public static Optional<JenisBerkas> menurutNama(String namaBerkas) {
        String nama = namaBerkas == null ? "" : namaBerkas.toLowerCase();
        return Arrays.stream(values())
                .filter(j -> Arrays.stream(j.ekstensi).anyMatch(nama::endsWith))
                .findFirst();
    }

    /**
     * Checks an upload and returns its type, or the Indonesian reason it is refused: too big, not
     * an accepted type, or content that is not what the name says.
     */
    public static JenisBerkas periksa(String namaBerkas, byte[] isi, DataSize batas) {
        if (isi.length == 0) {
            throw new BerkasDitolakException("Berkas \"" + namaBerkas + "\" kosong.");
        }
        if (isi.length > batas.toBytes()) {
            throw new BerkasDitolakException(
                    "Berkas \"" + namaBerkas + "\" lebih besar dari " + PengaturanPkd.teks(batas) + ".");
        }
        Optional<JenisBerkas> menurutNama = menurutNama(namaBerkas);
        if (menurutNama.isEmpty()) {
            throw new BerkasDitolakException(
                    "Berkas \"" + namaBerkas + "\" tidak diterima: hanya PDF, JPEG, PNG atau XLSX.");
        }
        if (diawali(isi, 'P', 'K', 3, 4)) {
            // Before the workbook check walks the entries: what they expand to is bounded first.
            BatasArsip.periksa(isi, BatasArsip.TERURAI_MAKSIMAL_BUKTI).ifPresent(alasan -> {
                throw new BerkasDitolakException("Berkas \"" + namaBerkas + "\" ditolak: " + alasan);
            });
        }
        JenisBerkas sebenarnya = kenali(isi)
                .orElseThrow(() -> new BerkasDitolakException("Isi berkas \"" + namaBerkas + "\" bukan "
                        + menurutNama.get().name() + " seperti namanya; berkas ditolak."));
        if (sebenarnya != menurutNama.get()) {
            throw new BerkasDitolakException("Isi berkas \"" + namaBerkas + "\" adalah " + sebenarnya.name()
                    + ", bukan " + menurutNama.get().name() + " seperti namanya; berkas ditolak.");
        }
        return sebenarnya;
    }

    private static boolean diawali(byte[] isi, int... tanda) {
        if (isi.length < tanda.length) {
            return false;
        }
        for (int i = 0; i < tanda.length; i++) {
            if ((isi[i] & 0xFF) != tanda[i]) {
                return false;
            }
        }
        return true;
    }

    /** A ZIP is a spreadsheet only if it carries the OOXML workbook part. */
    private static boolean arsipExcel(byte[] isi) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(isi))) {
            ZipEntry entri;
            while ((entri = zip.getNextEntry()) != null) {
                if (entri.getName().equals("xl/workbook.xml")) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /** An evidence file refused at upload, with the reason in Indonesian. */
    public static class BerkasDitolakException extends RuntimeException {
        public BerkasDitolakException(String pesan) {
            super(pesan);
        }
    }
}
