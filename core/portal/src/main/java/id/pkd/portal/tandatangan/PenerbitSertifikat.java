package id.pkd.portal.tandatangan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
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

/** The certificate work of a region's CA: its key and self-signed certificate, and the officials' keys it issues. */
final class PenerbitSertifikat {

    private static final SecureRandom ACAK = new SecureRandom();

    private PenerbitSertifikat() {}

    static KeyPair pasanganKunci(AlgoritmaKunci algoritma) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance(algoritma.algoritmaJca());
            if (algoritma == AlgoritmaKunci.EC_P256) {
                g.initialize(new ECGenParameterSpec("secp256r1"), ACAK);
            } else {
                g.initialize(3072, ACAK);
            }
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Pasangan kunci " + algoritma.label() + " tidak dapat dibuat", e);
        }
    }

    /**
     * A self-signed CA certificate that may sign end-entity certificates only (path length 0): a region's CA
     * never makes another CA, so nothing below it can widen what the region vouches for.
     */
    static X509Certificate buatCa(
            KeyPair kp, AlgoritmaKunci algoritma, String namaCa, String organisasi, Instant mulai, Instant sampai) {
        try {
            X500Name nama = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.C, "ID")
                    .addRDN(BCStyle.O, organisasi)
                    .addRDN(BCStyle.CN, namaCa)
                    .build();
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(
                            nama, serial(), Date.from(mulai), Date.from(sampai), nama, kp.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(
                            Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(kp.getPublic()));
            return tandai(b, kp.getPrivate(), algoritma);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("Sertifikat CA daerah tidak dapat dibuat", e);
        }
    }

    /** An official's signing certificate: name and NIP (serialNumber) in the subject, for signatures only. */
    static X509Certificate terbitkan(
            PrivateKey kunciCa,
            X509Certificate sertifikatCa,
            AlgoritmaKunci algoritmaCa,
            PublicKey kunciPejabat,
            String nama,
            String nip,
            String organisasi,
            Instant mulai,
            Instant sampai) {
        try {
            X500NameBuilder subjek = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.C, "ID")
                    .addRDN(BCStyle.O, organisasi);
            if (nip != null && !nip.isBlank()) {
                subjek.addRDN(BCStyle.SERIALNUMBER, nip);
            }
            subjek.addRDN(BCStyle.CN, nama);
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(
                            sertifikatCa, serial(), Date.from(mulai), Date.from(sampai), subjek.build(), kunciPejabat)
                    .addExtension(
                            Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(kunciPejabat))
                    .addExtension(
                            Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(sertifikatCa));
            return tandai(b, kunciCa, algoritmaCa);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("Sertifikat pejabat tidak dapat diterbitkan", e);
        }
    }

    static byte[] pkcs12(PrivateKey kunci, X509Certificate[] rantai, char[] sandi) {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry("pkd", kunci, sandi, (Certificate[]) rantai);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ks.store(out, sandi);
            return out.toByteArray();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("PKCS#12 tidak dapat dibuat", e);
        }
    }

    static PrivateKey kunciPrivat(byte[] pkcs8, AlgoritmaKunci algoritma) {
        try {
            return KeyFactory.getInstance(algoritma.algoritmaJca()).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Kunci CA daerah tersimpan tidak dapat dibaca", e);
        }
    }

    private static BigInteger serial() {
        // Positive and unpredictable, within the 20 octets RFC 5280 allows.
        return new BigInteger(127, ACAK).setBit(126);
    }

    private static X509Certificate tandai(X509v3CertificateBuilder b, PrivateKey kunci, AlgoritmaKunci algoritma)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter()
                .getCertificate(b.build(new JcaContentSignerBuilder(algoritma.algoritmaTandaTangan()).build(kunci)));
    }
}
