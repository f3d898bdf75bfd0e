package id.pkd.portal.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.pkd.portal.PortalApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.NestedExceptionUtils;

/**
 * A production start fails closed: with no datasource and without {@code PKD_DEMO=true} the portal does not come
 * up on the embedded demo database (known passwords, read-write demo tokens) but stops with the reason.
 */
class MulaiTanpaBasisDataTest {

    @Test
    void tanpaBasisDataDanTanpaModeDemoPortalMenolakDijalankanDenganAlasannya() throws Exception {
        Path dataDir = Path.of("target", "mulai-ditolak").toAbsolutePath();
        // Command-line arguments rank above the environment, so a PKD_DEMO or SPRING_DATASOURCE_URL set on the
        // machine running the test does not change what is tested.
        Throwable gagal = catchThrowable(() -> new SpringApplicationBuilder(PortalApplication.class)
                .run(
                        "--spring.datasource.url=",
                        "--pkd.demo.aktif=false",
                        "--server.port=0",
                        "--pkd.data-dir=" + dataDir,
                        "--pkd.plugins-dir=target/plugins"));

        assertThat(gagal).isNotNull();
        Throwable akar = NestedExceptionUtils.getMostSpecificCause(gagal);
        assertThat(akar)
                .isInstanceOf(MulaiDitolakException.class)
                .hasMessageContaining("Portal tidak dijalankan: basis data belum dikonfigurasi")
                .hasMessageContaining("SPRING_DATASOURCE_URL kosong")
                .hasMessageContaining("PKD_DEMO bukan true");
        // What Spring Boot prints instead of a stack trace: the reason and what to do.
        FailureAnalysis laporan = new MulaiDitolakFailureAnalyzer().analyze(gagal);
        assertThat(laporan.getDescription()).startsWith("Portal tidak dijalankan");
        assertThat(laporan.getAction())
                .contains("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_PASSWORD", "PKD_DEMO=true");
        // Refused before anything ran: no embedded database was created.
        assertThat(Files.exists(dataDir.resolve("mariadb"))).isFalse();
    }
}
