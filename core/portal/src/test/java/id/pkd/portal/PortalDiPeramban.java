package id.pkd.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import id.pkd.portal.duafaktor.KodeUji;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Base of the browser tests: Debian's Chromium driven by Playwright (never a downloaded browser),
 * a fresh browser context per test, and signing in as a demo account.
 */
public abstract class PortalDiPeramban extends PortalIntegrationTest {

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    protected int port;

    @Autowired
    private JdbcClient basisDataMasuk;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void bukaBrowser() {
        // A first Vaadin page on a busy 2-core CI machine can take longer than Playwright's 5 s default.
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get("/usr/bin/chromium"))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-dev-shm-usage",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--no-first-run")));
    }

    @AfterAll
    static void tutupBrowser() {
        browser.close();
        playwright.close();
    }

    @BeforeEach
    void konteksBaru() {
        context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true));
        context.setDefaultTimeout(20_000);
        // The first page a just-started server serves (Vaadin's bootstrap, the frontend bundle read from the jar) can
        // outlast 20 s on a loaded 2-core machine; later waits for elements keep the shorter timeout.
        context.setDefaultNavigationTimeout(60_000);
        page = context.newPage();
    }

    @AfterEach
    void tutupKonteks() {
        context.close();
    }

    /**
     * Chooses {@code teks} in the Vaadin select {@code select} as a mouse user does: open it by its value button,
     * click the item, and wait until the overlay has closed (Vaadin 25 animates the closing, and a click on the
     * next select during that animation would not open it).
     */
    protected void pilihDiSelect(String select, String teks) {
        page.locator(select + " vaadin-select-value-button").click();
        Locator item = page.locator(select + " vaadin-select-item[role=option]:text-is('" + teks + "')");
        item.click();
        assertThat(item).isHidden();
    }

    /**
     * Clicks a button whose server answer changes the fields the test types into next ("Tambah …" empties an editor
     * that still shows the previous row), and waits until Vaadin has no request in flight: typing before that answer
     * arrives would be overwritten by it, as it would be for a user typing faster than the network.
     */
    protected void klikLaluTunggu(String selector) {
        page.click(selector);
        tungguJawaban();
    }

    /** Waits until Vaadin has no request in flight, so that the server's answer cannot overwrite what is typed next. */
    protected void tungguJawaban() {
        page.waitForFunction("() => !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    protected void masuk(String username) {
        page.navigate(url("login"));
        page.fill("input[name=username]", username);
        page.fill("input[name=password]", "demo12345");
        page.keyboard().press("Enter");
        // Demo accounts whose role needs a second factor have the documented demo secret: type its current code.
        page.locator("vaadin-app-layout, #kode-masuk").first().waitFor();
        if (page.locator("#kode-masuk").isVisible()) {
            page.locator("#kode-masuk input").fill(KodeUji.kodeDemo(basisDataMasuk, username));
            page.click("#kirim-kode");
        }
        assertThat(page.locator("vaadin-app-layout")).isVisible();
    }

    /**
     * A new account of a role that must have a second factor lands on the enrolment page after its password: enrol
     * as a user with an authenticator app would (the secret shown on the page, its current code), and go on.
     */
    protected void daftarDuaFaktorBilaDiminta() {
        page.locator("vaadin-app-layout, #rahasia-dua-faktor, #kode-masuk")
                .first()
                .waitFor();
        if (page.locator("#rahasia-dua-faktor").isVisible()) {
            String rahasia = page.locator("#rahasia-dua-faktor").textContent();
            page.locator("#kode-daftar input").fill(KodeUji.kodeSekarang(rahasia));
            page.click("#aktifkan-dua-faktor");
            page.click("#sudah-disimpan");
        }
    }

    protected void keluar() {
        page.click("vaadin-button:has-text('Keluar')");
        assertThat(page.locator("input[name=username]")).isVisible();
    }

    protected String url(String jalur) {
        return "http://localhost:" + port + "/" + jalur;
    }
}
