package id.pkd.portal.tandatangan;

import id.pkd.portal.umum.PengaturanPkd;
import id.pkd.reports.signing.DevKeystore;
import id.pkd.reports.signing.PadesSigner;
import id.pkd.reports.signing.PdfSignatureVerifier;
import java.nio.file.Path;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The development signing key (a PKCS#12 created on first start in the data directory, never committed; trusted
 * in demo mode only) and the signature verifier, whose default anchors are the portal-wide roots.
 */
@Configuration(proxyBeanMethods = false)
class SigningConfiguration {

    @Bean
    PadesSigner padesSigner(PengaturanPkd pengaturan) {
        Path keystore = pengaturan.keystorePenandatangan();
        String password = pengaturan.signing().keystorePassword();
        DevKeystore.ensure(keystore, password.toCharArray(), "Portal Kinerja Daerah (Pengembangan)");
        return PadesSigner.fromPkcs12(keystore, password.toCharArray());
    }

    @Bean
    SertifikatPortal sertifikatPortal(PadesSigner signer) {
        return new SertifikatPortal(List.of(signer.certificate()));
    }

    /** Loads DSS, PDFBox and the validation policy once in the background, so the first signature is not slow. */
    @Bean
    org.springframework.context.ApplicationListener<org.springframework.boot.context.event.ApplicationReadyEvent>
            pemanasanTandaTangan(PadesSigner signer, PdfSignatureVerifier verifier) {
        return e -> {
            Thread t = new Thread(
                    () -> {
                        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
                            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
                            var out = new java.io.ByteArrayOutputStream();
                            doc.save(out);
                            byte[] png =
                                    id.pkd.reports.signing.GambarTandaTangan.png("Pemanasan", null, "-", "-", 200, 50);
                            verifier.verify(signer.sign(
                                    out.toByteArray(),
                                    new id.pkd.reports.signing.PermintaanTandaTangan(
                                            null,
                                            null,
                                            null,
                                            new id.pkd.reports.signing.TampilanTandaTangan(1, 10, 10, 200, 50, png))));
                        } catch (java.io.IOException | RuntimeException ex) {
                            // Only a warm-up.
                        }
                    },
                    "pemanasan-tanda-tangan");
            t.setDaemon(true);
            t.start();
        };
    }

    @Bean
    PdfSignatureVerifier pdfSignatureVerifier(AkarTepercayaService akar) {
        // Portal-wide anchors only; a registered document is verified against its tenant's anchors.
        return new PdfSignatureVerifier(akar::jangkarPortal);
    }
}
