package id.pkd.portal.tampilan;

import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Vaadin's service lookup with the answers for two services kept. Spring's lookup asks the class path's
 * {@code ServiceLoader} on every call (a scan of the fat jar's nested jars), and two calls come with ordinary
 * requests: the role-prefix holder on every navigation's access check, and the Polymer event handler on every grid
 * selection and {@code confirmUpdate}: together 5 % of the request threads' CPU under the Gatling load (issue 16).
 * Both answers are fixed once the application runs (a singleton bean; no Polymer on the class path), so they are
 * kept; every other service is looked up as before, since some are meant to be fresh instances.
 */
final class LookupTersimpan implements Lookup {

    static final Set<Class<?>> TETAP =
            Set.of(VaadinRolePrefixHolder.class, DeprecatedPolymerPublishedEventHandler.class);

    private final Lookup asal;
    private final Map<Class<?>, Optional<Object>> tersimpan = new ConcurrentHashMap<>();

    LookupTersimpan(Lookup asal) {
        this.asal = asal;
    }

    @Override
    public <T> T lookup(Class<T> layanan) {
        if (!TETAP.contains(layanan)) {
            return asal.lookup(layanan);
        }
        return layanan.cast(tersimpan
                .computeIfAbsent(layanan, l -> Optional.ofNullable(asal.lookup(l)))
                .orElse(null));
    }

    @Override
    public <T> Collection<T> lookupAll(Class<T> layanan) {
        return asal.lookupAll(layanan);
    }
}
