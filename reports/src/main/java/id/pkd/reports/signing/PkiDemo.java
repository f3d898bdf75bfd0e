package id.pkd.reports.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
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
 * A tiny certificate authority for demo data and tests: a CA certificate and the officials' PKCS#12 it issues.
 * Documents signed with these keys are valid only where the CA certificate is a trust anchor (the portal's own
 * verification page in demo mode); a real deployment uses BSrE or certificates of a real CA.
 */
public final class PkiDemo {

    private static final String ALIAS = "pkd";
    private static final SecureRandom ACAK = new SecureRandom();

    private PkiDemo() {}

    /** A PKCS#12 holding a self-signed CA certificate and its key. */
    public static byte[] buatCa(String commonName, char[] password, Instant mulai, Instant sampai) {
        try {
            KeyPair kp = pasanganKunci();
            X500Name nama = nama(commonName, null);
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(
                            nama, serial(), Date.from(mulai), Date.from(sampai), nama, kp.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(
                            Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(kp.getPublic()));
            X509Certificate cert = tandaiSertifikat(b, kp.getPrivate());
            return simpan(kp.getPrivate(), new Certificate[] {cert}, password);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new TandaTanganException("CA demo gagal dibuat.", e);
        }
    }

    /**
     * Issues a signing certificate for an official, returned as a PKCS#12 with the chain (official, CA).
     *
     * @param nip put in the certificate's serialNumber attribute when given
     */
    public static byte[] terbitkan(
            byte[] caP12,
            char[] caPassword,
            String commonName,
            String nip,
            char[] password,
            Instant mulai,
            Instant sampai) {
        try {
            KeyStore ca = KeyStore.getInstance("PKCS12");
            ca.load(new java.io.ByteArrayInputStream(caP12), caPassword);
            String alias = ca.aliases().nextElement();
            PrivateKey caKey = (PrivateKey) ca.getKey(alias, caPassword);
            X509Certificate caCert = (X509Certificate) ca.getCertificate(alias);

            KeyPair kp = pasanganKunci();
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(
                            caCert,
                            serial(),
                            Date.from(mulai),
                            Date.from(sampai),
                            nama(commonName, nip),
                            kp.getPublic())
                    .addExtension(
                            Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(kp.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(caCert));
            X509Certificate cert = tandaiSertifikat(b, caKey);
            return simpan(kp.getPrivate(), new Certificate[] {cert, caCert}, password);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new TandaTanganException("Sertifikat demo gagal diterbitkan.", e);
        }
    }

    /** The CA certificate inside a PKCS#12 made by {@link #buatCa}: the trust anchor for verification. */
    public static X509Certificate sertifikatCa(byte[] caP12, char[] caPassword) {
        try {
            KeyStore ca = KeyStore.getInstance("PKCS12");
            ca.load(new java.io.ByteArrayInputStream(caP12), caPassword);
            return (X509Certificate) ca.getCertificate(ca.aliases().nextElement());
        } catch (GeneralSecurityException | IOException e) {
            throw new TandaTanganException("Sertifikat CA demo tidak dapat dibaca.", e);
        }
    }

    private static KeyPair pasanganKunci() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048, ACAK);
        return g.generateKeyPair();
    }

    private static BigInteger serial() {
        return new BigInteger(127, ACAK);
    }

    private static X500Name nama(String commonName, String nip) {
        X500NameBuilder b = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "ID")
                .addRDN(BCStyle.O, "Portal Kinerja Daerah (Demo)");
        if (nip != null) {
            b.addRDN(BCStyle.SERIALNUMBER, nip);
        }
        return b.addRDN(BCStyle.CN, commonName).build();
    }

    private static X509Certificate tandaiSertifikat(X509v3CertificateBuilder b, PrivateKey kunci)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter()
                .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(kunci)));
    }

    private static byte[] simpan(PrivateKey kunci, Certificate[] rantai, char[] password)
            throws GeneralSecurityException, IOException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry(ALIAS, kunci, password, rantai);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ks.store(out, password);
        return out.toByteArray();
    }
}
