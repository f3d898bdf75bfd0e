package id.pkd.portal;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Opens pages one after another as the signed-in user and lists those that show an error: the error page, an
 * English framework message, or an error notification. Shared by the browser tests that walk the whole portal
 * (every route of an empty region, every menu entry of a region built through the screens).
 */
final class PenjelajahHalaman {

    private PenjelajahHalaman() {}

    /** The menu entries the signed-in user sees, as paths without the leading slash ("" for the home page). */
    static List<String> entriMenu(Page page) {
        page.locator("vaadin-side-nav-item").first().waitFor();
        List<String> hasil = new ArrayList<>();
        for (Object jalur : (List<?>)
                page.locator("vaadin-side-nav-item").evaluateAll("e => e.map(i => i.getAttribute('path') || '')")) {
            hasil.add(jalur.toString().replaceFirst("^/", ""));
        }
        return hasil;
    }

    /**
     * Opens every path in turn and gives one line per page that failed, naming {@code siapa} (the role), the path,
     * the heading and what the error said; empty when every page opened cleanly.
     */
    static List<String> halamanGalat(Page page, UnaryOperator<String> url, String siapa, List<String> rute) {
        List<String> gagal = new ArrayList<>();
        for (String r : rute) {
            page.navigate(url.apply(r));
            page.locator("h2").first().waitFor();
            String teks = page.locator("body").innerText();
            if (teks.contains("Terjadi kesalahan")
                    || teks.contains("Exception")
                    || teks.contains("Could not navigate")
                    || teks.contains("Internal error")
                    || page.locator("vaadin-notification-card[theme~='error']").count() > 0) {
                gagal.add(siapa + " /" + r + ": "
                        + page.locator("h2").first().innerText() + " "
                        + page.locator("#halaman-galat, vaadin-notification-card")
                                .allInnerTexts());
            }
        }
        return gagal;
    }
}
