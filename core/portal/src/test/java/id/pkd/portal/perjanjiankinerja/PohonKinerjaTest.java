package id.pkd.portal.perjanjiankinerja;

import static org.assertj.core.api.Assertions.assertThat;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perjanjiankinerja.IsianSasaranPk.IsianIndikatorPk;
import id.pkd.portal.perjanjiankinerja.SimpulPohon.Tingkat;
import id.pkd.portal.pertukaran.ImporRencanaService;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pohon kinerja of a tenant of its own (12.02): region → agency → Renstra sasaran → head → kepala bidang → JF,
 * the agency filter, and the PNG: it decodes, has a box per node of the model, one column per level.
 */
class PohonKinerjaTest extends PortalIntegrationTest {

    static final String DAERAH = "12.02";
    static final int TAHUN = 2028;

    @Autowired
    PohonKinerjaService pohon;

    @Autowired
    PerjanjianKinerjaService layanan;

    @Autowired
    DaerahService daerah;

    @Autowired
    ImporRencanaService impor;

    @Autowired
    JdbcClient jdbc;

    long id(String sql, Object... param) {
        return jdbc.sql(sql).params(param).query(Long.class).single();
    }

    @Test
    void pohonDariDaerahSampaiJfDanGambarnyaMemuatSetiapKotak() throws Exception {
        long tenant = DaerahUjiPk.pastikan(daerah, impor, jdbc, DAERAH, "admin.uji1202", "POHON.1", "POHON.2")
                .value();
        long pd = id("SELECT id FROM perangkat_daerah WHERE tenant_id = ? AND kode = 'POHON.1'", tenant);
        long kepala = id(
                "SELECT id FROM pejabat WHERE tenant_id = ? AND nip = ?",
                tenant,
                DaerahUjiPk.nip(DaerahUjiPk.NIP_KEPALA, 0));
        long kabid = id(
                "SELECT id FROM pejabat WHERE tenant_id = ? AND nip = ?",
                tenant,
                DaerahUjiPk.nip(DaerahUjiPk.NIP_KABID, 0));
        long jf = id(
                "SELECT id FROM pejabat WHERE tenant_id = ? AND nip = ?",
                tenant,
                DaerahUjiPk.nip(DaerahUjiPk.NIP_JF, 0));
        long renstra = id(
                "SELECT s.id FROM sasaran s JOIN tujuan t ON t.id = s.tujuan_id WHERE s.tenant_id = ? AND t.perangkat_daerah_id = ?",
                tenant,
                pd);
        long iku = id(
                "SELECT id FROM indikator WHERE tenant_id = ? AND perangkat_daerah_id = ? AND kode = 'IKU-1'",
                tenant,
                pd);
        SimpulPohon akar = sebagai(Peran.ADMIN_DAERAH, DAERAH, () -> {
            layanan.simpanPihakKedua(kepala, TAHUN, "H. Bupati Uji", "Bupati Uji");
            long sKepala = layanan.simpanSasaran(
                            kepala,
                            TAHUN,
                            new IsianSasaranPk(
                                    null,
                                    "P-S1",
                                    "Meningkatnya PPKS yang mandiri",
                                    renstra,
                                    List.of(new IsianIndikatorPk(iku, null, null, new BigDecimal("65")))))
                    .sasaran()
                    .getFirst()
                    .id();
            long sKabid = layanan.simpanSasaran(
                            kabid,
                            TAHUN,
                            new IsianSasaranPk(
                                    null,
                                    "PB-S1",
                                    "Meningkatnya rehabilitasi sosial",
                                    sKepala,
                                    List.of(new IsianIndikatorPk(
                                            null, "PPKS direhabilitasi", "orang", new BigDecimal("120")))))
                    .sasaran()
                    .getFirst()
                    .id();
            layanan.simpanSasaran(
                    jf,
                    TAHUN,
                    new IsianSasaranPk(
                            null,
                            "PJ-S1",
                            "Terlaksananya bimbingan sosial",
                            sKabid,
                            List.of(new IsianIndikatorPk(
                                    null, "Keluarga dibimbing", "keluarga", new BigDecimal("20")))));
            return pohon.pohon(TAHUN, pd);
        });

        assertThat(akar.semua())
                .extracting(SimpulPohon::tingkat)
                .containsExactly(
                        Tingkat.DAERAH,
                        Tingkat.PERANGKAT_DAERAH,
                        Tingkat.SASARAN_RENSTRA,
                        Tingkat.KEPALA,
                        Tingkat.ESELON,
                        Tingkat.JF);
        assertThat(akar.judul()).isEqualTo("Daerah uji yang sejahtera");
        assertThat(akar.semua().get(2).indikator()).containsExactly("Persentase PPKS yang tertangani: 65 %");
        assertThat(akar.semua().get(4).judul()).isEqualTo("PB-S1 Meningkatnya rehabilitasi sosial");
        assertThat(akar.semua().get(4).indikator()).containsExactly("PPKS direhabilitasi: 120 orang");
        assertThat(akar.semua().get(5).pemilik()).isEqualTo("Penyuluh Sosial Ahli Muda – Penyuluh POHON.1");
        assertThat(GambarPohon.kotak(akar)).hasSize(6).doesNotContainNull();

        // without the filter every agency is there: the second has its Renstra but no agreement yet
        SimpulPohon semua = sebagai(Peran.PENGAMAT, DAERAH, () -> pohon.pohon(TAHUN, null));
        assertThat(semua.anak())
                .extracting(SimpulPohon::judul)
                .containsExactly("Dinas Uji POHON.1", "Dinas Uji POHON.2");
        assertThat(semua.semua()).hasSize(8);

        byte[] png = sebagai(Peran.PENGAMAT, DAERAH, () -> pohon.png(TAHUN, pd));
        BufferedImage gambar = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(gambar).isNotNull();
        assertThat(gambar.getWidth())
                .as("one column per level")
                .isEqualTo(GambarPohon.TEPI * 2 + 6 * (GambarPohon.LEBAR + GambarPohon.JARAK_X) - GambarPohon.JARAK_X);
        assertThat(gambar.getHeight()).isPositive();
        // each box is filled with its level's colour: the JF box (last column) is drawn
        var jfKotak = GambarPohon.kotak(akar).get(5);
        assertThat(gambar.getRGB(jfKotak.x() + GambarPohon.LEBAR / 2, jfKotak.y() + 3 + GambarPohon.TEPI + 30)
                        & 0xFFFFFF)
                .isEqualTo(0xFFF3C4);
    }
}
