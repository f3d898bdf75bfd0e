package id.pkd.portal.dokumen;

import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.BolehBaca;
import id.pkd.portal.umum.ValidasiGagalException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The region's logo printed on the document covers, uploaded by the tenant admin. */
@Service
class LogoDaerahService {

    static final int UKURAN_MAKSIMAL = 1024 * 1024;

    private final JdbcClient jdbc;
    private final Clock jam;

    LogoDaerahService(JdbcClient jdbc, Clock jam) {
        this.jdbc = jdbc;
        this.jam = jam;
    }

    @BolehBaca
    @Transactional(readOnly = true)
    public Optional<byte[]> logo() {
        return jdbc.sql("SELECT isi FROM logo_daerah WHERE tenant_id = :t")
                .param("t", TenantContext.wajib().value())
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    /**
     * Checks the content, not the file name: PNG or JPEG by its signature, at most 1 MB, and an
     * image that actually decodes.
     */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public void simpan(byte[] isi) {
        String jenis = jenis(isi);
        if (isi.length > UKURAN_MAKSIMAL) {
            throw ValidasiGagalException.pada("logo", "Logo terlalu besar: paling besar 1 MB.");
        }
        if (jenis == null) {
            throw ValidasiGagalException.pada("logo", "Logo harus berupa gambar PNG atau JPEG.");
        }
        try {
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
