package id.pkd.portal.dokumen;

import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.BolehBaca;
import id.pkd.portal.umum.PengaturanPkd;
import id.pkd.portal.umum.ValidasiGagalException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/** The region's logo printed on the document covers, uploaded by the tenant admin. */
@Service
class LogoDaerahService {

    private static final Logger log = LoggerFactory.getLogger(LogoDaerahService.class);

    /**
     * Widest and tallest logo accepted. A compressed file of a megabyte can declare 30000×30000 pixels,
     * which decodes to gigabytes on every cover that prints it; a cover needs a few hundred.
     */
    static final int SISI_MAKSIMAL = 4000;

    private final JdbcClient jdbc;
    private final Clock jam;
    private final DataSize batas;

    LogoDaerahService(JdbcClient jdbc, Clock jam, PengaturanPkd pengaturan) {
        this.jdbc = jdbc;
        this.jam = jam;
        this.batas = pengaturan.unggah().logo();
    }

    /** The largest logo file accepted ({@code pkd.unggah.logo}). */
    DataSize batas() {
        return batas;
    }

    /**
     * The stored logo, unless it is larger than {@link #SISI_MAKSIMAL}: one stored before the bound
     * existed would otherwise be decoded on every cover, so the covers fall back to the seal until
     * the admin uploads it again.
     */
    @BolehBaca
    @Transactional(readOnly = true)
    public Optional<byte[]> logo() {
        return jdbc.sql("SELECT isi FROM logo_daerah WHERE tenant_id = :t")
                .param("t", TenantContext.wajib().value())
                .query((rs, n) -> rs.getBytes(1))
                .optional()
                .filter(LogoDaerahService::dalamBatas);
    }

    private static boolean dalamBatas(byte[] isi) {
        try {
            int[] ukuran = ukuran(isi);
            if (ukuran != null && (ukuran[0] > SISI_MAKSIMAL || ukuran[1] > SISI_MAKSIMAL)) {
                log.warn(
                        "Logo daerah tersimpan {}×{} piksel melampaui batas {}; sampul memakai segel pengganti",
                        ukuran[0],
                        ukuran[1],
                        SISI_MAKSIMAL);
                return false;
            }
            return true;
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * Checks the content, not the file name: PNG or JPEG by its signature, at most {@code pkd.unggah.logo}, at most
     * {@value #SISI_MAKSIMAL} pixels a side by its header (before decoding), and an image that
     * actually decodes.
     */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public void simpan(byte[] isi) {
        String jenis = jenis(isi);
        if (isi.length > batas.toBytes()) {
            throw ValidasiGagalException.pada(
                    "logo", "Logo terlalu besar: paling besar " + PengaturanPkd.teks(batas) + ".");
        }
        if (jenis == null) {
            throw ValidasiGagalException.pada("logo", "Logo harus berupa gambar PNG atau JPEG.");
        }
        try {
            int[] ukuran = ukuran(isi);
            if (ukuran != null && (ukuran[0] > SISI_MAKSIMAL || ukuran[1] > SISI_MAKSIMAL)) {
                throw ValidasiGagalException.pada(
                        "logo",
                        "Gambar logo terlalu besar: " + ukuran[0] + "×" + ukuran[1] + " piksel, paling besar "
                                + SISI_MAKSIMAL + "×" + SISI_MAKSIMAL + ".");
            }
            BufferedImage gambar = ImageIO.read(new ByteArrayInputStream(isi));
            if (gambar == null || gambar.getWidth() < 32 || gambar.getHeight() < 32) {
                throw ValidasiGagalException.pada(
                        "logo", "Gambar logo tidak terbaca atau terlalu kecil (minimal 32×32).");
            }
        } catch (IOException e) {
            throw ValidasiGagalException.pada("logo", "Gambar logo tidak terbaca.");
        }
        jdbc.sql(
                        "INSERT INTO logo_daerah (tenant_id, jenis, isi, diubah_oleh, diubah_pada) VALUES (:t, :j, :isi, :o, :p)"
                                + " ON DUPLICATE KEY UPDATE jenis = VALUES(jenis), isi = VALUES(isi),"
                                + " diubah_oleh = VALUES(diubah_oleh), diubah_pada = VALUES(diubah_pada)")
                .param("t", TenantContext.wajib().value())
                .param("j", jenis)
                .param("isi", isi)
                .param("o", JejakAuditService.pelaku())
                .param("p", java.sql.Timestamp.from(jam.instant()))
                .update();
    }

    /**
     * Width and height as the image's header declares them, read without decoding the pixels, so a
     * file that would expand to gigabytes is measured before any memory is spent on it; null when no
     * reader knows the format.
     */
    static int[] ukuran(byte[] isi) throws IOException {
        try (ImageInputStream masuk = ImageIO.createImageInputStream(new ByteArrayInputStream(isi))) {
            Iterator<ImageReader> pembaca = masuk == null ? null : ImageIO.getImageReaders(masuk);
            if (pembaca == null || !pembaca.hasNext()) {
                return null;
            }
            ImageReader r = pembaca.next();
            try {
                r.setInput(masuk, true, true);
                return new int[] {r.getWidth(0), r.getHeight(0)};
            } finally {
                r.dispose();
            }
        }
    }

    static String jenis(byte[] isi) {
        if (isi == null || isi.length < 8) {
            return null;
        }
        if ((isi[0] & 0xFF) == 0x89 && isi[1] == 'P' && isi[2] == 'N' && isi[3] == 'G') {
            return "image/png";
        }
        if ((isi[0] & 0xFF) == 0xFF && (isi[1] & 0xFF) == 0xD8 && (isi[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        return null;
    }
}
