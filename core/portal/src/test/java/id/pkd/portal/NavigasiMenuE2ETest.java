package id.pkd.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Request;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a browser sends when an official moves from page to page through the menu, which the load benchmark
 * (benchmark/beban, issue 16) replays: one {@code ui-navigate} to the server route, no {@code ui-leave-navigation}
 * (Flow's router sends that only when leaving for a client-side route), and the frame stays the same element, so the
 * server keeps the layout (menu, bell) and renders only the new view.
 */
class NavigasiMenuE2ETest extends PortalDiPeramban {

    @Test
    void menuMengirimSatuNavigasiDanBingkaiTetap() {
        masuk("operator.balangan");
        page.navigate(url("capaian"));
        page.locator("#pilih-tahun").waitFor();
        tungguJawaban();
        page.evaluate("() => document.querySelector('vaadin-app-layout').__pkdBingkaiUji = true");

        List<String> uidl = new CopyOnWriteArrayList<>();
        page.onRequest((Request r) -> {
            if (r.url().contains("v-r=uidl") && r.postData() != null) {
                uidl.add(r.postData());
            }
        });
        page.locator("vaadin-side-nav-item[path$='realisasi']").click();
        assertThat(page).hasURL(Pattern.compile(".*/realisasi$"));
        page.locator("#pilih-tahun").waitFor();
        tungguJawaban();

        assertThat(uidl).anyMatch(b -> b.contains("\"ui-navigate\""));
        assertThat(uidl).noneMatch(b -> b.contains("ui-leave-navigation"));
        assertThat(page.evaluate("() => document.querySelector('vaadin-app-layout').__pkdBingkaiUji === true"))
                .isEqualTo(true);
    }
}
