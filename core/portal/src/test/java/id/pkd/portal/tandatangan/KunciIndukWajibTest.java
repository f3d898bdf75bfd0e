package id.pkd.portal.tandatangan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.pkd.portal.PortalApplication;
import id.pkd.portal.TestMariaDb;
import id.pkd.portal.database.MulaiDitolakException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;

/**
 * A node of a real installation started without {@code PKD_KUNCI_INDUK} refuses to start instead of generating a
 * key of its own, which no other node could open (issue 15). Runs in the konteks-sendiri execution.
 */
class KunciIndukWajibTest {

    @Test
    void tanpaKunciIndukDiLuarModeDemoPortalMenolakDijalankanDenganAlasannya() throws Exception {
        Path dataDir = Path.of("target", "kunci-induk-ditolak").toAbsolutePath();
        TestMariaDb db = TestMariaDb.get();
        // Command-line arguments rank above the environment: a PKD_KUNCI_INDUK or PKD_DEMO set on the machine
        // running the test does not change what is tested.
        Throwable gagal = catchThrowable(() -> new SpringApplicationBuilder(PortalApplication.class)
                .run(
                        "--spring.datasource.url=" + db.jdbcUrl(),
                        "--spring.datasource.username=" + db.user(),
                        "--spring.datasource.password=" + db.password(),
                        "--pkd.kunci-induk=",
                        "--pkd.demo=false",
                        "--pkd.demo.seed=false",
                        "--server.port=0",
                        "--pkd.data-dir=" + dataDir,
                        "--pkd.plugins-dir=target/plugins"));

        assertThat(gagal).isNotNull();
        Throwable akar = NestedExceptionUtils.getMostSpecificCause(gagal);
        assertThat(akar)
                .isInstanceOf(MulaiDitolakException.class)
                .hasMessageContaining("Portal tidak dijalankan: kunci induk belum dikonfigurasi")
                .hasMessageContaining("PKD_KUNCI_INDUK kosong");
        assertThat(((MulaiDitolakException) akar).tindakan()).contains("PKD_KUNCI_INDUK", "SAMA di setiap node");
        // No key of this node's own was written.
        assertThat(Files.exists(dataDir.resolve("kunci/kunci-induk"))).isFalse();
    }
}
