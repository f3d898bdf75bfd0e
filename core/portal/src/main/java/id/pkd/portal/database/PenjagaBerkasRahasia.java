package id.pkd.portal.database;

import id.pkd.portal.umum.PengaturanPkd;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the data directory's key folder ({@code kunci/}: demo CA, development keystore, generated master key)
 * owner-only: at start, so files left by an older version are tightened, and once the start is complete, after
 * the demo seeding has written its keys.
 */
@Component
class PenjagaBerkasRahasia {

    private final Path folderKunci;

    PenjagaBerkasRahasia(PengaturanPkd pengaturan) {
        this.folderKunci = pengaturan.dataDir().toAbsolutePath().resolve("kunci");
        try {
            BerkasRahasia.folder(folderKunci);
        } catch (IOException e) {
            throw new UncheckedIOException("Folder kunci tidak dapat dibuat: " + folderKunci, e);
        }
        BerkasRahasia.rapikan(folderKunci);
    }

    @EventListener(ApplicationReadyEvent.class)
    void setelahMulai() {
        BerkasRahasia.rapikan(folderKunci);
    }
}
