package id.pkd.reports.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pkd.reports.Contoh;
import id.pkd.reports.signing.VerificationResult.Status;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Order(2)
class PadesSigningTest {

    private static final char[] PASSWORD = "rahasia-uji".toCharArray();
    private static final String PENANDATANGAN = "Dr. H. Ahmad Fauzi, M.Si.";

    @TempDir
    static Path dir;

    private static Path p12;
    private static PadesSigner signer;
    private static PdfSignatureVerifier verifier;
    private static byte[] unsigned;
    private static byte[] signed;

    @BeforeAll
    static void signOnce() throws Exception {
        p12 = dir.resolve("data/kunci/penandatangan.p12");
        long t0 = System.nanoTime();
        DevKeystore.ensure(p12, PASSWORD, "Portal Kinerja Daerah Kabupaten Balangan");
        System.out.printf("[waktu] pembuatan PKCS#12 (RSA-3072): %d ms%n", Contoh.ms(t0));

        signer = PadesSigner.fromPkcs12(p12, PASSWORD);
        verifier = new PdfSignatureVerifier(List.of(signer.certificate()));
        unsigned = Contoh.report().renderPdf(Contoh.data("Pemerintah Kabupaten Balangan", 40, "197001011995031001"));

        t0 = System.nanoTime();
        signed = signer.sign(unsigned, "Pengesahan ikhtisar indikator kinerja", "Paringin", PENANDATANGAN);
        System.out.printf("[waktu] tanda tangan PAdES-B pertama: %d ms%n", Contoh.ms(t0));
        t0 = System.nanoTime();
        signer.sign(unsigned, "Pengesahan ikhtisar indikator kinerja", "Paringin", PENANDATANGAN);
        System.out.printf("[waktu] tanda tangan PAdES-B hangat: %d ms%n", Contoh.ms(t0));
        Files.write(Contoh.target("ikhtisar-indikator-ttd.pdf"), signed);

        t0 = System.nanoTime();
        VerificationResult first = verifier.verify(signed);
        System.out.printf("[waktu] verifikasi pertama: %d ms (%s)%n", Contoh.ms(t0), first.status());
    }

