package id.pkd.reports.signing;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.util.Selector;

/**
 * The trust decision of the portal: a certificate is trusted only through a chain to a trust anchor the portal
 * operator installed, never because it was uploaded. Checked with the JDK's PKIX path builder, offline (no CRL,
 * OCSP or AIA), so the answer depends only on the certificates and the anchors.
 */
public final class RantaiSertifikat {

    private RantaiSertifikat() {}

    /** Whether the certificate is signed by its own key (subject = issuer): it vouches only for itself. */
    public static boolean ditandatanganiSendiri(X509Certificate c) {
        if (!c.getSubjectX500Principal().equals(c.getIssuerX500Principal())) {
            return false;
        }
        try {
            c.verify(c.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /**
     * Whether {@code sertifikat} chains to one of {@code jangkar}, through the intermediates given, valid at
     * {@code pada}. An anchor itself counts (the operator installed exactly that certificate); any other
     * self-signed certificate does not.
     */
    public static boolean berantai(
            X509Certificate sertifikat,
            Collection<X509Certificate> perantara,
            Collection<X509Certificate> jangkar,
            Instant pada) {
        if (jangkar.isEmpty()) {
            return false;
        }
        if (jangkar.contains(sertifikat)) {
            return berlaku(sertifikat, pada);
        }
        if (ditandatanganiSendiri(sertifikat)) {
            return false;
        }
        try {
            Set<TrustAnchor> akar = new HashSet<>();
            jangkar.forEach(j -> akar.add(new TrustAnchor(j, null)));
            X509CertSelector sasaran = new X509CertSelector();
            sasaran.setCertificate(sertifikat);
            PKIXBuilderParameters p = new PKIXBuilderParameters(akar, sasaran);
            // Offline by design: the portal never fetches revocation data while verifying.
            p.setRevocationEnabled(false);
            p.setDate(Date.from(pada));
            List<X509Certificate> semua = new ArrayList<>(perantara);
            semua.add(sertifikat);
            p.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(semua)));
            CertPathBuilder.getInstance("PKIX").build(p);
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static boolean berlaku(X509Certificate c, Instant pada) {
        try {
            c.checkValidity(Date.from(pada));
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /**
     * The signers' certificates of every signature in the PDF that chain to {@code jangkar} at the time the
     * signature claims (or now). Unreadable files and signatures give none; integrity is DSS's job.
     */
    static List<X509Certificate> penandatanganTepercaya(byte[] pdf, Collection<X509Certificate> jangkar) {
        List<X509Certificate> hasil = new ArrayList<>();
        if (jangkar.isEmpty()) {
            return hasil;
        }
        JcaX509CertificateConverter konversi = new JcaX509CertificateConverter();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDSignature ttd : doc.getSignatureDictionaries()) {
                try {
                    CMSSignedData cms = new CMSSignedData(ttd.getContents());
                    List<X509Certificate> tas = new ArrayList<>();
                    for (X509CertificateHolder h : cms.getCertificates().getMatches(null)) {
                        tas.add(konversi.getCertificate(h));
                    }
                    Instant pada = ttd.getSignDate() == null
                            ? Instant.now()
                            : ttd.getSignDate().toInstant();
                    for (SignerInformation si : cms.getSignerInfos().getSigners()) {
                        @SuppressWarnings("unchecked")
                        Selector<X509CertificateHolder> sid = (Selector<X509CertificateHolder>) si.getSID();
                        for (X509CertificateHolder h : cms.getCertificates().getMatches(sid)) {
                            X509Certificate c = konversi.getCertificate(h);
                            if (berantai(c, tas, jangkar, pada)) {
                                hasil.add(c);
                            }
                        }
                    }
                } catch (CMSException | GeneralSecurityException | RuntimeException e) {
                    // Not a CMS signature the portal can read: left to DSS, which will not call it valid.
                }
            }
        } catch (IOException | RuntimeException e) {
            // Unreadable: DSS reports it.
        }
        return hasil;
    }
}
