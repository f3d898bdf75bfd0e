package id.pkd.portal.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import id.pkd.plugin.api.Polaritas;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads the real plugin jars, as built by Maven, from a plugins directory. */
class PluginPortalTest {

    static final Path PLUGINS = Path.of(System.getProperty("pkd.plugins.dir", "target/plugins"));

    @TempDir
    Path direktori;

    @Test
    void ketigaPluginUrusanDimuatDenganIndikatornya() throws IOException {
        salinPluginAsli();

        PluginPortal portal = new PluginPortal(direktori.toString());

        assertThat(portal.gagal()).isEmpty();
        assertThat(portal.terpasang())
                .extracting(p -> p.urusan().urusan().kode(), PluginTerpasang::id)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1.06", "urusan-sosial"),
                        org.assertj.core.groups.Tuple.tuple("2.08", "urusan-pppa"),
                        org.assertj.core.groups.Tuple.tuple("2.13", "urusan-pmd"));
        PluginTerpasang pppa = portal.cari("urusan-pppa").orElseThrow();
        assertThat(pppa.versi()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(pppa.urusan().indikator()).anySatisfy(i -> {
            assertThat(i.nama()).isEqualTo("Rasio kekerasan terhadap perempuan");
            assertThat(i.satuan()).isEqualTo("rasio per 100.000");
            assertThat(i.polaritas()).isEqualTo(Polaritas.SEMAKIN_RENDAH_SEMAKIN_BAIK);
        });
        // The plugin's classes come from its own class loader, not the portal's class path.
        assertThat(pppa.urusan().getClass().getClassLoader())
                .isNotSameAs(getClass().getClassLoader());
        portal.hentikan();
    }

    @Test
    void arsipRusakDanVersiApiYangTidakCocokDitolakDenganAlasanSementaraLainnyaTetapBerjalan() throws IOException {
        salinPluginAsli();
        Files.write(direktori.resolve("rusak.jar"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3});
        tulisUlangManifest(
                PLUGINS.resolve("pkd-plugin-sosial.jar"),
                direktori.resolve("masa-depan.jar"),
                "urusan-masa-depan",
                ">=2.0.0 & <3.0.0");

        PluginPortal portal = new PluginPortal(direktori.toString());

        assertThat(portal.terpasang())
                .extracting(PluginTerpasang::id)
                .containsExactly("urusan-sosial", "urusan-pppa", "urusan-pmd");
        assertThat(portal.gagal()).hasSize(2);
        assertThat(portal.gagal()).anySatisfy(g -> {
            assertThat(g.berkas()).isEqualTo("rusak.jar");
            assertThat(g.alasan()).startsWith("Arsip plugin rusak atau tidak dapat dibaca");
        });
        assertThat(portal.gagal()).anySatisfy(g -> {
            assertThat(g.berkas()).isEqualTo("masa-depan.jar");
            assertThat(g.id()).isEqualTo("urusan-masa-depan");
            assertThat(g.alasan())
                    .isEqualTo(
                            "Versi API tidak cocok: plugin membutuhkan API >=2.0.0 & <3.0.0, portal menyediakan 1.3.0.");
        });
        portal.hentikan();
    }

    @Test
    void pluginTanpaBagianRkpdTetapDimuatDanBagianRkpdYangSalahDitolak() throws Exception {
        // Built like a 1.1 plugin: it neither knows nor overrides bagianRkpd(), and asks for >=1.1.0.
        PluginUji.buat(direktori, "urusan-lama", "jumlah(uji.nilai)", java.util.Map.of());
        PluginUji.buatDariSumber(
                direktori,
                "urusan-rkpd-salah",
                "uji.rkpd_salah",
                """
                package uji.rkpd_salah;
                import id.pkd.plugin.api.*;
                import java.util.List;
                @org.pf4j.Extension
                public class UrusanUji implements UrusanPlugin {
                    public Urusan urusan() { return new Urusan("9.98", "Urusan Uji RKPD"); }
                    public List<DefinisiIndikator> indikator() { return List.of(); }
                    public List<Formulir> formulir() {
                        return List.of(Formulir.tahunan("capaian", "Capaian", Formulir.Rincian.barisBerulang(),
                                List.of(Isian.teks("nomor", "No."), Isian.teks("indikator", "Indikator"),
                                        Isian.angka("nilai", "Nilai"), Isian.teks("satuan", "Satuan"))));
                    }
                    public List<BagianRkpd> bagianRkpd() {
                        return List.of(BagianRkpd.riwayatIndikator("riwayat", "Capaian Indikator Uji", "capaian",
                                "nomor", "indikator", "satuan", "nilai"));
                    }
                }
                """,
                java.util.Map.of());

        PluginPortal portal = new PluginPortal(direktori.toString());

        assertThat(PluginUji.id(portal)).containsExactly("urusan-lama");
        assertThat(portal.definisi("urusan-lama").orElseThrow().bagianRkpd()).isEmpty();
        assertThat(portal.gagal()).singleElement().satisfies(g -> assertThat(g.alasan())
                .contains("bagian RKPD riwayat: isian angka 'satuan' tidak ada di formulir capaian"));
        portal.hentikan();
    }

    @Test
    void direktoriPluginYangTidakAdaBukanKegagalanPortal() {
        PluginPortal portal = new PluginPortal(direktori.resolve("tidak-ada").toString());
        assertThat(portal.terpasang()).isEmpty();
        assertThat(portal.gagal()).isEmpty();
    }

    private void salinPluginAsli() throws IOException {
        for (String nama : new String[] {"pkd-plugin-sosial.jar", "pkd-plugin-pppa.jar", "pkd-plugin-pmd.jar"}) {
            Files.copy(PLUGINS.resolve(nama), direktori.resolve(nama));
        }
    }

    /** A copy of a real plugin jar whose manifest asks for another plugin id and API line. */
    static void tulisUlangManifest(Path asli, Path tujuan, String pluginId, String requires) throws IOException {
        try (JarInputStream in = new JarInputStream(Files.newInputStream(asli))) {
            Manifest manifest = new Manifest(in.getManifest());
            manifest.getMainAttributes().putValue("Plugin-Id", pluginId);
            manifest.getMainAttributes().putValue("Plugin-Requires", requires);
            try (OutputStream file = Files.newOutputStream(tujuan);
                    JarOutputStream out = new JarOutputStream(file, manifest)) {
                JarEntry entri;
                while ((entri = in.getNextJarEntry()) != null) {
                    out.putNextEntry(new JarEntry(entri.getName()));
                    salin(in, out);
                    out.closeEntry();
                }
            }
        }
    }

    private static void salin(InputStream in, OutputStream out) throws IOException {
        in.transferTo(out);
    }
}
