package id.pkd.portal.tampilan;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
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
        // A page load starts Vaadin's servlet if no test did yet.
        assertThat(new MasukHttpUji(port).get("/login", null).statusCode()).isEqualTo(200);
        VaadinServletService layanan = konteks.getBeansOfType(ServletRegistrationBean.class).values().stream()
                .map(ServletRegistrationBean::getServlet)
                .filter(VaadinServlet.class::isInstance)
                .map(s -> ((VaadinServlet) s).getService())
                .findFirst()
                .orElseThrow();

        assertThat(layanan.getInstantiator().getI18NProvider()).isInstanceOf(SatuBahasa.class);
        assertThat(layanan.getInstantiator().getI18NProvider().getProvidedLocales())
                .containsExactly(Locale.forLanguageTag("id-ID"));
        assertThat(layanan.getInstantiator().getI18NProvider().getTranslation("Simpan", Locale.ROOT))
                .isEqualTo("Simpan");
    }
}
