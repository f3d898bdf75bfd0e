package id.pkd.reports.signing;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.EnumSet;
import java.util.Objects;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Membuat kunci penandatangan portal (PKCS#12, sertifikat swa-tanda-tangan) pada start pertama.
 *
 * <p>Sertifikat ini tidak diterbitkan CA mana pun: dokumen yang ditandatanganinya hanya dapat dinyatakan
 * sah oleh verifikator yang memercayai sertifikat ini secara langsung (lihat {@link PdfSignatureVerifier}).
 * Berkasnya milik instalasi portal dan tidak boleh ikut di-commit.
 */
public final class DevKeystore {

    static final String ALIAS = "pkd-penandatangan";

    // The key outlives the certificate's five years; NIST SP 800-57 accepts 2048-bit RSA only until 2030.
    private static final int KEY_BITS = 3072;
    private static final int VALID_YEARS = 5;

    private DevKeystore() {}

    /**
     * Menjamin berkas PKCS#12 ada. Bila belum ada, dibuat dengan kunci RSA baru dan sertifikat
     * swa-tanda-tangan CN=commonName, O=Portal Kinerja Daerah, C=ID yang berlaku 5 tahun. Bila sudah ada,
     * berkas tidak disentuh (kata sandi dan isinya tidak diperiksa di sini).
     *
     * @return {@code p12File}
     * @throws TandaTanganException bila berkas tidak dapat dibuat
     */
    public static Path ensure(Path p12File, char[] password, String commonName) {
        Objects.requireNonNull(p12File, "lokasi berkas PKCS#12 wajib diisi");
        Objects.requireNonNull(password, "kata sandi PKCS#12 wajib diisi");
        if (commonName == null || commonName.isBlank()) {
            throw new IllegalArgumentException("commonName sertifikat wajib diisi");
        }
        if (Files.exists(p12File)) {
            return p12File;
        }
        try {
            Path target = p12File.toAbsolutePath();
            Files.createDirectories(target.getParent());
            byte[] p12 = createPkcs12(password, commonName);
            writeOwnerOnly(target, p12);
            return p12File;
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new TandaTanganException("Kunci penandatangan portal gagal dibuat di " + p12File + ".", e);
        }
    }

    private static byte[] createPkcs12(char[] password, String commonName)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        SecureRandom random = new SecureRandom();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(KEY_BITS, random);
        KeyPair keyPair = generator.generateKeyPair();

        // RDNs are added root-first so the DN reads "CN=…, O=Portal Kinerja Daerah, C=ID".
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "ID")
                .addRDN(BCStyle.O, "Portal Kinerja Daerah")
                .addRDN(BCStyle.CN, commonName)
                .build();
        // Back-dated an hour so a verifier whose clock lags slightly still sees the certificate as valid.
        Instant notBefore = Instant.now().minus(Duration.ofHours(1));
        Instant notAfter =
                notBefore.atOffset(ZoneOffset.UTC).plusYears(VALID_YEARS).toInstant();
        BigInteger serial = new BigInteger(127, random);

        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                        subject, serial, Date.from(notBefore), Date.from(notAfter), subject, keyPair.getPublic())
                .addExtension(
                        Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(
                        Extension.subjectKeyIdentifier,
                        false,
                        extensions.createSubjectKeyIdentifier(keyPair.getPublic()));
        // No provider is named: the JDK's own providers suffice and BouncyCastle is never registered globally.
        X509Certificate certificate = new JcaX509CertificateConverter()
                .getCertificate(
                        builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keyPair.getPrivate())));

        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        keyStore.load(null, null);
        keyStore.setKeyEntry(ALIAS, keyPair.getPrivate(), password, new Certificate[] {certificate});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        keyStore.store(out, password);
        return out.toByteArray();
    }

    // Written to a private temporary file first, then moved into place, so no other user can ever read the
    // key and a crash never leaves a half-written keystore that ensure() would then accept.
    private static void writeOwnerOnly(Path target, byte[] content) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(
                            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE))
                }
                : new FileAttribute<?>[0];
        Path temp = Files.createTempFile(target.getParent(), ".pkd-kunci-", ".tmp", attributes);
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                out.write(content);
            }
            if (!posix) {
                restrictToOwner(temp.toFile());
            }
            // Without REPLACE_EXISTING: if another process created the keystore meanwhile, theirs wins and
            // both processes end up using the same key.
            Files.move(temp, target);
        } catch (FileAlreadyExistsException alreadyCreated) {
            // Someone else won the race; their file is as good as ours.
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void restrictToOwner(File file) {
        file.setReadable(false, false);
        file.setReadable(true, true);
        file.setWritable(false, false);
        file.setWritable(true, true);
        file.setExecutable(false, false);
    }
}
