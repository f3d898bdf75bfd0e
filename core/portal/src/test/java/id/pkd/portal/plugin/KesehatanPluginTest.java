package id.pkd.portal.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** Readiness of the plugins, with the real plugin jars loaded from a folder (issue 15). */
class KesehatanPluginTest {

    @TempDir
    Path direktori;

    @Test
    void pluginYangBerjalanSemuaDanArsipBukanPluginTidakMengeluarkanNode() throws IOException {
        salinPluginAsli();
        Files.write(direktori.resolve("rusak.jar"), "ini bukan arsip jar".getBytes());
        PluginPortal portal = new PluginPortal(direktori.toString());

        Health h = new KesehatanPlugin(portal).health();

        assertThat(h.getStatus()).isEqualTo(Status.UP);
        assertThat(h.getDetails())
                .containsEntry("berjalan", List.of("urusan-sosial", "urusan-pppa", "urusan-pmd"))
                .containsEntry("arsipBukanPlugin", List.of("rusak.jar"))
                .doesNotContainKey("gagal");
        portal.hentikan();
    }

    @Test
    void pluginYangDimuatTetapiTidakBerjalanMembuatNodeTidakSiap() throws IOException {
        salinPluginAsli();
        PluginPortalTest.tulisUlangManifest(
                PluginPortalTest.PLUGINS.resolve("pkd-plugin-sosial.jar"),
                direktori.resolve("masa-depan.jar"),
                "urusan-masa-depan",
                ">=2.0.0 & <3.0.0");
        PluginPortal portal = new PluginPortal(direktori.toString());

        Health h = new KesehatanPlugin(portal).health();

        assertThat(h.getStatus()).isEqualTo(Status.DOWN);
        assertThat(h.getDetails()).containsKey("gagal");
        @SuppressWarnings("unchecked")
        Map<String, String> gagal = (Map<String, String>) h.getDetails().get("gagal");
        assertThat(gagal).containsOnlyKeys("urusan-masa-depan");
        assertThat(gagal.get("urusan-masa-depan")).startsWith("Versi API tidak cocok");
        portal.hentikan();
    }

    @Test
    void migrasiTerbaruPluginDibacaDariArsipnya() throws Exception {
        PluginUji.buat(
                direktori,
                "urusan-uji-versi",
                "jumlah(uji.nilai)",
                Map.of(
                        "db/urusan/V1__awal.sql",
                        "CREATE TABLE urusan_uji_versi_a (id BIGINT PRIMARY KEY, tenant_id BIGINT NOT NULL);",
                        "db/urusan/V2_1__kedua.sql",
                        "CREATE TABLE urusan_uji_versi_b (id BIGINT PRIMARY KEY, tenant_id BIGINT NOT NULL);",
                        "db/urusan/V10__ketiga.sql",
                        "CREATE TABLE urusan_uji_versi_c (id BIGINT PRIMARY KEY, tenant_id BIGINT NOT NULL);"));
        PluginPortal portal = new PluginPortal(direktori.toString());

        // Compared as versions, not as text: 10 is newer than 2.1.
        assertThat(portal.migrasiTerbawa())
                .extracting(MigrasiTerbawa::pluginId, MigrasiTerbawa::tabelRiwayat, m -> m.versi()
                        .getVersion())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "urusan-uji-versi", "urusan_uji_versi_riwayat_migrasi", "10"));
        portal.hentikan();
    }

    private void salinPluginAsli() throws IOException {
        for (String nama : new String[] {"pkd-plugin-sosial.jar", "pkd-plugin-pppa.jar", "pkd-plugin-pmd.jar"}) {
            Files.copy(PluginPortalTest.PLUGINS.resolve(nama), direktori.resolve(nama));
        }
    }
}
