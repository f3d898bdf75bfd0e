package id.pkd.portal.tandatangan;

import id.pkd.reports.signing.DevKeystore;
import id.pkd.reports.signing.PadesSigner;
import id.pkd.reports.signing.PdfSignatureVerifier;
import java.nio.file.Path;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The development signing key (a PKCS#12 created on first start in the data directory, never committed) and the
 * verifier of the public verification page, which trusts the officials' registered certificates as well.
 */
@Configuration(proxyBeanMethods = false)
class SigningConfiguration {

    @Bean
    PadesSigner padesSigner(
            @Value("${pkd.signing.keystore}") Path keystore,
            @Value("${pkd.signing.keystore-password}") String password) {
        DevKeystore.ensure(keystore, password.toCharArray(), "Portal Kinerja Daerah (Pengembangan)");
        return PadesSigner.fromPkcs12(keystore, password.toCharArray());
    }

    @Bean
    SertifikatPortal sertifikatPortal(PadesSigner signer) {
        return new SertifikatPortal(List.of(signer.certificate()));
    }

    @Bean
    PdfSignatureVerifier pdfSignatureVerifier(TandaTanganService tandaTangan) {
        return new PdfSignatureVerifier(tandaTangan::sertifikatTepercaya);
    }
}
