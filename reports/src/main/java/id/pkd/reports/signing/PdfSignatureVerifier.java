package id.pkd.reports.signing;

import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.jaxb.XmlSignatureScope;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureScopeType;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.policy.ValidationPolicy;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.policy.ValidationPolicyLoader;
import eu.europa.esig.dss.validation.reports.Reports;
import id.pkd.reports.signing.VerificationResult.Status;
import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Memeriksa tanda tangan PAdES pada PDF terhadap daftar sertifikat yang dipercaya portal.
 *
 * <p>Pemeriksaan sepenuhnya luring: tidak ada pengambilan AIA, OCSP maupun CRL, sehingga hasilnya hanya
 * bergantung pada berkas dan sertifikat tepercaya. Aman dipakai bersama oleh banyak thread.
 */
public final class PdfSignatureVerifier {

    static final String PESAN_SAH = "Tanda tangan sah dan dokumen tidak berubah sejak ditandatangani.";
    static final String PESAN_BERUBAH = "Dokumen telah berubah setelah ditandatangani; tanda tangan tidak sah.";
    static final String PESAN_DITAMBAH =
            "Dokumen telah diubah atau ditambah setelah ditandatangani; tanda tangan tidak mencakup seluruh"
                    + " berkas sehingga tidak sah.";
    static final String PESAN_TIDAK_DIPERCAYA =
            "Tanda tangan utuh, tetapi sertifikat penandatangan tidak dikenal portal ini.";
    static final String PESAN_SERTIFIKAT_TIDAK_BERLAKU =
            "Tanda tangan utuh, tetapi sertifikat penandatangan tidak berlaku pada waktu penandatanganan.";
    static final String PESAN_SERTIFIKAT_DICABUT = "Tanda tangan utuh, tetapi sertifikat penandatangan telah dicabut.";
    static final String PESAN_KEBIJAKAN = "Tanda tangan utuh, tetapi tidak memenuhi kebijakan validasi portal ini";
    static final String PESAN_TANPA_TANDA_TANGAN = "Dokumen tidak memiliki tanda tangan elektronik.";
    static final String PESAN_BUKAN_PDF = "Berkas bukan dokumen PDF.";
    static final String PESAN_PDF_RUSAK = "Berkas rusak atau bukan dokumen PDF yang dapat dibaca.";

    private static final byte[] PDF_HEADER = {'%', 'P', 'D', 'F', '-'};

    private final Supplier<? extends Collection<X509Certificate>> trustAnchors;
    private final ValidationPolicy policy;

    /**
     * @param trustedCertificates sertifikat yang dipercaya langsung (trust anchor), biasanya
     *     {@link PadesSigner#certificate()} milik portal sendiri; boleh kosong, maka tidak ada tanda tangan
     *     yang sah
     */
    public PdfSignatureVerifier(Collection<X509Certificate> trustedCertificates) {
        Objects.requireNonNull(trustedCertificates, "daftar sertifikat tepercaya wajib diisi");
        List<X509Certificate> tetap = List.copyOf(trustedCertificates);
        this.trustAnchors = () -> tetap;
        // Parsed once: loading DSS's default policy XML costs more than validating a small PDF.
        this.policy = ValidationPolicyLoader.fromDefaultValidationPolicy().create();
    }

    /**
     * @param trustedCertificates trust anchors (roots, or certificates trusted exactly), read at every
     *     verification so anchors installed while the portal runs count at once
     */
    public PdfSignatureVerifier(Supplier<? extends Collection<X509Certificate>> trustedCertificates) {
        this.trustAnchors = Objects.requireNonNull(trustedCertificates, "daftar sertifikat tepercaya wajib diisi");
        this.policy = ValidationPolicyLoader.fromDefaultValidationPolicy().create();
    }

    /**
     * Memeriksa tanda tangan elektronik pada berkas. Tidak pernah melempar exception untuk isi berkas yang
     * rusak atau bukan PDF.
     */
    public VerificationResult verify(byte[] pdf) {
        return verify(pdf, trustAnchors.get());
    }

