package id.pkd.portal.tandatangan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.penyimpanan.DaerahUjiBerkas;
import id.pkd.portal.tenant.TenantId;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.reports.signing.PkiDemo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Trusted roots live only in the database: the old node folder is imported once, audited, and then not read. */
class AkarTepercayaDatabaseTest extends PortalIntegrationTest {

    @Autowired
    private AkarTepercayaService akar;

    @Autowired
    private ImporAkarLama imporLama;

    @Autowired
    private CaDaerahService caDaerah;

    @Autowired
    private DaerahService daerah;

    @Autowired
    private JdbcClient jdbc;

    private static <T> T operator(Supplier<T> kerja) {
        return SebagaiSistem.jalankan(Peran.OPERATOR_PORTAL, null, kerja);
    }

    private static X509Certificate caBaru(String nama) {
        Instant kini = Instant.now();
        byte[] p12 = PkiDemo.buatCa(
                nama, "ca".toCharArray(), kini.minus(Duration.ofDays(1)), kini.plus(Duration.ofDays(30)));
        return PkiDemo.sertifikatCa(p12, "ca".toCharArray());
    }

    private static String pem(X509Certificate c) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(c.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }

    private List<String> jejakAkar(TenantId t, long akarId) {
        return jdbc.sql("SELECT CONCAT(oleh, ' | ', COALESCE(nilai_lama, '-'), ' | ', COALESCE(nilai_baru, '-'))"
                        + " FROM jejak_audit WHERE tenant_id = ? AND jenis_data = 'akar_tepercaya' AND data_id = ?"
                        + " ORDER BY urut")
                .params(t.value(), akarId)
                .query(String.class)
                .list();
    }

    @Test
    void sertifikatDiFolderLamaDiimporSekaliDenganJejak(@TempDir Path dataLama) throws Exception {
        TenantId t = DaerahUjiBerkas.pastikan(daerah, jdbc, "51.04");
        X509Certificate ca = caBaru("CA Folder Lama Uji " + System.nanoTime());
        Path folder = Files.createDirectories(dataLama.resolve("kunci").resolve("tepercaya"));
        Files.writeString(folder.resolve("bsre.pem"), pem(ca));
        Files.writeString(folder.resolve("catatan.txt"), "bukan sertifikat");
        assertThat(akar.jangkar(t.value())).doesNotContain(ca);

        assertThat(imporLama.impor(folder)).isEqualTo(1);

        assertThat(akar.jangkar(t.value())).contains(ca);
        String sidik = AkarTepercayaService.sha256(ca.getEncoded());
        AkarTepercayaService.AkarTerpasang a = operator(akar::daftar).stream()
                .filter(x -> x.sha256().equals(sidik))
                .findFirst()
                .orElseThrow();
        assertThat(a.tenantId()).isNull();
        assertThat(a.demo()).isFalse();
        assertThat(a.dipasangOleh()).isEqualTo("sistem");
        assertThat(a.penerbit()).isEqualTo(ca.getIssuerX500Principal().getName());
        assertThat(a.berlakuSampai()).isEqualTo(ca.getNotAfter().toInstant());
        assertThat(jejakAkar(t, a.id()))
                .singleElement()
                .asString()
                .startsWith("sistem | - | ")
                .contains(a.sha256())
                .contains("diimpor dari kunci/tepercaya/bsre.pem")
                .endsWith("(seluruh portal)");
        // Imported files leave the folder, so a root the operator removes later does not come back; unreadable ones
        // stay for the operator to look at.
        assertThat(folder.resolve("bsre.pem")).doesNotExist();
        assertThat(folder.resolveSibling("tepercaya-diimpor").resolve("bsre.pem"))
                .exists();
        assertThat(folder.resolve("catatan.txt")).exists();
        assertThat(imporLama.impor(folder)).isZero();

        // Removing it is the operator's, audited in every region's trail, and takes its trust away at once.
        operator(() -> {
            akar.hapus(a.id());
            return null;
        });
        assertThat(akar.jangkar(t.value())).doesNotContain(ca);
        assertThat(jejakAkar(t, a.id()))
                .hasSize(2)
                .last()
                .asString()
                .contains(a.sha256())
                .endsWith("| -");
        Files.delete(folder.resolve("catatan.txt"));
        assertThat(imporLama.impor(folder)).isZero();
        assertThat(folder).doesNotExist();
    }

