package id.pkd.portal.plugin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The newest schema migration a running plugin carries in its jar, and the Flyway history table it is recorded
 * in: what the readiness check compares with the database, so a node never serves a plugin on an older schema.
 */
public record MigrasiTerbawa(String pluginId, String tabelRiwayat, MigrationVersion versi) {

    private static final Pattern SKRIP = Pattern.compile("V([0-9][0-9._]*)__[^/]*\\.sql");

    /** Empty when the plugin ships no migration (or its archive cannot be read, which loading reports). */
    static Optional<MigrasiTerbawa> dari(String pluginId, Path arsip) {
        if (!Files.isRegularFile(arsip)) {
            return Optional.empty();
        }
        try (ZipFile zip = new ZipFile(arsip.toFile())) {
            return Collections.list(zip.entries()).stream()
                    .map(e -> e.getName())
                    .filter(n -> n.startsWith(MigrasiPlugin.FOLDER))
                    .map(n -> SKRIP.matcher(n.substring(MigrasiPlugin.FOLDER.length())))
                    .filter(Matcher::matches)
                    .map(m -> MigrationVersion.fromVersion(m.group(1).replace('_', '.')))
                    .max(MigrationVersion::compareTo)
                    .map(v -> new MigrasiTerbawa(pluginId, MigrasiPlugin.namespace(pluginId) + "riwayat_migrasi", v));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
