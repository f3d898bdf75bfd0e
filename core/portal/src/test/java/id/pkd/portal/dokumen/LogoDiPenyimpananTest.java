package id.pkd.portal.dokumen;

import static org.assertj.core.api.Assertions.assertThat;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.penyimpanan.DaerahUjiBerkas;
import id.pkd.portal.penyimpanan.PenyimpananBerkas;
import id.pkd.portal.tenant.TenantId;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A region's logo is kept in the file store like evidence; a logo an earlier release kept in its row moves there. */
class LogoDiPenyimpananTest extends PortalIntegrationTest {

    @Autowired
    private LogoDaerahService logo;

    @Autowired
    private PindahLogoLama pindah;

    @Autowired
    private PenyimpananBerkas penyimpanan;

    @Autowired
    private DaerahService daerah;

    @Autowired
    private JdbcClient jdbc;

    private static byte[] png(Color warna) throws IOException {
        BufferedImage gambar = new BufferedImage(48, 48, BufferedImage.TYPE_INT_RGB);
        var g = gambar.createGraphics();
        g.setColor(warna);
        g.fillRect(0, 0, 48, 48);
        g.dispose();
        ByteArrayOutputStream isi = new ByteArrayOutputStream();
        ImageIO.write(gambar, "png", isi);
        return isi.toByteArray();
    }

    private byte[] isiKolom(TenantId t) {
        return jdbc.sql("SELECT isi FROM logo_daerah WHERE tenant_id = ?")
                .param(t.value())
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getBytes(1)))
                .single()
                .orElse(null);
    }

    @Test
    void logoDiunggahKePenyimpananDanLogoLamaDipindahkan() throws Exception {
        TenantId t = DaerahUjiBerkas.pastikan(daerah, jdbc, "51.06");
        byte[] hijau = png(Color.GREEN);
        SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, t, () -> {
            logo.simpan(hijau);
            return null;
        });
        assertThat(isiKolom(t)).isNull();
        assertThat(penyimpanan.baca(t, LogoDaerahService.KUNCI)).hasValue(hijau);
        assertThat(SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, t, logo::logo)).hasValue(hijau);

        // As an earlier release left it: the content in the row.
        byte[] biru = png(Color.BLUE);
        jdbc.sql("UPDATE logo_daerah SET isi = ? WHERE tenant_id = ?")
                .params(biru, t.value())
                .update();
        assertThat(SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, t, logo::logo)).hasValue(biru);

        assertThat(pindah.pindahkan()).isPositive();

        assertThat(isiKolom(t)).isNull();
        assertThat(penyimpanan.baca(t, LogoDaerahService.KUNCI)).hasValue(biru);
        assertThat(SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, t, logo::logo)).hasValue(biru);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM logo_daerah WHERE tenant_id = ? AND isi IS NOT NULL")
                        .param(t.value())
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
