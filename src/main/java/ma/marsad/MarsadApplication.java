package ma.marsad;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;

/** Marsad: the Digital Morocco 2030 targets against what has been achieved, quarter by quarter. */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/marsad.css")
@Meta(name = "description", content = "Marsad tracks the Digital Morocco 2030 targets against quarterly progress")
public class MarsadApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(MarsadApplication.class, args);
    }
}
