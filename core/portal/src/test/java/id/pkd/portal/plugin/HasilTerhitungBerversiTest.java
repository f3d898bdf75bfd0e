package id.pkd.portal.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.pengguna.Peran;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A computed indicator is kept under the tenant's urusan version (issue 16): measured again on unchanged data the
 * plugin is not run again (no hand-off to its threads), a new version of the data runs it afresh, and a run that
 * failed is not kept, so the next page asks the plugin again. The plugin is a real jar whose calculator counts its
 * calls in a system property (its class loader is its own, the JVM's properties are shared) and fails on the first.
 */
class HasilTerhitungBerversiTest extends PortalIntegrationTest {

    static final String HITUNGAN = "pkd.uji.hitungan-berversi";

    @Autowired
    ApplicationContext konteks;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path direktori;

    @Test
    void hasilDisimpanMenurutVersiDataUrusanKecualiYangGagal() throws Exception {
        System.clearProperty(HITUNGAN);
        try (PluginMelemparUji.Terpasang plugin = PluginMelemparUji.pasang(
                direktori,
                konteks,
                "uji.berversi",
                """
                int n = Integer.getInteger("%s", 0) + 1;
                System.setProperty("%s", String.valueOf(n));
                if (n == 1) {
                    throw new IllegalStateException("gagal sekali");
                }
                return Optional.of(new Hasil(java.math.BigDecimal.valueOf(n), java.math.BigDecimal.TEN,
                        java.math.BigDecimal.valueOf(100)));
                """
                        .formatted(HITUNGAN, HITUNGAN),
                konteks.getBean(PelaksanaPlugin.class))) {
            HasilIndikatorTerhitung gagal = hitung(plugin);
            assertThat(gagal.terhitung()).isFalse();
            assertThat(Integer.getInteger(HITUNGAN)).isEqualTo(1);

            HasilIndikatorTerhitung kedua = hitung(plugin);
            assertThat(kedua.terhitung()).as("a failure is not kept").isTrue();
            assertThat(kedua.pembilang()).isEqualByComparingTo(BigDecimal.valueOf(2));
            assertThat(Integer.getInteger(HITUNGAN)).isEqualTo(2);

            assertThat(hitung(plugin)).as("unchanged data: kept").isEqualTo(kedua);
            assertThat(hitung(plugin)).isEqualTo(kedua);
            assertThat(Integer.getInteger(HITUNGAN)).isEqualTo(2);

            // Any write of a plugin's rows or of the enabled plugins moves this version (triggers, V43).
            jdbc.sql("UPDATE versi_data SET urusan = UUID_SHORT() WHERE tenant_id = ?")
                    .param(tenant("63.11").value())
                    .update();
            HasilIndikatorTerhitung baru = hitung(plugin);
            assertThat(baru.pembilang()).isEqualByComparingTo(BigDecimal.valueOf(3));
            assertThat(Integer.getInteger(HITUNGAN)).isEqualTo(3);
        } finally {
            System.clearProperty(HITUNGAN);
        }
    }

    private HasilIndikatorTerhitung hitung(PluginMelemparUji.Terpasang plugin) {
        return sebagai(Peran.PENGAMAT, "63.11", () -> plugin.data().hitung("urusan-sosial/ppks-tertangani", 2022))
                .orElseThrow();
    }
}
