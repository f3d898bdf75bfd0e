package id.pkd.portal.tandatangan;

import id.pkd.portal.database.BerkasRahasia;
import id.pkd.portal.umum.PengaturanPkd;
import id.pkd.reports.signing.PkiDemo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Component;

/**
 * Demo data only: a demo CA created once in the data directory issues a PKCS#12 for a demo official, uploaded
 * through the same checks as an admin's upload, so a newcomer can sign at once. The passphrase is in the README.
 */
@Component
public class KunciDemo {

    static final char[] SANDI_CA = "pkd-ca-demo".toCharArray();
    static final String BERKAS_CA = "kunci/ca-demo.p12";

    private final KunciPejabatService kunci;
    private final Path berkasCa;
    private final Clock jam;

    KunciDemo(KunciPejabatService kunci, PengaturanPkd pengaturan, Clock jam) {
        this.kunci = kunci;
        this.berkasCa = pengaturan.dataDir().resolve(BERKAS_CA);
        this.jam = jam;
    }

    /** Gives the official with this NIP a demo key, unless they have one already. */
    @Secured("ROLE_ADMIN_DAERAH")
    public void pastikan(String nip, char[] passphrase) {
        kunci.pejabatNip(nip).filter(p -> !kunci.punyaKunci(p.id())).ifPresent(p -> {
            Instant kini = jam.instant();
            byte[] p12 = PkiDemo.terbitkan(
                    ca(kini),
                    SANDI_CA,
                    p.nama(),
                    p.nip(),
                    passphrase,
                    kini.minus(Duration.ofHours(1)),
                    kini.plus(Duration.ofDays(3 * 365)));
            kunci.unggah(p.id(), p12, passphrase);
        });
    }

    private synchronized byte[] ca(Instant kini) {
        try {
            if (!Files.exists(berkasCa)) {
                Files.createDirectories(berkasCa.toAbsolutePath().getParent());
                // Owner-only from the first byte: the CA's key signs every demo official's certificate.
                BerkasRahasia.tulis(
                        berkasCa,
                        PkiDemo.buatCa(
                                "CA Demo Portal Kinerja Daerah",
                                SANDI_CA,
                                kini.minus(Duration.ofDays(1)),
                                kini.plus(Duration.ofDays(10 * 365))));
            }
            return Files.readAllBytes(berkasCa);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
