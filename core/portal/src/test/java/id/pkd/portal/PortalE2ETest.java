package id.pkd.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The portal as a person uses it, in Debian's Chromium. */
class PortalE2ETest extends PortalDiPeramban {

    @Autowired
    JdbcClient jdbc;

    @Test
    void kataSandiSalahDitolakDalamBahasaIndonesia() {
        page.navigate(url("login"));
        page.fill("input[name=username]", "admin.balangan");
        page.fill("input[name=password]", "bukan-sandinya");
        page.keyboard().press("Enter");
        assertThat(page.getByText("Nama pengguna atau kata sandi salah")).isVisible();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?error.*"));
    }

    @Test
    void penggunaKeduaDaerahDemoMasukKeDaerahnyaMasingMasing() {
        masuk("admin.balangan");
        assertThat(page.locator(".nama-daerah")).hasText("Pemerintah Kabupaten Balangan (63.11)");
        keluar();
        masuk("operator.kobar");
        assertThat(page.locator(".nama-daerah")).hasText("Pemerintah Kabupaten Kotawaringin Barat (62.01)");
        assertThat(page.getByText("Anda masuk sebagai Operator.")).isVisible();
    }

    @Test
    void adminMengaktifkanDanMenonaktifkanPluginDanIndikatornyaMunculLaluHilang() {
        masuk("admin.kobar");
        page.navigate(url("indikator"));
        assertThat(page.getByText("Angka PPKS yang tertangani")).isVisible();
        assertThat(page.getByText("Indeks Pembangunan Gender (IPG)")).hasCount(0);

        page.navigate(url("plugin"));
        Locator pppa = page.locator("vaadin-checkbox[data-plugin=urusan-pppa]");
        assertThat(pppa).not().hasAttribute("checked", "");
        pppa.click();
        assertThat(page.getByText("diaktifkan.")).isVisible();

        page.navigate(url("indikator"));
        assertThat(page.getByText("Indeks Pembangunan Gender (IPG)")).isVisible();
        assertThat(page.getByText("Rasio kekerasan terhadap anak")).isVisible();

        page.navigate(url("plugin"));
        page.locator("vaadin-checkbox[data-plugin=urusan-pppa]").click();
        assertThat(page.getByText("dinonaktifkan.")).isVisible();
        page.navigate(url("indikator"));
        assertThat(page.getByText("Angka PPKS yang tertangani")).isVisible();
        assertThat(page.getByText("Indeks Pembangunan Gender (IPG)")).hasCount(0);
    }

    @Test
    void penggunaDaerahATidakMelihatApaPunDariDaerahBLewatUrlAtauId() {
        long idOperatorKobar = jdbc.sql("SELECT id FROM pengguna WHERE username = 'operator.kobar'")
                .query(Long.class)
                .single();
        long idOperatorBalangan = jdbc.sql("SELECT id FROM pengguna WHERE username = 'operator.balangan'")
                .query(Long.class)
                .single();
        masuk("admin.balangan");
        page.navigate(url("pengguna/" + idOperatorBalangan));
        assertThat(page.locator("h2")).hasText("Pengguna operator.balangan");

        page.navigate(url("pengguna/" + idOperatorKobar));
        assertThat(page.getByText("Pengguna tidak ditemukan.")).isVisible();
        assertThat(page.locator("body")).not().containsText("Kotawaringin");
        assertThat(page.locator("body")).not().containsText("operator.kobar");

        page.navigate(url("pengguna"));
        assertThat(page.getByText("operator.balangan")).isVisible();
        assertThat(page.locator("body")).not().containsText(".kobar");

        page.navigate(url("daerah"));
        assertThat(page.getByText("Halaman tidak ditemukan")).isVisible();
        assertThat(page.locator("body")).not().containsText("Kotawaringin");
    }

    @Test
    void operatorPortalMendapatPesanDiIsianUntukKodeSalahDanKodeGanda() {
        masuk("operator.portal");
        page.navigate(url("daerah"));
        isi("Kode wilayah", "6311");
        pilih("Jenis daerah", "Kabupaten");
        isi("Nama daerah", "Kabupaten Uji Bentuk");
        isi("Nama pengguna admin", "admin.uji.bentuk");
        isi("Nama lengkap admin", "Admin Uji");
        isi("Kata sandi admin", "Rahasia-Uji-2024!");
        page.click("vaadin-button:has-text('Daftarkan daerah')");
        assertThat(page.locator("vaadin-text-field[invalid]")
                        .filter(new Locator.FilterOptions().setHasText("Kode wilayah")))
                .containsText("mis. 63.11");
        assertThat(page.getByLabel("Nama daerah")).hasValue("Kabupaten Uji Bentuk");

        isi("Kode wilayah", "62.01");
        page.click("vaadin-button:has-text('Daftarkan daerah')");
        // At the field (Vaadin 25 also reads the same text out through an aria-live announcer).
        assertThat(page.locator("vaadin-text-field[invalid]")
                        .getByText("Kode wilayah 62.01 sudah terdaftar untuk Kabupaten Kotawaringin Barat."))
                .isVisible();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pengguna WHERE username = 'admin.uji.bentuk'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void adminMembuatTokenApiYangDitampilkanSekaliLaluMencabutnya() throws Exception {
        masuk("admin.balangan");
        page.navigate(url("token-api"));
        page.locator("#nama-token input").fill("Integrasi E2E");
        page.click("vaadin-button:has-text('Buat token')");
        Locator tokenBaru = page.locator("#token-baru input");
        assertThat(tokenBaru).isVisible();
        String token = tokenBaru.inputValue();
        assertThat(token).matches("pkd_[0-9A-Za-z]{40}");
        assertThat(page.getByText("Token tidak akan ditampilkan lagi", new Page.GetByTextOptions().setExact(false)))
                .isVisible();

        HttpResponse<String> daerah = getApi(token);
        assertThat(daerah.statusCode()).isEqualTo(200);
        assertThat(daerah.body()).contains("\"kodeWilayah\":\"63.11\"").contains("\"nama\":\"Kabupaten Balangan\"");

        page.click("vaadin-button:has-text('Sudah saya salin')");
        assertThat(page.locator("#token-baru")).hasCount(0);
        Locator baris = page.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Integrasi E2E"));
        assertThat(baris).isVisible();
        assertThat(page.getByText(token.substring(0, 10) + "…")).isVisible();
        assertThat(page.locator("body")).not().containsText(token);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cabut token Integrasi E2E"))
                .click();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Cabut").setExact(true))
                .click();
        assertThat(page.getByText("Token Integrasi E2E dicabut.")).isVisible();
        assertThat(getApi(token).statusCode()).isEqualTo(401);
    }

    @Test
    void operatorPortalMelihatPluginRusakBesertaAlasannya() {
        masuk("operator.portal");
        page.navigate(url("plugin-portal"));
        assertThat(page.getByText("urusan-pmd")).isVisible();
        Locator gagal = page.locator(".plugin-gagal");
        assertThat(gagal).containsText(ARSIP_RUSAK);
        assertThat(gagal).containsText("Arsip plugin rusak atau tidak dapat dibaca");
    }

    private void isi(String label, String nilai) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).fill(nilai);
    }

    private void pilih(String label, String nilai) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).fill(nilai);
        page.locator("vaadin-combo-box-item:has-text('" + nilai + "')").first().click();
    }

    private HttpResponse<String> getApi(String token) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("api/v1/daerah")))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    static String pdfKeTeks(Path pdf) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-")
                .redirectErrorStream(true)
                .start();
        String teks = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        return teks;
    }
}