    /**
     * Memeriksa tanda tangan terhadap trust anchor yang diberikan (misalnya milik satu daerah saja): sebuah
     * tanda tangan sah hanya bila sertifikat penandatangannya berantai ke salah satunya ({@link
     * RantaiSertifikat}).
     */
    public VerificationResult verify(byte[] pdf, Collection<X509Certificate> anchors) {
        if (pdf == null || !startsWithPdfHeader(pdf)) {
            return new VerificationResult(Status.BUKAN_PDF, null, null, PESAN_BUKAN_PDF);
        }
        Reports reports;
        try {
            // The chain to the anchors is decided here, offline; DSS then trusts exactly the signers that
            // passed, directly, so it needs no revocation data and judges integrity and format.
            List<X509Certificate> signers = RantaiSertifikat.penandatanganTepercaya(pdf, anchors);
            PDFDocumentValidator validator = new PDFDocumentValidator(new InMemoryDocument(pdf));
            validator.setCertificateVerifier(offlineVerifier(signers));
            reports = validator.validateDocument(policy);
        } catch (RuntimeException unreadable) {
            // DSS and PDFBox throw a variety of unchecked exceptions for truncated or malformed files.
            return new VerificationResult(Status.BUKAN_PDF, null, null, PESAN_PDF_RUSAK);
        }

        List<SignatureWrapper> signatures = reports.getDiagnosticData().getSignatures();
        if (signatures.isEmpty()) {
            return new VerificationResult(Status.TIDAK_BERTANDA_TANGAN, null, null, PESAN_TANPA_TANDA_TANGAN);
        }

        SignatureWrapper latest = signatures.stream()
                .max(Comparator.comparing(PdfSignatureVerifier::coveredUpTo))
                .orElseThrow();
        String nama = signerName(latest);
        Instant waktu = toInstant(latest.getClaimedSigningTime());

        // Only the newest signature can cover the whole file; older ones legitimately stop at their revision.
        if (!coversWholeFile(latest)) {
            return new VerificationResult(Status.BERUBAH, nama, waktu, PESAN_DITAMBAH);
        }
        VerificationResult worst = null;
        List<VerificationResult.RincianTandaTangan> rincian = new ArrayList<>();
        List<SignatureWrapper> urut = signatures.stream()
                .sorted(Comparator.comparing(PdfSignatureVerifier::coveredUpTo))
                .toList();
        for (SignatureWrapper signature : urut) {
            VerificationResult result = judge(reports.getSimpleReport(), signature, nama, waktu);
            if (worst == null || severity(result.status()) > severity(worst.status())) {
                worst = result;
            }
            VerificationResult sendiri = judge(
                    reports.getSimpleReport(),
                    signature,
                    signerName(signature),
                    toInstant(signature.getClaimedSigningTime()));
            Indication indication = reports.getSimpleReport().getIndication(signature.getId());
            rincian.add(new VerificationResult.RincianTandaTangan(
                    sendiri.namaPenandatangan(),
                    sendiri.waktuTandaTangan(),
                    signature.getReason(),
                    sendiri.status(),
                    sendiri.pesan(),
                    indication == null ? null : indication.name()));
        }
        return worst.denganRincian(rincian);
    }

