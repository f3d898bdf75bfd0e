package id.pkd.portal.tandatangan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.pkd.portal.PortalDiPeramban;
import id.pkd.reports.signing.PkiDemo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** On the trust-roots screen: a root is listed with issuer and SHA-256, a huge file is refused, removal asks first. */
class AkarTepercayaE2ETest extends PortalDiPeramban {

    @Autowired
    AkarTepercayaService akar;

    @Autowired
    JdbcClient jdbc;

    @Test
    void operatorMemasangLaluMenghapusAkarDenganKonfirmasi() throws Exception {
        Instant kini = Instant.now();
        String nama = "CA Hapus Layar Uji " + System.nanoTime();
        X509Certificate ca = PkiDemo.sertifikatCa(
                PkiDemo.buatCa(
                        nama, "ca".toCharArray(), kini.minus(Duration.ofDays(1)), kini.plus(Duration.ofDays(30))),
                "ca".toCharArray());
        String sidik = AkarTepercayaService.sha256(ca.getEncoded());
        Path folder =
                Files.createDirectories(Path.of("target", "akar-uji-hapus").toAbsolutePath());
        Path pem = folder.resolve("akar-hapus.pem");
        Files.writeString(
                pem,
                "-----BEGIN CERTIFICATE-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                .encodeToString(ca.getEncoded())
                        + "\n-----END CERTIFICATE-----\n");
        Path besar = folder.resolve("besar.pem");
        Files.write(besar, new byte[AkarTepercayaService.UKURAN_MAKS + 1]);

        masuk("operator.portal");
        page.navigate(url("tandatangan/akar"));
        page.setInputFiles("vaadin-upload input[type=file]", besar);
        assertThat(page.locator("#pesan-berkas-akar")).containsText("paling besar 64 KB");

        page.setInputFiles("vaadin-upload input[type=file]", pem);
        assertThat(page.locator("#berkas-akar")).containsText("akar-hapus.pem");
        page.locator("#pasang-akar").click();
        assertThat(page.locator("#akar-tepercaya")).containsText(nama);
        assertThat(page.locator("#akar-tepercaya")).containsText(sidik.substring(0, 16));
        long id = jdbc.sql("SELECT id FROM akar_tepercaya WHERE sha256 = ? AND tenant_id IS NULL")
                .param(sidik)
                .query(Long.class)
                .single();

        page.locator("#hapus-akar-" + id).click();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Batal").setExact(true))
                .click();
        assertThat(page.locator("#akar-tepercaya")).containsText(nama);
        assertThat(akar.jangkarPortal()).contains(ca);

        page.locator("#hapus-akar-" + id).click();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Hapus").setExact(true))
                .click();
        assertThat(page.getByText("dihapus dari seluruh portal")).isVisible();
        // The grid recycles its cells, so the row's absence is read from the database, not the DOM.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM akar_tepercaya WHERE id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(akar.jangkarPortal()).doesNotContain(ca);
    }
}
