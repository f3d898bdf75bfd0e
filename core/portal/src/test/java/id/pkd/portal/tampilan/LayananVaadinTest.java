package id.pkd.portal.tampilan;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import id.pkd.portal.MasukHttpUji;
import id.pkd.portal.PortalIntegrationTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationContext;

/**
 * Vaadin's translation provider is the portal's own (issue 16), so Vaadin no longer searches the class path for one
 * on every page load and new session.
 */
class LayananVaadinTest extends PortalIntegrationTest {

    @Autowired
    ApplicationContext konteks;

    @LocalServerPort
    int port;

    @Test
    void servletMemakaiSatuBahasa() throws Exception {
        VaadinServletService layanan = layanan();

        assertThat(layanan.getInstantiator().getI18NProvider()).isInstanceOf(SatuBahasa.class);
        assertThat(layanan.getInstantiator().getI18NProvider().getProvidedLocales())
                .containsExactly(Locale.forLanguageTag("id-ID"));
        assertThat(layanan.getInstantiator().getI18NProvider().getTranslation("Simpan", Locale.ROOT))
                .isEqualTo("Simpan");
    }

    /** The two services asked on ordinary requests are looked up once, not by a class-path scan every time. */
    @Test
    void lookupMenyimpanLayananYangDitanyaTiapPermintaan() throws Exception {
        Lookup lookup = layanan().getContext().getAttribute(Lookup.class);

        assertThat(lookup).isInstanceOf(LookupTersimpan.class);
        VaadinRolePrefixHolder pemegang = lookup.lookup(VaadinRolePrefixHolder.class);
        assertThat(pemegang).isNotNull().isSameAs(lookup.lookup(VaadinRolePrefixHolder.class));
        assertThat(pemegang).isSameAs(konteks.getBean(VaadinRolePrefixHolder.class));
        assertThat(lookup.lookup(DeprecatedPolymerPublishedEventHandler.class)).isNull();
    }

    private VaadinServletService layanan() throws Exception {
        // A page load starts Vaadin's servlet if no test did yet.
        assertThat(new MasukHttpUji(port).get("/login", null).statusCode()).isEqualTo(200);
        return konteks.getBeansOfType(ServletRegistrationBean.class).values().stream()
                .map(ServletRegistrationBean::getServlet)
                .filter(VaadinServlet.class::isInstance)
                .map(s -> ((VaadinServlet) s).getService())
                .findFirst()
                .orElseThrow();
    }
}
