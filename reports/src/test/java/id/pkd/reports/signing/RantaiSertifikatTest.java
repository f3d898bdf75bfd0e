package id.pkd.reports.signing;

import static org.assertj.core.api.Assertions.assertThat;

import id.pkd.reports.signing.VerificationResult.Status;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/** A signer is trusted only through a chain to a given anchor; its own certificate is no anchor. */
class RantaiSertifikatTest {

    static final char[] SANDI = "uji".toCharArray();
    static final Instant KINI = Instant.now();

    static byte[] ca(String nama) {
        return PkiDemo.buatCa(nama, SANDI, KINI.minus(Duration.ofDays(1)), KINI.plus(Duration.ofDays(30)));
    }

    static byte[] pejabat(byte[] ca) {
        return PkiDemo.terbitkan(
                ca, SANDI, "Pejabat Uji", null, SANDI, KINI.minus(Duration.ofHours(1)), KINI.plus(Duration.ofDays(30)));
    }

    static byte[] pdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void rantaiKeAkarDiterimaSelainItuDitolak() {
        byte[] caA = ca("CA A");
        byte[] caB = ca("CA B");
        PadesSigner s = PadesSigner.fromPkcs12(pejabat(caA), SANDI);
        X509Certificate akarA = PkiDemo.sertifikatCa(caA, SANDI);
        X509Certificate akarB = PkiDemo.sertifikatCa(caB, SANDI);
        List<X509Certificate> perantara = s.certificateChain().subList(1, 2);

        assertThat(RantaiSertifikat.berantai(s.certificate(), perantara, List.of(akarA), KINI))
                .isTrue();
        assertThat(RantaiSertifikat.berantai(s.certificate(), perantara, List.of(akarB), KINI))
                .isFalse();
        assertThat(RantaiSertifikat.berantai(s.certificate(), perantara, List.of(), KINI))
                .isFalse();
        // Outside the certificate's validity the chain does not hold.
        assertThat(RantaiSertifikat.berantai(
                        s.certificate(), perantara, List.of(akarA), KINI.plus(Duration.ofDays(60))))
                .isFalse();
        assertThat(RantaiSertifikat.ditandatanganiSendiri(akarA)).isTrue();
        assertThat(RantaiSertifikat.ditandatanganiSendiri(s.certificate())).isFalse();
        // A self-signed certificate is trusted only when it is itself the anchor.
        assertThat(RantaiSertifikat.berantai(akarB, List.of(), List.of(akarA), KINI))
                .isFalse();
        assertThat(RantaiSertifikat.berantai(akarA, List.of(), List.of(akarA), KINI))
                .isTrue();
    }

    @Test
    void tandaTanganSahHanyaTerhadapAkarPenerbitnya() throws IOException {
        byte[] caA = ca("CA A");
        byte[] ditandatangani =
                PadesSigner.fromPkcs12(pejabat(caA), SANDI).sign(pdf(), "Uji", "Paringin", "Pejabat Uji");
        PdfSignatureVerifier verifier = new PdfSignatureVerifier(List.of());

        VerificationResult sah = verifier.verify(ditandatangani, List.of(PkiDemo.sertifikatCa(caA, SANDI)));
        assertThat(sah.status()).as(sah.pesan()).isEqualTo(Status.SAH);
        assertThat(sah.tandaTangan())
                .extracting(VerificationResult.RincianTandaTangan::indikasi)
                .containsExactly("TOTAL_PASSED");

        VerificationResult lain = verifier.verify(ditandatangani, List.of(PkiDemo.sertifikatCa(ca("CA Lain"), SANDI)));
        assertThat(lain.status()).isEqualTo(Status.TIDAK_DIPERCAYA);
        assertThat(verifier.verify(ditandatangani).status()).isEqualTo(Status.TIDAK_DIPERCAYA);
    }
}
