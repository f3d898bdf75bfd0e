package id.pkd.portal.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets are written owner-only, and files left world-readable by an older version are tightened. */
class BerkasRahasiaTest {

    @TempDir
    Path tmp;

    @Test
    void berkasBaruHanyaDapatDibacaPemiliknyaSejakAwal() throws Exception {
        Path berkas = tmp.resolve("kunci/ca-demo.p12");
        BerkasRahasia.tulis(berkas, new byte[] {1, 2, 3});
        assertThat(Files.readAllBytes(berkas)).containsExactly(1, 2, 3);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(berkas)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(berkas.getParent())))
                .isEqualTo("rwx------");
        // Replacing it keeps it owner-only and leaves no temporary file behind.
        BerkasRahasia.tulis(berkas, new byte[] {4});
        assertThat(Files.readAllBytes(berkas)).containsExactly(4);
        try (var isi = Files.list(berkas.getParent())) {
            assertThat(isi.toList()).containsExactly(berkas);
        }
    }

    @Test
    void berkasLamaYangTerbacaSemuaOrangDiperketat() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("kunci"));
        Path lama = Files.write(folder.resolve("ca-demo.p12"), new byte[] {9});
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(lama, PosixFilePermissions.fromString("rw-r--r--"));

        BerkasRahasia.rapikan(folder);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(lama)))
                .isEqualTo("rw-------");
        assertThat(Files.readAllBytes(lama)).containsExactly(9);
    }
}
