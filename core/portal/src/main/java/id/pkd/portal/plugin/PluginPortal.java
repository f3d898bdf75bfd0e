package id.pkd.portal.plugin;

import id.pkd.plugin.api.PluginApi;
import id.pkd.plugin.api.UrusanPlugin;
import id.pkd.portal.umum.PengaturanPkd;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.pf4j.util.FileUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.system.ApplicationHome;
import org.springframework.stereotype.Component;

/**
 * Loads the urusan plugin archives (PF4J jar or zip) from the plugins directory at start-up. Each
 * archive is loaded on its own, so a corrupt or incompatible one is recorded with its reason and
 * the portal keeps running with the rest.
 */
@Component
// Plugin migrations may refer to core tables (tenant), so the core schema migrates first.
@org.springframework.context.annotation.DependsOn("flywayInitializer")
public class PluginPortal {

    private static final Logger log = LoggerFactory.getLogger(PluginPortal.class);

    private final DefaultPluginManager manager;
    private final Map<String, PluginTerpasang> terpasang;
    private final List<PluginGagal> gagal;
    private final Map<String, DefinisiPlugin> definisi = new java.util.HashMap<>();
    private final List<MigrasiTerbawa> migrasi = new ArrayList<>();

    /** Loads without a database: plugins that ship schema migrations are not migrated (tests of loading only). */
    PluginPortal(String direktoriDiatur) {
        this(direktoriDiatur, null);
    }

    /** Migrates at start under the migration lock, as a default installation does (tests). */
    PluginPortal(String direktoriDiatur, javax.sql.DataSource dataSource) {
        this(direktoriDiatur, dataSource, new PengaturanPkd.Migrasi(true, java.time.Duration.ofMinutes(10)));
    }

    @org.springframework.beans.factory.annotation.Autowired
    PluginPortal(PengaturanPkd pengaturan, javax.sql.DataSource dataSource) {
        this(pengaturan.pluginsDir(), dataSource, pengaturan.migrasi());
    }

