package id.pkd.portal.tandatangan;

import id.pkd.portal.umum.PengaturanPkd;
import id.pkd.reports.signing.PkiDemo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Component;

/**
 * Demo data only: a demo CA issues a PKCS#12 for a demo official, uploaded through the same checks as an admin's
 * upload, so a newcomer can sign at once. The passphrase is in the README. The CA lives in the database (a
 * portal-wide root flagged demo, with its PKCS#12), so every node seeding demo data into a shared database issues
 * from, and trusts, the same CA.
 */
@Component
public class KunciDemo {

    static final char[] SANDI_CA = "pkd-ca-demo".toCharArray();
    /** Where releases before issue 15 kept the demo CA, on the node's disk; imported once, then not read again. */
    static final String BERKAS_CA_LAMA = "kunci/ca-demo.p12";

    private final KunciPejabatService kunci;
    private final DataAkar akar;
    private final Path berkasCaLama;
    private final Clock jam;

    KunciDemo(KunciPejabatService kunci, DataAkar akar, PengaturanPkd pengaturan, Clock jam) {
        this.kunci = kunci;
        this.akar = akar;
        this.berkasCaLama = pengaturan.dataDir().resolve(BERKAS_CA_LAMA);
        this.jam = jam;
    }

    /** Gives the official with this NIP a demo key, unless they have one already. */
    @Secured("ROLE_ADMIN_DAERAH")
    public void pastikan(String nip, char[] passphrase) {
        kunci.pejabatNip(nip).ifPresent(p -> pastikan(p, passphrase));
    }

    /** As {@link #pastikan(String, char[])} for a signer without NIP: a head of region's pejabat row. */
    @Secured("ROLE_ADMIN_DAERAH")
    public void pastikanPejabat(long pejabatId, char[] passphrase) {
        kunci.daftar().stream()
                .map(KunciPejabatService.PejabatDanKunci::pejabat)
                .filter(p -> p.id() == pejabatId)
                .findFirst()
                .ifPresent(p -> pastikan(p, passphrase));
    }

    private void pastikan(PejabatPenandatangan p, char[] passphrase) {
        if (kunci.punyaKunci(p.id())) {
            return;
        }
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
    }

    /**
     * Where demo data is, at start: the demo CA an earlier release left in this node's data directory becomes the
     * database's, so the demo keys it issued stay trusted.
     */
    synchronized boolean imporCaLama() {
        if (akar.caDemo().isPresent() || !Files.isRegularFile(berkasCaLama)) {
            return false;
        }
        simpan(baca(berkasCaLama), jam.instant());
        return true;
    }

    private synchronized byte[] ca(Instant kini) {
        return akar.caDemo().orElseGet(() -> {
            simpan(
                    Files.isRegularFile(berkasCaLama)
                            ? baca(berkasCaLama)
                            : PkiDemo.buatCa(
                                    "CA Demo Portal Kinerja Daerah",
                                    SANDI_CA,
                                    kini.minus(Duration.ofDays(1)),
                                    kini.plus(Duration.ofDays(10 * 365))),
                    kini);
            return akar.caDemo().orElseThrow();
        });
    }

    private void simpan(byte[] p12, Instant kini) {
        X509Certificate c = PkiDemo.sertifikatCa(p12, SANDI_CA);
        byte[] der = AkarTepercayaService.der(c);
        akar.simpan(
                null,
                c.getSubjectX500Principal().getName(),
                AkarTepercayaService.sha256(der),
                der,
                p12,
                "sistem (demo)",
                kini);
    }

    private static byte[] baca(Path berkas) {
        try {
            return Files.readAllBytes(berkas);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