    @Test
    void devKeystoreIsOwnerOnlyAndHasTheRequestedCertificate() throws Exception {
        if (Files.getFileStore(p12).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p12)))
                    .isEqualTo("rw-------");
        }
        X509Certificate cert = signer.certificate();
        assertThat(cert.getSubjectX500Principal().getName())
                .isEqualTo("CN=Portal Kinerja Daerah Kabupaten Balangan,O=Portal Kinerja Daerah,C=ID");
        assertThat(cert.getIssuerX500Principal()).isEqualTo(cert.getSubjectX500Principal());
        boolean[] usage = cert.getKeyUsage();
        assertThat(usage[0]).as("digitalSignature").isTrue();
        assertThat(usage[1]).as("nonRepudiation").isTrue();
        assertThat(usage[5]).as("keyCertSign").isFalse();
        Duration validity = Duration.between(
                cert.getNotBefore().toInstant(), cert.getNotAfter().toInstant());
        assertThat(validity.toDays()).isBetween(5 * 365L, 5 * 366L);
        assertThat(((RSAPublicKey) cert.getPublicKey()).getModulus().bitLength())
                .isEqualTo(3072);
        // No temporary files are left next to the keystore.
        try (var files = Files.list(p12.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("penandatangan.p12");
        }
    }

    @Test
    void devKeystoreLeavesAnExistingFileAlone() throws Exception {
        byte[] before = Files.readAllBytes(p12);
        var modified = Files.getLastModifiedTime(p12);
        DevKeystore.ensure(p12, "sandi-lain".toCharArray(), "Nama Lain");
        assertThat(Files.readAllBytes(p12)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(p12)).isEqualTo(modified);
    }

    @Test
    void wrongPasswordIsReportedInIndonesian() {
        assertThatThrownBy(() -> PadesSigner.fromPkcs12(p12, "salah".toCharArray()))
                .isInstanceOf(TandaTanganException.class)
                .hasMessageContaining("kata sandinya salah");
    }

    @Test
    void signedReportIsValid() {
        VerificationResult result = verifier.verify(signed);
        assertThat(result.status()).as(result.pesan()).isEqualTo(Status.SAH);
        assertThat(result.namaPenandatangan()).isEqualTo(PENANDATANGAN);
        assertThat(result.waktuTandaTangan()).isBetween(Instant.now().minusSeconds(600), Instant.now());
        assertThat(result.pesan()).isEqualTo("Tanda tangan sah dan dokumen tidak berubah sejak ditandatangani.");
        // The original bytes are kept as the first revision (incremental update).
        assertThat(Arrays.copyOf(signed, unsigned.length)).isEqualTo(unsigned);
    }

    @Test
    void popplerAgreesTheSignatureIsValid() throws Exception {
        Path file = Contoh.target("ikhtisar-indikator-ttd-pdfsig.pdf");
        Files.write(file, signed);
        String out = Contoh.jalankan("/usr/bin/pdfsig", file.toString()).output();
        System.out.println("[pdfsig] " + out.replace("\n", "\n[pdfsig] "));
        // pdfsig cannot know our self-signed certificate ("issuer is unknown"); the signature itself must hold.
        assertThat(out)
                .contains("Signature is Valid")
                .contains("Total document signed")
                .contains("CN=Portal Kinerja Daerah Kabupaten Balangan");
    }

    @Test
    void oneFlippedByteInSignedContentIsDetected() {
        byte[] tampered = signed.clone();
        int at = offsetInsideFirstStream(tampered);
        tampered[at] ^= 0x01;

        VerificationResult result = verifier.verify(tampered);
        assertThat(result.status()).as(result.pesan()).isEqualTo(Status.BERUBAH);
        assertThat(result.pesan()).isEqualTo("Dokumen telah berubah setelah ditandatangani; tanda tangan tidak sah.");
    }

    @Test
    void bytesAppendedAfterTheSignatureAreDetected() {
        byte[] appended = concat(signed, "sampah tambahan\n".getBytes(StandardCharsets.US_ASCII));
        VerificationResult result = verifier.verify(appended);
        assertThat(result.status()).as(result.pesan()).isEqualTo(Status.BERUBAH);
    }

    @Test
    void incrementalUpdateAfterTheSignatureIsDetected() {
        String update = "\n99 0 obj\n<< /Type /Annot /Subtype /Text /Contents (diubah) >>\nendobj\n%%EOF\n";
        byte[] appended = concat(signed, update.getBytes(StandardCharsets.US_ASCII));
        VerificationResult result = verifier.verify(appended);
        assertThat(result.status()).as(result.pesan()).isNotEqualTo(Status.SAH).isEqualTo(Status.BERUBAH);
    }

    @Test
    void unsignedPdfHasNoSignature() {
        VerificationResult result = verifier.verify(unsigned);
        assertThat(result.status()).isEqualTo(Status.TIDAK_BERTANDA_TANGAN);
        assertThat(result.pesan()).isEqualTo("Dokumen tidak memiliki tanda tangan elektronik.");
        assertThat(result.namaPenandatangan()).isNull();
    }

    @Test
    void garbageIsNotAPdf() {
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        assertThat(verifier.verify(random).status()).isEqualTo(Status.BUKAN_PDF);
        assertThat(verifier.verify(random).pesan()).isEqualTo("Berkas bukan dokumen PDF.");
        assertThat(verifier.verify(new byte[0]).status()).isEqualTo(Status.BUKAN_PDF);
        assertThat(verifier.verify(null).status()).isEqualTo(Status.BUKAN_PDF);
        byte[] headerOnly = concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), random);
        assertThat(verifier.verify(headerOnly).status()).isIn(Status.BUKAN_PDF, Status.TIDAK_BERTANDA_TANGAN);
    }

    @Test
    void truncatedSignedPdfIsNeverValid() {
        for (int keep : new int[] {signed.length - 1, signed.length - 200, signed.length / 2, 100}) {
            VerificationResult result = verifier.verify(Arrays.copyOf(signed, keep));
            assertThat(result.status())
                    .as("dipotong menjadi %d byte: %s", keep, result.pesan())
                    .isNotEqualTo(Status.SAH);
        }
        VerificationResult lastByteMissing = verifier.verify(Arrays.copyOf(signed, signed.length - 1));
        assertThat(lastByteMissing.status()).isIn(Status.BERUBAH, Status.BUKAN_PDF);
    }

    @Test
    void otherTrustAnchorMeansUntrusted() throws Exception {
        Path otherP12 = DevKeystore.ensure(dir.resolve("lain/lain.p12"), PASSWORD, "Portal Lain");
        X509Certificate other = PadesSigner.fromPkcs12(otherP12, PASSWORD).certificate();

        VerificationResult result = new PdfSignatureVerifier(List.of(other)).verify(signed);
        assertThat(result.status()).as(result.pesan()).isEqualTo(Status.TIDAK_DIPERCAYA);
        assertThat(result.pesan())
                .isEqualTo("Tanda tangan utuh, tetapi sertifikat penandatangan tidak dikenal portal ini.");
        assertThat(result.namaPenandatangan()).isEqualTo(PENANDATANGAN);

        assertThat(new PdfSignatureVerifier(List.of()).verify(signed).status()).isEqualTo(Status.TIDAK_DIPERCAYA);
    }

    @Test
    void verificationTiming() {
        long t0 = System.nanoTime();
        int n = 5;
        for (int i = 0; i < n; i++) {
            assertThat(verifier.verify(signed).status()).isEqualTo(Status.SAH);
        }
        System.out.printf("[waktu] verifikasi tanda tangan (rata-rata hangat): %d ms%n", Contoh.ms(t0) / n);
    }

    // A byte inside a compressed content stream of the original document: covered by the /ByteRange, far
    // from /Contents, and flipping it leaves the PDF structure parseable, so only the digest can notice.
    private static int offsetInsideFirstStream(byte[] pdf) {
        String ascii = new String(pdf, StandardCharsets.ISO_8859_1);
        int stream = ascii.indexOf("stream\n");
        int contents = ascii.indexOf("/Contents <");
        assertThat(stream).isPositive();
        int at = stream + "stream\n".length() + 10;
        assertThat(at).isLessThan(unsigned.length).isLessThan(contents);
        return at;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
