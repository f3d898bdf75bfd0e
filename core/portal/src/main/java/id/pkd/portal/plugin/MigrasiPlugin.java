package id.pkd.portal.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Runs a plugin's own schema migrations ({@code db/urusan/V*.sql} in its jar) with a Flyway history
 * table of its own. Before anything runs, every table a script names must carry the plugin's
 * namespace, so a plugin cannot touch the core's or another plugin's tables.
 */
final class MigrasiPlugin {

    static final String FOLDER = "db/urusan/";

    private static final Pattern TABEL = Pattern.compile(
            "\\b(?:CREATE|ALTER|DROP|TRUNCATE|RENAME)\\s+TABLE\\s+(?:IF\\s+(?:NOT\\s+)?EXISTS\\s+)?`?([A-Za-z0-9_$.]+)`?"
                    + "|\\b(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|REPLACE\\s+INTO)\\s+`?([A-Za-z0-9_$.]+)`?",
            Pattern.CASE_INSENSITIVE);

    private MigrasiPlugin() {}

    /** The table prefix of a plugin: its id, dashes as underscores, and an underscore. */
    static String namespace(String pluginId) {
        return pluginId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "_";
    }

    /** Migrates; throws {@link IllegalStateException} with the reason when the plugin must be refused. */
    static void jalankan(DataSource dataSource, String pluginId, Path arsip) {
        if (!Files.isRegularFile(arsip)) {
            return;
        }
        String ns = namespace(pluginId);
        Path folder = null;
        try (ZipFile zip = new ZipFile(arsip.toFile())) {
            List<ZipEntry> skrip = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entri = e.nextElement();
                String nama = entri.getName();
                if (!entri.isDirectory() && nama.startsWith(FOLDER) && nama.endsWith(".sql")) {
                    skrip.add(entri);
                }
            }
            if (skrip.isEmpty()) {
                return;
            }
            folder = Files.createTempDirectory("pkd-migrasi-" + ns);
            for (ZipEntry entri : skrip) {
                String nama = entri.getName().substring(FOLDER.length());
                if (nama.contains("/")) {
                    throw new IllegalStateException("skrip migrasi harus langsung di " + FOLDER + ": " + nama);
                }
                String sql;
                try (InputStream in = zip.getInputStream(entri)) {
                    sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                periksaNamaTabel(nama, sql, ns);
                Files.writeString(folder.resolve(nama), sql);
            }
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("filesystem:" + folder)
                    .table(ns + "riwayat_migrasi")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
        } catch (IOException e) {
            throw new IllegalStateException("skrip migrasi tidak terbaca: " + e.getMessage(), e);
        } catch (org.flywaydb.core.api.FlywayException e) {
            throw new IllegalStateException("migrasi skema plugin gagal: " + akar(e), e);
        } finally {
            hapus(folder);
        }
    }

    static void periksaNamaTabel(String skrip, String sql, String ns) {
        Matcher m = TABEL.matcher(sql.replaceAll("--[^\\n]*", ""));
        while (m.find()) {
            String tabel = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
            if (!tabel.startsWith(ns)) {
                throw new IllegalStateException("skrip migrasi " + skrip + " menyentuh tabel " + tabel
                        + " di luar namespace plugin (" + ns + "…)");
            }
        }
    }

    private static String akar(Throwable e) {
        Throwable a = e;
        while (a.getCause() != null && a.getCause() != a) {
            a = a.getCause();
        }
        String pesan = a.getMessage() == null ? a.getClass().getSimpleName() : a.getMessage();
        return pesan.lines().findFirst().orElse(pesan);
    }

    private static void hapus(Path folder) {
        if (folder == null) {
            return;
        }
        try (var isi = Files.list(folder)) {
            for (Path p : isi.toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // a leftover temp folder is harmless
        }
    }
}
