package id.pkd.portal.tampilan;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The side menu's entries, computed once per set of authorities. Vaadin's {@link MenuConfiguration#getMenuEntries()}
 * asks the access checker about every {@code @Menu} route, and each ask looks up the role prefix through a
 * {@code ServiceLoader} scan of the whole class path (Vaadin caches only its own default services): under the load
 * benchmark that made building {@link MainLayout} a fifth of the request threads' CPU, on every page load. Which
 * routes a user may open depends only on whether they are signed in and on their authorities (the views' access
 * annotations), so the answer for one such set holds for every user who has it; it is dropped when routes change.
 */
@Component
class MenuPerPeran {

    /** Whether signed in, the authorities and the locale: all the menu's answer depends on. */
    record Kunci(boolean masuk, Set<String> otoritas, Locale bahasa) {}

    private final Map<Kunci, List<MenuEntry>> tersimpan = new ConcurrentHashMap<>();
    private final AtomicBoolean dipantau = new AtomicBoolean();

    /** The menu for the current request's user, as {@link MenuConfiguration#getMenuEntries()} lists it. */
    List<MenuEntry> entri(AuthenticationContext auth) {
        pantauRute();
        return entri(kunci(auth), MenuConfiguration::getMenuEntries);
    }

    List<MenuEntry> entri(Kunci kunci, Supplier<List<MenuEntry>> hitung) {
        return tersimpan.computeIfAbsent(kunci, k -> List.copyOf(hitung.get()));
    }

    static Kunci kunci(AuthenticationContext auth) {
        Set<String> otoritas = new TreeSet<>();
        auth.getGrantedAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .forEach(otoritas::add);
        UI ui = UI.getCurrent();
        return new Kunci(auth.isAuthenticated(), Set.copyOf(otoritas), ui == null ? Locale.ROOT : ui.getLocale());
    }

    /** Routes registered or removed at run time (a plugin, a hot reload) change the menu of every role. */
    private void pantauRute() {
        if (UI.getCurrent() != null && dipantau.compareAndSet(false, true)) {
            RouteConfiguration.forApplicationScope().addRoutesChangeListener(e -> tersimpan.clear());
        }
    }
}
