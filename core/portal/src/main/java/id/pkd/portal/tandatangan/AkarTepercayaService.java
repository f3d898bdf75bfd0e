package id.pkd.portal.tandatangan;

import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.tenant.TenantId;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.portal.umum.PengaturanPkd;
import id.pkd.reports.signing.PkiDemo;
import id.pkd.reports.signing.RantaiSertifikat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trust anchors of signatures, per tenant. A tenant trusts: the roots the portal operator installed for it
 * (its own CA), the portal-wide roots the operator installed (the BSrE/Kominfo root, in the database or as a
 * file in {@code $PKD_DATA_DIR/kunci/tepercaya/}), and, in demo mode only, the demo CA and the development
 * certificate. Officials' uploaded certificates are never anchors: they are trusted only through a chain.
 */
@Service
public class AkarTepercayaService {

    private static final Logger log = LoggerFactory.getLogger(AkarTepercayaService.class);

    /** An installed root; {@code tenantId} is null for a portal-wide root. */
    public record AkarTerpasang(
            long id, Long tenantId, String nama, String sha256, String dipasangOleh, Instant dipasangPada) {}

    private final DataTandaTangan data;
    private final Path direktoriTepercaya;
    private final Path berkasCaDemo;
    private final boolean demo;
    private final List<X509Certificate> sertifikatPortal;
    private final JejakAuditService jejak;
    private final Clock jam;

    AkarTepercayaService(
            DataTandaTangan data,
            PengaturanPkd pengaturan,
            SertifikatPortal sertifikatPortal,
            JejakAuditService jejak,
            Clock jam) {
        this.data = data;
        this.jejak = jejak;
        Path dataDir = pengaturan.dataDir();
        this.direktoriTepercaya = dataDir.resolve("kunci/tepercaya");
        this.berkasCaDemo = dataDir.resolve(KunciDemo.BERKAS_CA);
        // Demo mode (PKD_DEMO, the embedded database) or demo data seeded into an external database: the only
        // places where the demo CA's officials sign.
        this.demo = pengaturan.demo().aktif() || pengaturan.demo().seed();
        this.sertifikatPortal = sertifikatPortal.sertifikat();
        this.jam = jam;
    }

    /**
     * Anchors of every tenant: the portal-wide roots (and the demo ones in demo mode). Public: certificates are
     * public by nature, and the public verification page needs them without a signed-in user.
     */
    public List<X509Certificate> jangkarPortal() {
        List<X509Certificate> semua = new ArrayList<>();
        if (demo) {
            // The development key and the demo CA have passwords in the code: trusted only for demo data.
            semua.addAll(sertifikatPortal);
            if (Files.isRegularFile(berkasCaDemo)) {
                try {
                    semua.add(PkiDemo.sertifikatCa(Files.readAllBytes(berkasCaDemo), KunciDemo.SANDI_CA));
                } catch (IOException | RuntimeException e) {
                    log.warn("Sertifikat CA demo {} tidak terbaca: {}", berkasCaDemo, e.getMessage());
                }
            }
        }
        semua.addAll(baca(data.akar(null)));
        semua.addAll(berkasTepercaya());
        return semua;
    }

    /** The anchors of this tenant: its own roots and the portal-wide ones. Never another tenant's. */
    public List<X509Certificate> jangkar(long tenantId) {
        List<X509Certificate> semua = jangkarPortal();
        semua.addAll(baca(data.akar(tenantId)));
        return semua;
    }

