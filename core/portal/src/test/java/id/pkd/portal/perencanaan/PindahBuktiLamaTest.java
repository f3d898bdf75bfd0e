package id.pkd.portal.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.penyimpanan.DaerahUjiBerkas;
import id.pkd.portal.penyimpanan.PenyimpananBerkas;
import id.pkd.portal.pertukaran.ImporRencanaService;
import id.pkd.portal.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An installation upgraded from a release that kept evidence on the node's disk loses none of it. */
class PindahBuktiLamaTest extends PortalIntegrationTest {

    @Autowired
    private PindahBuktiLama pindah;

    @Autowired
    private RealisasiService realisasi;

    @Autowired
    private PenyimpananBerkas penyimpanan;

    @Autowired
    private DaerahService daerah;

    @Autowired
    private ImporRencanaService impor;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void buktiDiFolderLamaPindahKePenyimpananSekali(@TempDir Path dataLama) throws Exception {
        long realisasiId = DaerahUjiBerkas.realisasi(daerah, jdbc, impor, "51.03");
        TenantId t = DaerahUjiBerkas.pastikan(daerah, jdbc, "51.03");
        byte[] pdf = ("%PDF-1.4\n% bukti rilis lama " + System.nanoTime()).getBytes(StandardCharsets.US_ASCII);
        BuktiRealisasi bukti =
                sebagai(Peran.OPERATOR, "51.03", () -> realisasi.unggahBukti(realisasiId, "lama.pdf", pdf));
        // As an earlier release left it: the row in the database, the content only in $PKD_DATA_DIR/bukti.
        penyimpanan.hapus(t, RealisasiService.kunciBukti(bukti.sha256()));
        Path folder = dataLama.resolve("bukti");
        Path folderTenant = Files.createDirectories(folder.resolve(Long.toString(t.value())));
        Path berkas = Files.write(folderTenant.resolve(bukti.sha256()), pdf);
        byte[] tanpaBaris = "%PDF-1.4 tak bertuan".getBytes(StandardCharsets.US_ASCII);
        Path yatim = Files.write(folderTenant.resolve(RealisasiService.sha256(tanpaBaris)), tanpaBaris);
        Path rusak =
                Files.write(folderTenant.resolve("0".repeat(64)), "isi tak cocok".getBytes(StandardCharsets.UTF_8));

        PindahBuktiLama.Hasil hasil = pindah.pindahkan(folder);

        assertThat(hasil).isEqualTo(new PindahBuktiLama.Hasil(1, 2));
        assertThat(berkas).doesNotExist();
        assertThat(sebagai(Peran.PENGAMAT, "51.03", () -> realisasi.isiBukti(bukti.id())))
                .isEqualTo(pdf);
        // What no evidence row names, or what does not match its name, is left for the operator to look at.
        assertThat(yatim).exists();
        assertThat(rusak).exists();
        assertThat(penyimpanan.ada(t, RealisasiService.kunciBukti(RealisasiService.sha256(tanpaBaris))))
                .isFalse();

        assertThat(pindah.pindahkan(folder)).isEqualTo(new PindahBuktiLama.Hasil(0, 2));
        Files.delete(yatim);
        Files.delete(rusak);
        assertThat(pindah.pindahkan(folder)).isEqualTo(new PindahBuktiLama.Hasil(0, 0));
        assertThat(folder).doesNotExist();
    }
}
