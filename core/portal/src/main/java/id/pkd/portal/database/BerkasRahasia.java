package id.pkd.portal.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Secrets on disk (demo CA and keystores, the generated master key, the embedded database's password) are readable
 * by the portal's own account only: a file is created owner-only ({@code rw-------}) from its first byte, never
 * written with the umask's {@code rw-r--r--} and tightened afterwards, and its folder is {@code rwx------}.
 */
public final class BerkasRahasia {

    static final Set<PosixFilePermission> BERKAS = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private BerkasRahasia() {}

    /** Writes the file atomically: a temporary owner-only file in the same folder, then moved into place. */
    public static void tulis(Path berkas, byte[] isi) {
        try {
            Path folder = berkas.toAbsolutePath().getParent();
            if (!Files.isDirectory(folder)) {
                folder(folder);
            }
            Path sementara = POSIX
                    ? Files.createTempFile(folder, ".rahasia-", ".tmp", atribut(BERKAS))
                    : Files.createTempFile(folder, ".rahasia-", ".tmp");
            try {
                Files.write(sementara, isi);
                Files.move(sementara, berkas, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(sementara);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Berkas rahasia tidak dapat ditulis: " + berkas, e);
        }
    }

    /** Creates the folder owner-only, or tightens an existing one. */
    public static void folder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            if (POSIX) {
                Files.createDirectories(folder, atribut(FOLDER));
            } else {
                Files.createDirectories(folder);
            }
        }
        izin(folder, FOLDER);
    }

    /**
     * Tightens a folder of secrets and every file in it, for installations whose files were written before they
     * were created owner-only (the demo CA was {@code rw-r--r--}).
     */
    public static void rapikan(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var isi = Files.walk(folder)) {
            for (Path p : isi.toList()) {
                if (Files.isDirectory(p)) {
                    izin(p, FOLDER);
                } else if (Files.isRegularFile(p)) {
                    izin(p, BERKAS);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Izin berkas rahasia di " + folder + " tidak dapat diperketat", e);
        }
    }

    /** Tightens one file to owner-only. */
    public static void berkas(Path berkas) {
        try {
            izin(berkas, BERKAS);
        } catch (IOException e) {
            throw new UncheckedIOException("Izin berkas rahasia " + berkas + " tidak dapat diperketat", e);
        }
    }

    private static void izin(Path p, Set<PosixFilePermission> izin) throws IOException {
        if (POSIX && !Files.getPosixFilePermissions(p).equals(izin)) {
            Files.setPosixFilePermissions(p, izin);
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> atribut(Set<PosixFilePermission> izin) {
        return PosixFilePermissions.asFileAttribute(izin);
    }
}
