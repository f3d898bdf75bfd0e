package id.pkd.portal.tandatangan;

import id.pkd.portal.umum.PengaturanPkd;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Once, at the start of an upgraded installation: trust that earlier releases read from this node's disk moves into
 * the database, so nothing trusted silently disappears and no node trusts what another does not. Certificates in
 * {@code $PKD_DATA_DIR/kunci/tepercaya/} become portal-wide roots (each recorded in every region's trail); a file
 * imported whole moves to {@code kunci/tepercaya-diimpor/}, so a root the operator later removes on the screen does
 * not come back at the next start. A file that cannot be read stays, with a warning at every start. Where demo data
 * is, the demo CA of {@code kunci/ca-demo.p12} becomes the database's.
 */
@Component
class ImporAkarLama implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ImporAkarLama.class);

    /** A certificate file is a few kilobytes; anything far larger in the folder is not one. */
    private static final long UKURAN_BERKAS_MAKS = 1024 * 1024;

    private final AkarTepercayaService akar;
    private final KunciDemo kunciDemo;
    private final Path folder;
    private final boolean demo;

    ImporAkarLama(AkarTepercayaService akar, KunciDemo kunciDemo, PengaturanPkd pengaturan) {
        this.akar = akar;
        this.kunciDemo = kunciDemo;
        this.folder = pengaturan.dataDir().resolve("kunci").resolve("tepercaya");
        this.demo = pengaturan.demo().aktif() || pengaturan.demo().seed();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo && kunciDemo.imporCaLama()) {
            log.info("CA demo dari folder data node ini dipindahkan ke basis data");
        }
        impor(folder);
    }

    /** @return the roots newly installed */
    int impor(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int baru = 0;
        for (Path berkas : isi(folder)) {
            try {
                List<X509Certificate> sertifikat = baca(berkas);
                for (X509Certificate c : sertifikat) {
                    if (akar.imporLama(c, "kunci/tepercaya/" + berkas.getFileName())
                            .isPresent()) {
                        baru++;
                    }
                }
                Path diimpor = Files.createDirectories(folder.resolveSibling("tepercaya-diimpor"));
                Files.move(berkas, diimpor.resolve(berkas.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException | CertificateException | RuntimeException e) {
                log.warn("Sertifikat tepercaya {} tidak diimpor dan dibiarkan: {}", berkas, e.toString());
            }
        }
        try (Stream<Path> s = Files.list(folder)) {
            if (s.findAny().isEmpty()) {
                Files.delete(folder);
            }
        } catch (IOException e) {
            log.debug("Folder {} tidak dihapus: {}", folder, e.toString());
        }
        return baru;
    }

    private static List<X509Certificate> baca(Path berkas) throws IOException, CertificateException {
        if (!Files.isRegularFile(berkas)) {
            throw new IOException("bukan berkas biasa");
        }
        if (Files.size(berkas) > UKURAN_BERKAS_MAKS) {
            throw new IOException("lebih dari 1 MB, bukan sertifikat");
        }
        try (InputStream in = Files.newInputStream(berkas)) {
            List<X509Certificate> hasil = CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .map(X509Certificate.class::cast)
                    .toList();
            if (hasil.isEmpty()) {
                throw new CertificateException("tidak berisi sertifikat");
            }
            return hasil;
        }
    }

    private static List<Path> isi(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        } catch (IOException e) {
            log.warn("Folder sertifikat tepercaya {} tidak terbaca: {}", folder, e.toString());
            return List.of();
        }
    }
}
