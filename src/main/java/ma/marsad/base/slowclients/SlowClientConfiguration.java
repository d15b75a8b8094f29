package ma.marsad.base.slowclients;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts {@link BodyFirstFilter} in front of everything else, for requests as they arrive. */
@Configuration(proxyBeanMethods = false)
class SlowClientConfiguration {

    @Bean
    FilterRegistrationBean<BodyFirstFilter> bodyFirstFilter(SlowClientProperties properties) {
        FilterRegistrationBean<BodyFirstFilter> registration = new FilterRegistrationBean<>(
                new BodyFirstFilter(properties));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setAsyncSupported(true);
        return registration;
    }
}
