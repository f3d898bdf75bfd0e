package id.pkd.portal.tampilan;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.menu.MenuEntry;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The menu is computed once per set of authorities and never handed to a user with another set. */
class MenuPerPeranTest {

    private static final Locale ID = Locale.forLanguageTag("id-ID");

    @Test
    void satuHitunganPerPeranDanTidakTertukar() {
        MenuPerPeran menu = new MenuPerPeran();
        AtomicInteger hitungan = new AtomicInteger();
        var operator = new MenuPerPeran.Kunci(true, Set.of("ROLE_OPERATOR"), ID);
        var admin = new MenuPerPeran.Kunci(true, Set.of("ROLE_ADMIN_DAERAH"), ID);
        var tamu = new MenuPerPeran.Kunci(false, Set.of("ROLE_ANONYMOUS"), ID);
        MenuEntry beranda = new MenuEntry("", "Beranda", 0.0, null, null);
        MenuEntry jejak = new MenuEntry("jejak", "Jejak Audit", 85.0, null, null);

        List<MenuEntry> a = menu.entri(operator, () -> {
            hitungan.incrementAndGet();
            return List.of(beranda);
        });
        List<MenuEntry> b = menu.entri(new MenuPerPeran.Kunci(true, Set.of("ROLE_OPERATOR"), ID), () -> {
            hitungan.incrementAndGet();
            return List.of(beranda, jejak);
        });
        List<MenuEntry> c = menu.entri(admin, () -> {
            hitungan.incrementAndGet();
            return List.of(beranda, jejak);
        });
        List<MenuEntry> d = menu.entri(tamu, () -> {
            hitungan.incrementAndGet();
            return List.of();
        });

        assertThat(hitungan).hasValue(3);
        assertThat(a).containsExactly(beranda);
        assertThat(b).isSameAs(a);
        assertThat(c).containsExactly(beranda, jejak);
        assertThat(d).isEmpty();
    }
}
