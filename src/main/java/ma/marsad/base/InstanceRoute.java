package ma.marsad.base;

import java.util.regex.Pattern;

import org.apache.catalina.Engine;
import org.apache.catalina.Lifecycle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Behind a load balancer, each instance can mark its browser sessions with a route ({@code marsad.instance.route},
 * e.g. MARSAD_INSTANCE_ROUTE=a): Tomcat appends ".a" to the session id, and the proxy sends every request that
 * carries such a cookie to instance a (deploy/nginx.conf). A Vaadin UI lives in one instance's memory, so its
 * requests must all reach that instance; the REST API keeps no session and goes anywhere.
 */
@Configuration(proxyBeanMethods = false)
class InstanceRoute {

    private static final Pattern ROUTE = Pattern.compile("[a-z0-9-]{1,32}");

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> sessionRoute(
            @Value("${marsad.instance.route:}") String route) {
        if (!route.isEmpty() && !ROUTE.matcher(route).matches()) {
            throw new IllegalStateException("marsad.instance.route must be 1 to 32 lower-case letters, digits or"
                    + " dashes (it ends every session id of this instance), not \"" + route + "\"");
        }
        return factory -> {
            if (route.isEmpty()) {
                return;
            }
            // Tomcat's session manager takes its route from the engine when it starts, after this event.
            factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
                if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())
                        && context.getParent() != null && context.getParent().getParent() instanceof Engine engine) {
                    engine.setJvmRoute(route);
                }
            }));
        };
    }
}
