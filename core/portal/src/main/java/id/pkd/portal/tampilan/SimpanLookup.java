package id.pkd.portal.tampilan;

import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletContext;
import jakarta.servlet.ServletContext;
import org.springframework.stereotype.Component;

/**
 * Puts a {@link LookupTersimpan} in front of Vaadin's lookup when the Vaadin service starts. Vaadin accepts one
 * lookup initializer only (Spring's, which it adds itself) and refuses a second {@code setAttribute(Lookup)}, so the
 * servlet context's attribute, which every caller reads afresh, is replaced directly.
 */
@Component
class SimpanLookup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (event.getSource().getContext() instanceof VaadinServletContext konteks) {
            ServletContext servlet = konteks.getContext();
            Object asal = servlet.getAttribute(Lookup.class.getName());
            if (asal instanceof Lookup lookup && !(asal instanceof LookupTersimpan)) {
                servlet.setAttribute(Lookup.class.getName(), new LookupTersimpan(lookup));
            }
        }
    }
}
