package id.pkd.reports.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.Locale;
import javax.security.auth.x500.X500Principal;

/**
 * Checks an uploaded PKCS#12 before the portal keeps it: it opens only with the passphrase, holds a private key,
 * and its certificate is valid today. Every problem is one sentence in Bahasa Indonesia for the upload form.
 */
public final class PemeriksaPkcs12 {

    private static final DateTimeFormatter TANGGAL =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id-ID"));

    private PemeriksaPkcs12() {}

    /** What the portal shows and stores about a key; never the key itself. */
    public record InfoSertifikat(
            String nama, String penerbit, String nomorSeri, Instant berlakuMulai, Instant berlakuSampai) {}

    /** As {@link #periksa(byte[], char[], Instant, ZoneId)}, validity dates written in UTC. */
    public static InfoSertifikat periksa(byte[] isi, char[] kataSandi, Instant sekarang) {
        return periksa(isi, kataSandi, sekarang, ZoneOffset.UTC);
    }

    /**
     * @param zona the zone the validity dates in a refusal are written in: the uploader's region's
     * @throws TandaTanganException with the reason, in Bahasa Indonesia
     */
    public static InfoSertifikat periksa(byte[] isi, char[] kataSandi, Instant sekarang, ZoneId zona) {
        if (isi == null || isi.length == 0) {
            throw new TandaTanganException("Berkas kunci kosong.", null);
        }
        if (kataSandi == null || kataSandi.length == 0) {
            throw new TandaTanganException("Kata sandi (passphrase) berkas kunci wajib diisi.", null);
        }
        if (isi[0] != 0x30) {
            throw new TandaTanganException("Berkas bukan PKCS#12 (.p12/.pfx).", null);
        }
        KeyStore ks;
        try {
            ks = KeyStore.getInstance("PKCS12");
            ks.load(new ByteArrayInputStream(isi), kataSandi);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new TandaTanganException("Kata sandi berkas kunci salah.", e);
            }
            throw new TandaTanganException(
                    "Berkas bukan PKCS#12 (.p12/.pfx) yang dapat dibuka dengan kata sandi ini: kata sandinya salah atau"
                            + " berkasnya rusak.",
                    e);
        } catch (GeneralSecurityException e) {
            throw new TandaTanganException("Berkas bukan PKCS#12 (.p12/.pfx) yang dapat dibaca.", e);
        }
        try {
            for (String alias : Collections.list(ks.aliases())) {
                if (!ks.isKeyEntry(alias)) {
                    continue;
                }
                Key key = ks.getKey(alias, kataSandi);
                Certificate c = ks.getCertificate(alias);
                if (key instanceof PrivateKey && c instanceof X509Certificate cert) {
                    Instant mulai = cert.getNotBefore().toInstant();
                    Instant sampai = cert.getNotAfter().toInstant();
                    if (sekarang.isBefore(mulai)) {
                        throw new TandaTanganException(
                                "Sertifikat baru berlaku mulai " + TANGGAL.format(mulai.atZone(zona)) + ".", null);
                    }
                    if (sekarang.isAfter(sampai)) {
                        throw new TandaTanganException(
                                "Sertifikat sudah kedaluwarsa sejak " + TANGGAL.format(sampai.atZone(zona)) + ".",
                                null);
                    }
                    boolean[] guna = cert.getKeyUsage();
                    if (guna != null && !guna[0] && !guna[1]) {
                        throw new TandaTanganException(
                                "Sertifikat ini bukan sertifikat tanda tangan (penggunaan kuncinya tidak mencakup"
                                        + " tanda tangan digital).",
                                null);
                    }
                    return new InfoSertifikat(
                            cn(cert.getSubjectX500Principal()),
                            cn(cert.getIssuerX500Principal()),
                            cert.getSerialNumber().toString(16),
                            mulai,
                            sampai);
                }
            }
        } catch (UnrecoverableKeyException e) {
            throw new TandaTanganException("Kunci privat tidak dapat dibuka dengan kata sandi ini.", e);
        } catch (GeneralSecurityException e) {
            throw new TandaTanganException("Berkas kunci tidak dapat dibaca.", e);
        }
        throw new TandaTanganException("Berkas tidak berisi kunci privat beserta sertifikatnya.", null);
    }

    static String cn(X500Principal p) {
        try {
            for (javax.naming.ldap.Rdn rdn : new javax.naming.ldap.LdapName(p.getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return rdn.getValue().toString();
                }
            }
        } catch (javax.naming.InvalidNameException e) {
            // fall through to the whole name
        }
        return p.getName();
    }
}
