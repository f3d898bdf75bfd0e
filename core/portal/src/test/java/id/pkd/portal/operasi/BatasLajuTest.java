package id.pkd.portal.operasi;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import id.pkd.portal.TestMariaDb;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The rate limits over real HTTP (issue 15), with test-sized limits in a context of its own (konteks-sendiri
 * execution). Requests are sent from chosen loopback addresses: only 127.0.0.1 is a trusted proxy here, so its
 * X-Forwarded-For names the client, while a client at 127.0.0.5 cannot escape its limit by sending one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BatasLajuTest {

    static final String PROKSI = "127.0.0.1";
    static final String KLIEN_LANGSUNG = "127.0.0.5";

    @LocalServerPort
    int port;

    @Autowired
    BatasLaju batasLaju;

    @DynamicPropertySource
    static void portal(DynamicPropertyRegistry registry) {
        TestMariaDb db = TestMariaDb.get();
        registry.add("spring.datasource.url", db::jdbcUrl);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
        registry.add("pkd.demo.seed", () -> "true");
        registry.add(
                "pkd.data-dir",
                () -> Path.of("target", "test-data").toAbsolutePath().toString());
        registry.add("pkd.plugins-dir", () -> System.getProperty("pkd.plugins.dir", "target/plugins"));
        registry.add("pkd.batas-laju.aktif", () -> "true");
        registry.add("pkd.batas-laju.masuk.per-ip", () -> "3");
        registry.add("pkd.batas-laju.masuk.per-tenant", () -> "5");
        registry.add("pkd.batas-laju.verifikasi.per-ip", () -> "3");
        registry.add("pkd.batas-laju.kode-dua-faktor.per-ip", () -> "1");
        registry.add("server.tomcat.remoteip.internal-proxies", () -> "127\\.0\\.0\\.1");
    }

    @Test
    void halamanVerifikasiMenjawab429SetelahBatasPerAlamat() throws IOException {
        List<Integer> status = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            status.add(minta(PROKSI, "GET", "/verifikasi/tidak-ada-" + i, "203.0.113.10", null)
                    .status());
        }
        Jawaban lebih = minta(PROKSI, "GET", "/verifikasi", "203.0.113.10", null);

        assertThat(status).containsOnly(200);
        assertThat(lebih.status()).isEqualTo(429);
        assertThat(Long.parseLong(lebih.kepala().get("retry-after"))).isBetween(1L, 60L);
        assertThat(lebih.isi())
                .contains("Terlalu banyak percobaan", "coba lagi dalam")
                .doesNotContain("Exception");
        assertThat(lebih.kepala()).containsKey("x-request-id");
        // Another client behind the same proxy has its own bucket.
        assertThat(minta(PROKSI, "GET", "/verifikasi", "203.0.113.11", null).status())
                .isEqualTo(200);
    }

    @Test
    void masukMenjawab429SetelahBatasPerAlamat() throws IOException {
        List<Integer> status = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            status.add(masuk("203.0.113.20", "tidak.ada").status());
        }
        Jawaban lebih = masuk("203.0.113.20", "tidak.ada");

        // Under the limit the security chain answers (no CSRF token: refused, a wrong password: back to /login).
        assertThat(status).doesNotContain(429);
        assertThat(lebih.status()).isEqualTo(429);
        assertThat(lebih.kepala()).containsKey("retry-after");
        assertThat(lebih.isi()).contains("Terlalu banyak percobaan");
    }

    @Test
    void masukDibatasiPerTenantDariBanyakAlamat() throws IOException {
        List<Integer> status = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            status.add(masuk("198.51.100." + (10 + i), "operator.balangan").status());
        }
        Jawaban lebih = masuk("198.51.100.99", "operator.balangan");
        // Kotawaringin Barat's users are another tenant: not refused.
        Jawaban daerahLain = masuk("198.51.100.98", "operator.kobar");

        assertThat(status).doesNotContain(429);
        assertThat(lebih.status()).isEqualTo(429);
        assertThat(daerahLain.status()).isNotEqualTo(429);
    }

    @Test
    void xForwardedForDariKlienYangBukanProksiTepercayaDiabaikan() throws IOException {
        List<Integer> status = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            // A fresh forwarded address each time: were it believed, no bucket would ever fill.
            status.add(minta(KLIEN_LANGSUNG, "GET", "/verifikasi", "192.0.2." + (50 + i), null)
                    .status());
        }

        assertThat(status).containsExactly(200, 200, 200, 429);
    }

    /**
     * An upload on the verification page is a Vaadin request: over the limit it is refused before its body is
     * read, and the page says why in Bahasa Indonesia (no stack trace). The browser connects from 127.0.0.1 without
     * a forwarded header, so it has a bucket of its own in this class.
     */
    @Test
    void unggahanVerifikasiDiAtasBatasDitolakDenganPesanDiHalaman(@TempDir Path sementara) throws IOException {
        Path pdf = sementara.resolve("tidak-terdaftar.pdf");
        try (PDDocument dokumen = new PDDocument()) {
            dokumen.addPage(new PDPage());
            dokumen.save(pdf.toFile());
        }
        dalamPeramban(page -> {
            Locator hasil = page.locator("#hasil-verifikasi");

            page.navigate("http://127.0.0.1:" + port + "/verifikasi"); // 1 of 3
            unggah(page, pdf); // 2 of 3
            PlaywrightAssertions.assertThat(hasil).containsText("tidak terdaftar");
            page.reload(); // 3 of 3: opening the page counts too
            unggah(page, pdf); // over the limit

            PlaywrightAssertions.assertThat(hasil).containsText("Terlalu banyak percobaan dalam waktu singkat");
            PlaywrightAssertions.assertThat(hasil).not().containsText("Exception");
        });
    }

    /**
     * The second-factor page is a Vaadin view too: over the limit the code is not checked at all (nothing is
     * recorded against the account) and the field says why. The one attempt this class allows per address is
     * taken first through the real limiter (the browser is sent to 127.0.0.1, not to localhost, which may be ::1);
     * a Kotawaringin Barat account, whose tenant bucket the sign-in tests
     * here leave room in.
     */
    @Test
    void kodeDuaFaktorDiAtasBatasTidakDiperiksaDanKolomnyaMenyebutAlasannya() {
        batasLaju.ambil(BatasLaju.Jenis.KODE_DUA_FAKTOR, "127.0.0.1", Optional.empty());

        dalamPeramban(page -> {
            page.navigate("http://127.0.0.1:" + port + "/login");
            page.fill("input[name=username]", "pimpinan.kobar");
            page.fill("input[name=password]", "demo12345");
            page.keyboard().press("Enter");
            page.locator("#kode-masuk input").fill("000000");
            page.click("#kirim-kode");

            PlaywrightAssertions.assertThat(page.getByText("Terlalu banyak percobaan dalam waktu singkat"))
                    .isVisible();
            PlaywrightAssertions.assertThat(page.getByText("Kode salah.")).hasCount(0);
        });
    }

    private static void dalamPeramban(java.util.function.Consumer<Page> langkah) {
        try (Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(Paths.get("/usr/bin/chromium"))
                            .setHeadless(true)
                            .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage")));
            Page page = browser.newContext().newPage();
            page.setDefaultTimeout(30_000);
            PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
            langkah.accept(page);
            browser.close();
        }
    }

    /** Uploads and waits for the upload request's answer, so the uploads reach the server in this order. */
    private static void unggah(Page page, Path pdf) {
        page.waitForResponse(
                r -> r.url().contains("VAADIN/dynamic/resource"),
                () -> page.setInputFiles("vaadin-upload input[type=file]", pdf));
    }

    private Jawaban masuk(String diteruskanUntuk, String username) throws IOException {
        return minta(PROKSI, "POST", "/login", diteruskanUntuk, "username=" + username + "&password=salah");
    }

    record Jawaban(int status, Map<String, String> kepala, String isi) {}

    /** One HTTP/1.1 request from a chosen local address (Java's HttpClient cannot bind one). */
    private Jawaban minta(String dari, String metode, String jalur, String diteruskanUntuk, String formulir)
            throws IOException {
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(dari, 0));
            s.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            s.setSoTimeout(60_000);
            byte[] isi = formulir == null ? new byte[0] : formulir.getBytes(StandardCharsets.UTF_8);
            StringBuilder p = new StringBuilder()
                    .append(metode)
                    .append(' ')
                    .append(jalur)
                    .append(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n")
                    .append("X-Forwarded-For: ")
                    .append(diteruskanUntuk)
                    .append("\r\n");
            if (formulir != null) {
                p.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
                        .append(isi.length)
                        .append("\r\n");
            }
            p.append("\r\n");
            OutputStream out = s.getOutputStream();
            out.write(p.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(isi);
            out.flush();
            InputStream in = s.getInputStream();
            String jawaban = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int batas = jawaban.indexOf("\r\n\r\n");
            String[] baris = jawaban.substring(0, batas).split("\r\n");
            Map<String, String> kepala = new TreeMap<>();
            for (int i = 1; i < baris.length; i++) {
                int titikDua = baris[i].indexOf(':');
                kepala.put(
                        baris[i].substring(0, titikDua).toLowerCase(Locale.ROOT),
                        baris[i].substring(titikDua + 1).strip());
            }
            return new Jawaban(Integer.parseInt(baris[0].split(" ")[1]), kepala, jawaban.substring(batas + 4));
        }
    }
}