    PluginPortal(String direktoriDiatur, javax.sql.DataSource dataSource, PengaturanPkd.Migrasi pengaturanMigrasi) {
        Path direktori = direktoriDiatur.isBlank()
                ? new ApplicationHome(PluginPortal.class).getDir().toPath().resolve("plugins")
                : Path.of(direktoriDiatur);
        this.manager = new DefaultPluginManager(direktori);
        manager.setSystemVersion(PluginApi.VERSI);
        List<PluginGagal> gagalMuat = new ArrayList<>();
        Map<String, Path> berkasPerPlugin = new java.util.HashMap<>();
        for (Path arsip : arsipDi(direktori)) {
            try {
                Path dimuat = arsip.getFileName().toString().endsWith(".zip") ? FileUtils.expandIfZip(arsip) : arsip;
                berkasPerPlugin.put(manager.loadPlugin(dimuat), arsip);
            } catch (Exception e) {
                log.warn("Plugin {} gagal dimuat", arsip, e);
                gagalMuat.add(new PluginGagal(arsip.getFileName().toString(), "", alasanRusak(e)));
            }
        }
        manager.startPlugins();
        List<PluginTerpasang> berjalan = new ArrayList<>();
        for (PluginWrapper plugin : manager.getPlugins()) {
            String berkas = berkasPerPlugin
                    .getOrDefault(plugin.getPluginId(), plugin.getPluginPath())
                    .getFileName()
                    .toString();
            Optional<String> alasan = alasanTidakBerjalan(plugin);
            if (alasan.isEmpty()) {
                try {
                    PluginTerpasang p = urusanDari(plugin, berkas);
                    if (dataSource != null) {
                        try {
                            MigrasiPlugin.jalankan(
                                    dataSource, plugin.getPluginId(), plugin.getPluginPath(), pengaturanMigrasi);
                        } catch (IllegalStateException e) {
                            log.warn("Migrasi plugin {} gagal", plugin.getPluginId(), e);
                            throw new MigrasiGagal(e.getMessage());
                        }
                    }
                    berjalan.add(p);
                    MigrasiTerbawa.dari(plugin.getPluginId(), plugin.getPluginPath())
                            .ifPresent(migrasi::add);
                } catch (MigrasiGagal e) {
                    alasan = Optional.of("Migrasi skema plugin ditolak: " + e.getMessage());
                } catch (id.pkd.portal.database.MulaiDitolakException e) {
                    // an old plugin schema on a node that does not migrate stops the node, not just the plugin
                    throw e;
                } catch (RuntimeException | LinkageError e) {
                    log.warn("Plugin {} tidak dapat dipakai", plugin.getPluginId(), e);
                    alasan = Optional.of("Kontribusi plugin tidak sah: " + pesan(e));
                }
                if (alasan.isPresent()) {
                    definisi.remove(plugin.getPluginId());
                    manager.stopPlugin(plugin.getPluginId());
                }
            }
            alasan.ifPresent(a -> gagalMuat.add(new PluginGagal(berkas, plugin.getPluginId(), a)));
        }
        this.terpasang = berjalan.stream()
                .sorted(Comparator.comparing(p -> p.urusan().urusan().kode()))
                .collect(Collectors.toMap(
                        PluginTerpasang::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        this.gagal = List.copyOf(gagalMuat);
        log.info("Plugin urusan berjalan: {}; gagal: {}", terpasang.keySet(), gagal);
    }

    /** Plugins that are running, ordered by urusan code. */
    public List<PluginTerpasang> terpasang() {
        return List.copyOf(terpasang.values());
    }

    public Optional<PluginTerpasang> cari(String pluginId) {
        return Optional.ofNullable(terpasang.get(pluginId));
    }

    public List<PluginGagal> gagal() {
        return gagal;
    }

    /** The newest migration of each running plugin that ships any (readiness: schema current). */
    public List<MigrasiTerbawa> migrasiTerbawa() {
        return List.copyOf(migrasi);
    }

    /** The checked contributions of a running plugin. */
    Optional<DefinisiPlugin> definisi(String pluginId) {
        return terpasang.containsKey(pluginId) ? Optional.ofNullable(definisi.get(pluginId)) : Optional.empty();
    }

    private static final class MigrasiGagal extends RuntimeException {
        MigrasiGagal(String pesan) {
            super(pesan);
        }
    }

    @PreDestroy
    void hentikan() {
        // PF4J 3.15's stopPlugins() modifies the list it iterates; stop them one by one, newest first.
        List<PluginWrapper> berjalan = new ArrayList<>(manager.getStartedPlugins());
        java.util.Collections.reverse(berjalan);
        berjalan.forEach(p -> manager.stopPlugin(p.getPluginId()));
    }

    private PluginTerpasang urusanDari(PluginWrapper plugin, String berkas) {
        List<UrusanPlugin> ekstensi = manager.getExtensions(UrusanPlugin.class, plugin.getPluginId());
        if (ekstensi.size() != 1) {
            throw new IllegalStateException(
                    "plugin harus menyediakan tepat satu ekstensi UrusanPlugin, ditemukan " + ekstensi.size());
        }
        UrusanPlugin urusan = ekstensi.get(0);
        // Read the contributions once so a plugin with invalid definitions is refused here, not in a view.
        urusan.urusan();
        urusan.indikator();
        definisi.put(plugin.getPluginId(), new DefinisiPlugin(urusan));
        String nama = Optional.ofNullable(plugin.getDescriptor().getPluginDescription())
                .filter(s -> !s.isBlank())
                .orElse(urusan.urusan().nama());
        return new PluginTerpasang(
                plugin.getPluginId(), nama, plugin.getDescriptor().getVersion(), berkas, urusan);
    }

    private Optional<String> alasanTidakBerjalan(PluginWrapper plugin) {
        if (plugin.getPluginState() == PluginState.STARTED) {
            return Optional.empty();
        }
        String requires = plugin.getDescriptor().getRequires();
        if (!manager.getVersionManager().checkVersionConstraint(PluginApi.VERSI, requires)) {
            return Optional.of("Versi API tidak cocok: plugin membutuhkan API " + requires + ", portal menyediakan "
                    + PluginApi.VERSI + ".");
        }
        if (plugin.getFailedException() != null) {
            return Optional.of("Plugin gagal dijalankan: " + pesan(plugin.getFailedException()));
        }
        return Optional.of("Plugin tidak berjalan (status " + plugin.getPluginState() + ").");
    }

    private static String alasanRusak(Exception e) {
        String pesan = pesan(e);
        if (pesan.contains("already loaded") || pesan.contains("There is an already loaded plugin")) {
            return "Plugin dengan id yang sama sudah dimuat dari berkas lain.";
        }
        return "Arsip plugin rusak atau tidak dapat dibaca (bukan JAR/ZIP PF4J yang sah): " + pesan;
    }

    private static String pesan(Throwable e) {
        Throwable akar = e;
        while (akar.getCause() != null && akar.getCause() != akar) {
            akar = akar.getCause();
        }
        return akar.getMessage() == null ? akar.getClass().getSimpleName() : akar.getMessage();
    }

    private static List<Path> arsipDi(Path direktori) {
        if (!Files.isDirectory(direktori)) {
            log.warn("Direktori plugin {} tidak ada; portal berjalan tanpa plugin urusan", direktori);
            return List.of();
        }
        try (Stream<Path> isi = Files.list(direktori)) {
            return isi.filter(p -> {
                        String nama = p.getFileName().toString();
                        return Files.isRegularFile(p) && (nama.endsWith(".jar") || nama.endsWith(".zip"));
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("Direktori plugin " + direktori + " tidak dapat dibaca", e);
        }
    }
}
