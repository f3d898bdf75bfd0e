package id.pkd.reports.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.spec.PBEParameterSpec;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.AuthenticatedSafe;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.EncryptedData;
import org.bouncycastle.asn1.pkcs.MacData;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.Pfx;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DigestInfo;
import org.junit.jupiter.api.Test;

/**
 * Issue 11's walk-through: a PKCS#12 asking for 4.9 million rounds held the admin's screen for
 * about 90 s. Its counts are now read from the outer ASN.1 and a file over the bound is refused at
 * once, without a single round run; what real tools write still passes.
 */
class BatasPkcs12Test {

    static final char[] SANDI = "sandi-uji-batas".toCharArray();

    @Test
    void macDengan4Koma9JutaPutaranDitolakSeketika() throws Exception {
        byte[] p12 = pfx(4_900_000, new ContentInfo[0]);
        long mulai = System.nanoTime();
        assertThatThrownBy(() -> BatasPkcs12.periksaIterasi(p12))
                .isInstanceOf(TandaTanganException.class)
                .hasMessage("Berkas PKCS#12 meminta 4900000 putaran penurunan kunci; paling banyak 1000000."
                        + " Ekspor ulang berkas dengan pengaturan bawaan aplikasinya.");
        assertThat(Duration.ofNanos(System.nanoTime() - mulai)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void bagianTerenkripsiDenganPutaranRaksasaDitolak() throws Exception {
        // pbeWithSHAAnd40BitRC2-CBC, as the JDK and OpenSSL write the certificate part, with 2^70 rounds.
        AlgorithmIdentifier pbe = new AlgorithmIdentifier(
                PKCSObjectIdentifiers.pbeWithSHAAnd40BitRC2_CBC,
                new DERSequence(new org.bouncycastle.asn1.ASN1Encodable[] {
                    new DEROctetString(new byte[8]), new ASN1Integer(BigInteger.TWO.pow(70))
                }));
        ContentInfo terenkripsi = new ContentInfo(
                PKCSObjectIdentifiers.encryptedData,
                new EncryptedData(PKCSObjectIdentifiers.data, pbe, new DEROctetString(new byte[16])));
        byte[] p12 = pfx(2048, new ContentInfo[] {terenkripsi});
        assertThat(BatasPkcs12.iterasiTerbesar(p12)).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> BatasPkcs12.periksaIterasi(p12)).isInstanceOf(TandaTanganException.class);
    }

    @Test
    void kunciBerpelindungDariJdkDenganPutaranBerlebihDitolak() throws Exception {
        byte[] biasa = PkiDemo.buatCa(
                "CA Uji Batas", SANDI, Instant.now(), Instant.now().plus(Duration.ofDays(30)));
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(new ByteArrayInputStream(biasa), SANDI);
        String alias = ks.aliases().nextElement();
        KeyStore.PrivateKeyEntry entri =
                new KeyStore.PrivateKeyEntry((PrivateKey) ks.getKey(alias, SANDI), ks.getCertificateChain(alias));
        KeyStore baru = KeyStore.getInstance("PKCS12");
        baru.load(null, null);
        baru.setEntry(
                alias,
                entri,
                new KeyStore.PasswordProtection(
                        SANDI, "PBEWithHmacSHA256AndAES_128", new PBEParameterSpec(new byte[16], 1_000_001)));
        ByteArrayOutputStream keluar = new ByteArrayOutputStream();
        baru.store(keluar, SANDI);
        assertThat(BatasPkcs12.iterasiTerbesar(keluar.toByteArray())).isEqualTo(1_000_001);
        assertThatThrownBy(() -> BatasPkcs12.periksaIterasi(keluar.toByteArray()))
                .isInstanceOf(TandaTanganException.class)
                .hasMessageContaining("1000001 putaran");
    }

    @Test
    void berkasBiasaDanBerkasRusakDilewatkan() {
        byte[] biasa = PkiDemo.buatCa(
                "CA Uji Batas", SANDI, Instant.now(), Instant.now().plus(Duration.ofDays(30)));
        assertThatCode(() -> BatasPkcs12.periksaIterasi(biasa)).doesNotThrowAnyException();
        // Not PKCS#12 at all: the reader that opens it gives its own reason.
        assertThatCode(() -> BatasPkcs12.periksaIterasi("bukan pkcs12".getBytes()))
                .doesNotThrowAnyException();
    }

    /** An outer PFX with a MAC of the given rounds around the given parts; nothing is encrypted. */
    static byte[] pfx(int iterasiMac, ContentInfo[] bagian) throws Exception {
        byte[] aman = new AuthenticatedSafe(bagian).getEncoded();
        MacData mac = new MacData(
                new DigestInfo(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), new byte[32]),
                new byte[16],
                iterasiMac);
        Pfx pfx = new Pfx(new ContentInfo(PKCSObjectIdentifiers.data, new DEROctetString(aman)), mac);
        assertThat(ASN1Sequence.getInstance(pfx.getEncoded()).size()).isEqualTo(3);
        return pfx.getEncoded();
    }
}
