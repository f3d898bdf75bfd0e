package id.pkd.portal.plugin;

import id.pkd.portal.umum.PengaturanPkd;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.context.ApplicationContext;

/**
 * A real plugin jar posing as "urusan-sosial" whose calculator for ppks-tertangani never answers: it sleeps and
 * ignores every interruption, as a plugin stuck in a loop would. Run with its own time limit.
 */
public final class PluginMenggantungUji {

    /** The service over the hanging plugin; closing stops its plugin portal and its pool. */
    public record Terpasang(DataUrusanService data, PluginPortal portal, PelaksanaPlugin pelaksana)
            implements AutoCloseable {
        @Override
        public void close() {
            pelaksana.hentikan();
            portal.hentikan();
        }
    }

    private PluginMenggantungUji() {}

    public static Terpasang pasang(Path direktori, ApplicationContext konteks, Duration batasWaktu) throws Exception {
        PelaksanaPlugin pelaksana = new PelaksanaPlugin(new PengaturanPkd.Plugin(batasWaktu, 2, 32));
        PluginMelemparUji.Terpasang t = PluginMelemparUji.pasang(
                direktori,
                konteks,
                "uji.menggantung",
                """
                while (true) {
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        // Deaf to cancellation: only the portal's time limit can keep the caller going.
                    }
                }
                """,
                pelaksana);
        return new Terpasang(t.data(), t.portal(), pelaksana);
    }
}
