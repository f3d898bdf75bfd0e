package id.pkd.portal.dokumen;

import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.penyimpanan.PenyimpananBerkas;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.tenant.TenantId;
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

/**
 * The region's logo printed on the document covers, uploaded by the tenant admin. Its content is in the file store
 * (key {@value #KUNCI}); table logo_daerah keeps its type and who changed it, and, until {@link PindahLogoLama} has
 * moved it at start, the content an earlier release stored there.
 */
@Service
class LogoDaerahService {

    private static final Logger log = LoggerFactory.getLogger(LogoDaerahService.class);

    /**
     * Widest and tallest logo accepted. A compressed file of a megabyte can declare 30000×30000 pixels,
     * which decodes to gigabytes on every cover that prints it; a cover needs a few hundred.
     */
    static final int SISI_MAKSIMAL = 4000;

    static final String KUNCI = "logo";

    private final JdbcClient jdbc;
    private final PenyimpananBerkas penyimpanan;
    private final Clock jam;
    private final DataSize batas;

    LogoDaerahService(JdbcClient jdbc, PenyimpananBerkas penyimpanan, Clock jam, PengaturanPkd pengaturan) {
        this.jdbc = jdbc;
        this.penyimpanan = penyimpanan;
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
        TenantId tenant = TenantContext.wajib();
        // A row whose content is still in the table has not been moved yet; an empty one points to the store.
        return jdbc.sql("SELECT isi FROM logo_daerah WHERE tenant_id = :t")
                .param("t", tenant.value())
                .query((rs, n) -> Optional.ofNullable(rs.getBytes(1)))
                .optional()
                .flatMap(isi -> isi.isPresent() ? isi : penyimpanan.baca(tenant, KUNCI))
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
        TenantId tenant = TenantContext.wajib();
        // The row first: its lock orders this upload after a start-up move of the old content, whatever the store.
        jdbc.sql(
                        "INSERT INTO logo_daerah (tenant_id, jenis, isi, diubah_oleh, diubah_pada) VALUES (:t, :j, NULL, :o, :p)"
                                + " ON DUPLICATE KEY UPDATE jenis = VALUES(jenis), isi = NULL,"
                                + " diubah_oleh = VALUES(diubah_oleh), diubah_pada = VALUES(diubah_pada)")
                .param("t", tenant.value())
                .param("j", jenis)
                .param("o", JejakAuditService.pelaku())
                .param("p", java.sql.Timestamp.from(jam.instant()))
                .update();
        penyimpanan.simpan(tenant, KUNCI, isi);
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
