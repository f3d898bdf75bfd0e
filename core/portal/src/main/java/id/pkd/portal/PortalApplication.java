package id.pkd.portal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
// Vaadin 25: Lumo and the portal's own CSS are plain stylesheets served from META-INF/resources
// (an @Theme application theme would force a frontend bundle build, which needs Node 24).
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class PortalApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }
}