    @Test
    void pasangMenolakBerkasBesarKosongDanGanda() throws Exception {
        TenantId t = DaerahUjiBerkas.pastikan(daerah, jdbc, "51.04");
        assertThat(pesanPasang(t.value(), new byte[AkarTepercayaService.UKURAN_MAKS + 1]))
                .isEqualTo("Berkas sertifikat terlalu besar: paling besar 64 KB.");
        assertThat(pesanPasang(t.value(), new byte[0])).isEqualTo("Berkas sertifikat kosong.");
        assertThat(pesanPasang(t.value(), "-----BEGIN CERTIFICATE-----\nrusak\n".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("Berkas bukan sertifikat X.509 (PEM atau DER).");
        X509Certificate ca = caBaru("CA Daerah Uji Ganda " + System.nanoTime());
        byte[] berkas = pem(ca).getBytes(StandardCharsets.US_ASCII);
        var a = operator(() -> akar.pasang(t.value(), berkas));
        assertThat(pesanPasang(t.value(), ca.getEncoded()))
                .isEqualTo("Sertifikat ini sudah terpasang untuk daerah ini.");
        assertThat(jejakAkar(t, a.id())).singleElement().asString().doesNotContain("seluruh portal");
        // Only the portal operator removes a root.
        assertThatThrownBy(() -> SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, t, () -> {
                    akar.hapus(a.id());
                    return null;
                }))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        operator(() -> {
            akar.hapus(a.id());
            return null;
        });
        assertThat(akar.jangkar(t.value())).doesNotContain(ca);
    }

    @Test
    void akarCaDaerahHanyaPergiBersamaCanya() {
        TenantId t = DaerahUjiBerkas.pastikan(daerah, jdbc, "51.05");
        long akarId = jdbc.sql("SELECT akar_id FROM ca_daerah WHERE tenant_id = ?")
                .param(t.value())
                .query(Long.class)
                .optional()
                .orElseGet(() -> {
                    operator(() -> caDaerah.buat(t.value(), AlgoritmaKunci.EC_P256));
                    return jdbc.sql("SELECT akar_id FROM ca_daerah WHERE tenant_id = ?")
                            .param(t.value())
                            .query(Long.class)
                            .single();
                });
        assertThatThrownBy(() -> operator(() -> {
                    akar.hapus(akarId);
                    return null;
                }))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .extractingByKey("akar")
                        .asString()
                        .contains("akar CA daerah"));
    }

    @Test
    void caDemoDiBasisDataBukanDiDiskNode() {
        // The shared test context seeds demo data into an external database (pkd.demo.seed=true).
        List<byte[]> demo = jdbc.sql("SELECT sertifikat FROM akar_tepercaya WHERE demo AND tenant_id IS NULL"
                        + " AND kunci_demo IS NOT NULL")
                .query(byte[].class)
                .list();
        assertThat(demo).isNotEmpty();
        X509Certificate caDemo = AkarTepercayaService.sertifikat(demo.get(0)).orElseThrow();
        assertThat(akar.jangkarPortal()).contains(caDemo);
        assertThat(operator(akar::daftar))
                .filteredOn(AkarTepercayaService.AkarTerpasang::demo)
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.tenantId()).isNull());
    }

    private String pesanPasang(long tenantId, byte[] berkas) {
        try {
            operator(() -> akar.pasang(tenantId, berkas));
        } catch (IsianTidakSahException e) {
            return e.pesanPerIsian().get("berkas");
        }
        throw new AssertionError("pasang diterima");
    }
}