    /**
     * Installs a root certificate (PEM or DER) for one tenant, or for every tenant when {@code tenantId} is
     * null. Only a CA certificate can be a root: an end-entity certificate would make exactly one key trusted.
     *
     * @throws IsianTidakSahException at {@code berkas} with the reason
     */
    @Secured("ROLE_OPERATOR_PORTAL")
    @Transactional
    public AkarTerpasang pasang(Long tenantId, byte[] berkas) {
        X509Certificate c;
        try {
            c = (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(berkas));
        } catch (CertificateException | RuntimeException e) {
            throw IsianTidakSahException.pada("berkas", "Berkas bukan sertifikat X.509 (PEM atau DER).");
        }
        if (c.getBasicConstraints() < 0) {
            throw IsianTidakSahException.pada(
                    "berkas", "Sertifikat ini bukan sertifikat CA, sehingga tidak dapat dipasang sebagai akar.");
        }
        if (jam.instant().isAfter(c.getNotAfter().toInstant())) {
            throw IsianTidakSahException.pada("berkas", "Sertifikat akar ini sudah kedaluwarsa.");
        }
        byte[] der;
        try {
            der = c.getEncoded();
        } catch (CertificateEncodingException e) {
            throw IsianTidakSahException.pada("berkas", "Sertifikat tidak dapat dibaca.");
        }
        String nama = c.getSubjectX500Principal().getName();
        String pelaku = JejakAuditService.pelaku();
        Instant kini = jam.instant();
        String sidik = sha256(der);
        long id = data.simpanAkar(tenantId, nama, sidik, der, pelaku, kini);
        if (tenantId != null) {
            // A root decides whose signatures the region vouches for: its trail records each one installed.
            jejak.catatSebagai(
                    new TenantId(tenantId), pelaku, "akar_tepercaya", id, "akar", null, nama + "; sha256 " + sidik);
        }
        log.info(
                "Sertifikat akar {} dipasang untuk {} oleh {}",
                nama,
                tenantId == null ? "seluruh portal" : "daerah " + tenantId,
                pelaku);
        return new AkarTerpasang(id, tenantId, nama, sidik, pelaku, kini);
    }

    @Secured("ROLE_OPERATOR_PORTAL")
    public List<AkarTerpasang> daftar() {
        return data.semuaAkar();
    }

    /** Why this official's certificate may not sign for the tenant now; empty when it chains to its trust. */
    java.util.Optional<String> alasanDitolak(long tenantId, List<X509Certificate> rantai) {
        return alasanDitolak(tenantId, rantai, jam.instant());
    }

    /** Why this official's certificate may not sign for the tenant; empty when it chains to its trust. */
    java.util.Optional<String> alasanDitolak(long tenantId, List<X509Certificate> rantai, Instant pada) {
        X509Certificate c = rantai.get(0);
        if (RantaiSertifikat.ditandatanganiSendiri(c)) {
            return java.util.Optional.of("Sertifikat ini ditandatangani sendiri (self-signed), sehingga tidak"
                    + " membuktikan identitas pemiliknya. Gunakan sertifikat dari BSrE atau dari CA yang dipasang"
                    + " operator portal untuk daerah ini.");
        }
        if (!RantaiSertifikat.berantai(c, rantai.subList(1, rantai.size()), jangkar(tenantId), pada)) {
            return java.util.Optional.of(
                    "Penerbit sertifikat (" + c.getIssuerX500Principal().getName()
                            + ") tidak dipercaya untuk daerah ini. Minta operator portal memasang sertifikat akar CA"
                            + " penerbitnya.");
        }
        return java.util.Optional.empty();
    }

    private static List<X509Certificate> baca(List<byte[]> der) {
        List<X509Certificate> hasil = new ArrayList<>();
        try {
            CertificateFactory cf = CertificateFactory.getInstance("X.509");
            for (byte[] d : der) {
                hasil.add((X509Certificate) cf.generateCertificate(new ByteArrayInputStream(d)));
            }
        } catch (CertificateException e) {
            log.warn("Sertifikat akar tersimpan tidak terbaca: {}", e.getMessage());
        }
        return hasil;
    }

    private List<X509Certificate> berkasTepercaya() {
        List<X509Certificate> hasil = new ArrayList<>();
        if (!Files.isDirectory(direktoriTepercaya)) {
            return hasil;
        }
        try (var berkas = Files.list(direktoriTepercaya)) {
            CertificateFactory cf = CertificateFactory.getInstance("X.509");
            for (Path p : berkas.filter(Files::isRegularFile).toList()) {
                try (InputStream in = Files.newInputStream(p)) {
                    cf.generateCertificates(in).forEach(c -> hasil.add((X509Certificate) c));
                } catch (CertificateException | IOException e) {
                    log.warn("Sertifikat tepercaya {} tidak terbaca: {}", p, e.getMessage());
                }
            }
        } catch (CertificateException | IOException e) {
            log.warn("Daftar sertifikat tepercaya tidak lengkap: {}", e.getMessage());
        }
        return hasil;
    }

    private static String sha256(byte[] isi) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(isi));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