    private static VerificationResult judge(
            SimpleReport simple, SignatureWrapper signature, String nama, Instant waktu) {
        Indication indication = simple.getIndication(signature.getId());
        SubIndication sub = simple.getSubIndication(signature.getId());
        if (indication == Indication.TOTAL_PASSED && signature.isSignatureIntact() && signature.isSignatureValid()) {
            return new VerificationResult(Status.SAH, nama, waktu, PESAN_SAH);
        }
        if (!signature.isSignatureIntact()
                || !signature.isSignatureByteRangeValid()
                || sub == SubIndication.HASH_FAILURE
                || sub == SubIndication.SIG_CRYPTO_FAILURE
                || sub == SubIndication.FORMAT_FAILURE) {
            return new VerificationResult(Status.BERUBAH, nama, waktu, PESAN_BERUBAH);
        }
        if (sub == null) {
            return new VerificationResult(Status.TIDAK_DIPERCAYA, nama, waktu, PESAN_KEBIJAKAN + ".");
        }
        return switch (sub) {
            case NO_CERTIFICATE_CHAIN_FOUND, NO_CERTIFICATE_CHAIN_FOUND_NO_POE ->
                new VerificationResult(Status.TIDAK_DIPERCAYA, nama, waktu, PESAN_TIDAK_DIPERCAYA);
            case EXPIRED, NOT_YET_VALID, OUT_OF_BOUNDS_NO_POE, OUT_OF_BOUNDS_NOT_REVOKED ->
                new VerificationResult(Status.TIDAK_DIPERCAYA, nama, waktu, PESAN_SERTIFIKAT_TIDAK_BERLAKU);
            case REVOKED, REVOKED_NO_POE, REVOKED_CA_NO_POE ->
                new VerificationResult(Status.TIDAK_DIPERCAYA, nama, waktu, PESAN_SERTIFIKAT_DICABUT);
            default ->
                new VerificationResult(Status.TIDAK_DIPERCAYA, nama, waktu, PESAN_KEBIJAKAN + " (" + sub.name() + ").");
        };
    }

    // A tampered signature outweighs an untrusted one when a file carries several signatures.
    private static int severity(Status status) {
        return switch (status) {
            case SAH -> 0;
            case TIDAK_DIPERCAYA -> 1;
            case BERUBAH -> 2;
            case TIDAK_BERTANDA_TANGAN, BUKAN_PDF -> 3;
        };
    }

    private static CommonCertificateVerifier offlineVerifier(Collection<X509Certificate> signers) {
        // "true" leaves out the default AIA source, which would otherwise download issuer certificates of
        // unknown signers over HTTP. OCSP and CRL sources are null by default; set them anyway so a future DSS
        // default cannot silently take the verifier online.
        CommonCertificateVerifier verifier = new CommonCertificateVerifier(true);
        verifier.setAIASource(null);
        verifier.setOcspSource(null);
        verifier.setCrlSource(null);
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        // Fresh tokens per validation: DSS records chain-building results inside CertificateToken, so sharing
        // one across concurrent validations would race.
        signers.forEach(c -> trusted.addCertificate(new CertificateToken(c)));
        verifier.setTrustedCertSources(trusted);
        return verifier;
    }

    // DSS compares the /ByteRange with the real file length and reports FULL only when nothing was appended.
    private static boolean coversWholeFile(SignatureWrapper signature) {
        if (!signature.isSignatureByteRangeValid()) {
            return false;
        }
        List<XmlSignatureScope> scopes = signature.getSignatureScopes();
        return !scopes.isEmpty() && scopes.stream().allMatch(s -> s.getScope() == SignatureScopeType.FULL);
    }

    private static BigInteger coveredUpTo(SignatureWrapper signature) {
        List<BigInteger> range = signature.getSignatureByteRange();
        if (range.size() != 4) {
            return BigInteger.valueOf(-1);
        }
        return range.get(2).add(range.get(3));
    }

    private static String signerName(SignatureWrapper signature) {
        String name = signature.getSignerName();
        if (name != null && !name.isBlank()) {
            return name;
        }
        CertificateWrapper certificate = signature.getSigningCertificate();
        return certificate == null ? null : certificate.getCommonName();
    }

    private static Instant toInstant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static boolean startsWithPdfHeader(byte[] content) {
        if (content.length < PDF_HEADER.length) {
            return false;
        }
        for (int i = 0; i < PDF_HEADER.length; i++) {
            if (content[i] != PDF_HEADER[i]) {
                return false;
            }
        }
        return true;
    }
}
