package id.pkd.portal.dokumen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.umum.ValidasiGagalException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 11's logo walk-through: a PNG of under a kilobyte whose header declares 30000×30000
 * pixels (gigabytes once decoded) is refused by its header, at the field, before any decoding, and
 * the region's logo stays what it was.
 */
class LogoDaerahTest extends PortalIntegrationTest {

    /** A region of this test's own, for logos planted directly in the database. */
    static final String KODE_WILAYAH = "71.11";

    @Autowired
    LogoDaerahService logo;

    @Autowired
    JdbcClient jdbc;

    @Test
    void logoRaksasaYangTerlanjurTersimpanTidakDiuraiSampul() throws Exception {
        long t = tenantUji();
        tanam(t, pngMenyatakan(30_000, 30_000));
        assertThat(sebagai(Peran.ADMIN_DAERAH, KODE_WILAYAH, logo::logo)).isEmpty();
        ByteArrayOutputStream biasa = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB), "png", biasa);
        tanam(t, biasa.toByteArray());
        assertThat(sebagai(Peran.ADMIN_DAERAH, KODE_WILAYAH, logo::logo)).hasValue(biasa.toByteArray());
    }

    private long tenantUji() {
        jdbc.sql("INSERT IGNORE INTO tenant (kode_wilayah, nama, jenis, dibuat_pada)"
                        + " VALUES (?, 'Kabupaten Uji Logo', 'KABUPATEN', NOW(3))")
                .param(KODE_WILAYAH)
                .update();
        return tenant(KODE_WILAYAH).value();
    }

    private void tanam(long tenant, byte[] isi) {
        jdbc.sql("REPLACE INTO logo_daerah (tenant_id, jenis, isi, diubah_oleh, diubah_pada)"
                        + " VALUES (?, 'image/png', ?, 'uji', NOW(3))")
                .params(tenant, isi)
                .update();
    }

    @Test
    void pngYangMenyatakan30000x30000DitolakSebelumDiurai() throws Exception {
        byte[] bom = pngMenyatakan(30_000, 30_000);
        assertThat(bom.length).isLessThan(1024);
        assertThat(LogoDaerahService.ukuran(bom)).containsExactly(30_000, 30_000);

        Optional<byte[]> sebelum = sebagai(Peran.ADMIN_DAERAH, "63.11", logo::logo);
        ValidasiGagalException e = catchThrowableOfType(
                ValidasiGagalException.class,
                () -> sebagai(Peran.ADMIN_DAERAH, "63.11", () -> {
                    logo.simpan(bom);
                    return null;
                }));
        assertThat(e).isNotNull();
        assertThat(e.kesalahan()).singleElement().satisfies(k -> {
            assertThat(k.path()).isEqualTo("logo");
            assertThat(k.pesan()).isEqualTo("Gambar logo terlalu besar: 30000×30000 piksel, paling besar 4000×4000.");
        });
        Optional<byte[]> sesudah = sebagai(Peran.ADMIN_DAERAH, "63.11", logo::logo);
        assertThat(sesudah.map(Arrays::hashCode)).isEqualTo(sebelum.map(Arrays::hashCode));
    }

    @Test
    void satuSisiSajaYangTerlaluPanjangJugaDitolak() throws Exception {
        byte[] pita = pngMenyatakan(4001, 40);
        ValidasiGagalException e = catchThrowableOfType(
                ValidasiGagalException.class,
                () -> sebagai(Peran.ADMIN_DAERAH, "63.11", () -> {
                    logo.simpan(pita);
                    return null;
                }));
        assertThat(e.kesalahan().get(0).pesan()).startsWith("Gambar logo terlalu besar: 4001×40 piksel");
    }

    @Test
    void ukuranLogoBiasaTerbacaDariKepalanya() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "png", png);
        assertThat(LogoDaerahService.ukuran(png.toByteArray())).containsExactly(400, 300);
        ByteArrayOutputStream jpg = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(120, 90, BufferedImage.TYPE_INT_RGB), "jpg", jpg);
        assertThat(LogoDaerahService.ukuran(jpg.toByteArray())).containsExactly(120, 90);
    }

    /** A valid PNG header declaring the size, with a tiny (truncated) compressed image. */
    static byte[] pngMenyatakan(int lebar, int tinggi) throws IOException {
        ByteArrayOutputStream isi = new ByteArrayOutputStream();
        isi.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(ihdr);
        d.writeInt(lebar);
        d.writeInt(tinggi);
        d.writeByte(8); // bit depth
        d.writeByte(2); // RGB
        d.writeByte(0);
        d.writeByte(0);
        d.writeByte(0);
        potongan(isi, "IHDR", ihdr.toByteArray());
        Deflater kempa = new Deflater();
        kempa.setInput(new byte[64 * 1024]);
        kempa.finish();
        byte[] data = new byte[1024];
        int n = kempa.deflate(data);
        potongan(isi, "IDAT", Arrays.copyOf(data, n));
        potongan(isi, "IEND", new byte[0]);
        return isi.toByteArray();
    }

    private static void potongan(ByteArrayOutputStream keluar, String jenis, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(keluar);
        d.writeInt(data.length);
        byte[] nama = jenis.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        d.write(nama);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(nama);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }
}
