package id.pkd.portal.tandatangan;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Forged signing keys for the trust-model tests. */
public final class SertifikatPalsu {

    private SertifikatPalsu() {}

    /** What anyone can make offline: a self-signed signing certificate under any name. */
    public static byte[] p12(String namaUmum, String organisasi, char[] sandi) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            KeyPair kp = g.generateKeyPair();
            var nama = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.C, "ID")
                    .addRDN(BCStyle.O, organisasi)
                    .addRDN(BCStyle.CN, namaUmum)
                    .build();
            Instant kini = Instant.now();
            X509Certificate c = new JcaX509CertificateConverter()
                    .getCertificate(new JcaX509v3CertificateBuilder(
                                    nama,
                                    BigInteger.valueOf(kini.toEpochMilli()),
                                    Date.from(kini.minus(Duration.ofHours(1))),
                                    Date.from(kini.plus(Duration.ofDays(365))),
                                    nama,
                                    kp.getPublic())
                            .addExtension(
                                    Extension.keyUsage,
                                    true,
                                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                            .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                            .build(new JcaContentSignerBuilder("SHA256withRSA").build(kp.getPrivate())));
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry("palsu", kp.getPrivate(), sandi, new Certificate[] {c});
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ks.store(out, sandi);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
