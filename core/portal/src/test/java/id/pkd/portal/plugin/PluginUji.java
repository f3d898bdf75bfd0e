package id.pkd.portal.plugin;

import id.pkd.plugin.api.UrusanPlugin;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.pf4j.Extension;

/**
 * Builds a real plugin jar in a test: Java source compiled against the plugin API with the JDK's
 * compiler, PF4J's manifest entries and extension index, and any extra resources (migrations).
 */
final class PluginUji {

    private PluginUji() {}

    /**
     * A plugin with one form "uji" (fields jumlah, nilai) and one computed indicator whose
     * numerator is {@code pembilang}.
     */
    static Path buat(Path direktori, String pluginId, String pembilang, Map<String, String> sumberDaya)
            throws IOException, URISyntaxException {
        return buat(direktori, pluginId, pembilang, sumberDaya, "");
    }

    /** As above, with the report sections given as Java expressions (e.g. {@code BagianLaporan.riwayat(...)}). */
    static Path buat(
            Path direktori, String pluginId, String pembilang, Map<String, String> sumberDaya, String bagianLaporan)
            throws IOException, URISyntaxException {
        String paket = "uji." + pluginId.replace('-', '_');
        return buatDariSumber(
                direktori,
                pluginId,
                paket,
                """
                package %s;
                import id.pkd.plugin.api.*;
                import java.util.List;
                @org.pf4j.Extension
                public class UrusanUji implements UrusanPlugin {
                    public Urusan urusan() { return new Urusan("9.99", "Urusan Uji"); }
                    public List<DefinisiIndikator> indikator() {
                        return List.of(new DefinisiIndikator("uji-persen", "Persentase uji", "%%",
                                Polaritas.SEMAKIN_TINGGI_SEMAKIN_BAIK));
                    }
                    public List<Formulir> formulir() {
                        return List.of(Formulir.tahunan("uji", "Formulir uji", Formulir.Rincian.barisBerulang(),
                                List.of(Isian.jumlah("jumlah", "Jumlah"), Isian.jumlah("nilai", "Nilai"))));
                    }
                    public List<IndikatorTerhitung> indikatorTerhitung() {
                        return List.of(IndikatorTerhitung.rasio("uji-persen", "%s", "jumlah(uji.jumlah)", 100));
                    }
                    public List<BagianLaporan> bagianLaporan() {
                        return List.of(%s);
                    }
                }
                """
                        .formatted(paket, pembilang.replace("\"", "\\\""), bagianLaporan),
                sumberDaya);
    }

    /**
     * A plugin jar from the full Java source of class {@code paket.UrusanUji} (nested classes, such
     * as a calculator, are packed too).
     */
    static Path buatDariSumber(
            Path direktori, String pluginId, String paket, String sumber, Map<String, String> sumberDaya)
            throws IOException, URISyntaxException {
        Path src = Files.createTempDirectory("plugin-uji-src");
        Path kelas = Files.createTempDirectory("plugin-uji-kelas");
        Path berkas = src.resolve("UrusanUji.java");
        Files.writeString(berkas, sumber);
        String classpath = lokasi(UrusanPlugin.class) + java.io.File.pathSeparator + lokasi(Extension.class);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int hasil =
                javac.run(null, null, null, "-proc:none", "-cp", classpath, "-d", kelas.toString(), berkas.toString());
        if (hasil != 0) {
            throw new IllegalStateException("Plugin uji tidak terkompilasi");
        }
        Manifest manifest = new Manifest();
        Attributes a = manifest.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Plugin-Id", pluginId);
        a.putValue("Plugin-Version", "1.0.0");
        a.putValue("Plugin-Requires", ">=1.1.0 & <2.0.0");
        a.putValue("Plugin-Provider", "Uji");
        a.putValue("Plugin-Class", "org.pf4j.Plugin");
        Path jar = direktori.resolve(pluginId + ".jar");
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest)) {
            Path folderKelas = kelas.resolve(paket.replace('.', '/'));
            try (var semua = Files.list(folderKelas)) {
                for (Path k : semua.sorted().toList()) {
                    out.putNextEntry(new JarEntry(paket.replace('.', '/') + "/" + k.getFileName()));
                    out.write(Files.readAllBytes(k));
                    out.closeEntry();
                }
            }
            out.putNextEntry(new JarEntry("META-INF/extensions.idx"));
            out.write((paket + ".UrusanUji\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            for (Map.Entry<String, String> e : sumberDaya.entrySet()) {
                out.putNextEntry(new JarEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static String lokasi(Class<?> kelas) throws URISyntaxException {
        return Path.of(kelas.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
    }

    static List<String> id(PluginPortal portal) {
        return portal.terpasang().stream().map(PluginTerpasang::id).toList();
    }
}
