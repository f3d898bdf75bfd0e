package id.pkd.reports.signing;

import java.math.BigInteger;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.pkcs.AuthenticatedSafe;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.EncryptedData;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.MacData;
import org.bouncycastle.asn1.pkcs.PBEParameter;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCS12PBEParams;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.Pfx;
import org.bouncycastle.asn1.pkcs.SafeBag;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * Bounds the work a PKCS#12 file can demand before anything opens it. Opening runs the MAC's and
 * each encryption's key derivation as many times as the file itself says: a file of a few
 * kilobytes asking for millions of rounds holds the uploading screen (and a server thread) for a
 * minute or more. The counts sit in the unencrypted outer structure, so they are read from the
 * ASN.1 first and a file over the bound is refused with the reason.
 */
public final class BatasPkcs12 {

    /**
     * Far above what any tool writes (OpenSSL 2,048, the JDK 10,000, PBKDF2 guidance about 600,000)
     * and well below the JDK's own ceiling of 5,000,000, where one opening takes about 90 s.
     */
    public static final long ITERASI_MAKSIMAL = 1_000_000;

    private BatasPkcs12() {}

    /**
     * @throws TandaTanganException when the MAC or any encryption asks for more than {@link
     *     #ITERASI_MAKSIMAL} rounds; a file whose structure cannot be read is left to the reader
     *     that opens it (and its message)
     */
    public static void periksaIterasi(byte[] p12) {
        long iterasi;
        try {
            iterasi = iterasiTerbesar(p12);
        } catch (RuntimeException | java.io.IOException e) {
            return;
        }
        if (iterasi > ITERASI_MAKSIMAL) {
            throw new TandaTanganException(
                    "Berkas PKCS#12 meminta " + (iterasi == Long.MAX_VALUE ? "lebih dari " + Long.MAX_VALUE : iterasi)
                            + " putaran penurunan kunci; paling banyak " + ITERASI_MAKSIMAL
                            + ". Ekspor ulang berkas dengan pengaturan bawaan aplikasinya.",
                    null);
        }
    }

    /** The largest iteration count the file declares: its MAC, its encrypted parts, its shrouded keys. */
    static long iterasiTerbesar(byte[] p12) throws java.io.IOException {
        Pfx pfx;
        try (ASN1InputStream masuk = new ASN1InputStream(p12)) {
            pfx = Pfx.getInstance(masuk.readObject());
        }
        long maks = 0;
        MacData mac = pfx.getMacData();
        if (mac != null) {
            maks = angka(mac.getIterationCount());
        }
        ContentInfo authSafe = pfx.getAuthSafe();
        if (!PKCSObjectIdentifiers.data.equals(authSafe.getContentType())) {
            return maks;
        }
        AuthenticatedSafe isi = AuthenticatedSafe.getInstance(ASN1Primitive.fromByteArray(
                ASN1OctetString.getInstance(authSafe.getContent()).getOctets()));
        for (ContentInfo bagian : isi.getContentInfo()) {
            if (PKCSObjectIdentifiers.encryptedData.equals(bagian.getContentType())) {
                EncryptedData terenkripsi = EncryptedData.getInstance(bagian.getContent());
                maks = Math.max(maks, iterasi(terenkripsi.getEncryptionAlgorithm()));
            } else if (PKCSObjectIdentifiers.data.equals(bagian.getContentType())) {
                ASN1Sequence kantong = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(
                        ASN1OctetString.getInstance(bagian.getContent()).getOctets()));
                for (ASN1Encodable k : kantong) {
                    SafeBag bag = SafeBag.getInstance(k);
                    if (PKCSObjectIdentifiers.pkcs8ShroudedKeyBag.equals(bag.getBagId())) {
                        maks = Math.max(
                                maks,
                                iterasi(EncryptedPrivateKeyInfo.getInstance(bag.getBagValue())
                                        .getEncryptionAlgorithm()));
                    }
                }
            }
        }
        return maks;
    }

    private static long iterasi(AlgorithmIdentifier algoritma) {
        String oid = algoritma.getAlgorithm().getId();
        if (PKCSObjectIdentifiers.id_PBES2.equals(algoritma.getAlgorithm())) {
            KeyDerivationFunc kdf =
                    PBES2Parameters.getInstance(algoritma.getParameters()).getKeyDerivationFunc();
            if (PKCSObjectIdentifiers.id_PBKDF2.equals(kdf.getAlgorithm())) {
                return angka(PBKDF2Params.getInstance(kdf.getParameters()).getIterationCount());
            }
            return 0;
        }
        if (oid.startsWith(PKCSObjectIdentifiers.pkcs_12PbeIds.getId() + ".")) {
            return angka(PKCS12PBEParams.getInstance(algoritma.getParameters()).getIterations());
        }
        if (oid.startsWith(PKCSObjectIdentifiers.pkcs_5.getId() + ".")) {
            return angka(PBEParameter.getInstance(algoritma.getParameters()).getIterationCount());
        }
        return 0;
    }

    private static long angka(BigInteger n) {
        return n.bitLength() > 62 ? Long.MAX_VALUE : n.longValueExact();
    }
}
