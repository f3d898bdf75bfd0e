package id.pkd.portal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import id.pkd.portal.database.PerintahMigrasi;
import java.util.Arrays;
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
        if (args.length > 0 && args[0].equals("migrate")) {
            // one-shot: migrate core and plugins, then exit without serving (issue 15)
            System.exit(SpringApplication.exit(PerintahMigrasi.jalankan(Arrays.copyOfRange(args, 1, args.length))));
        }
        SpringApplication.run(PortalApplication.class, args);
    }
}
