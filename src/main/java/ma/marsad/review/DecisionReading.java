package ma.marsad.review;

import java.util.Arrays;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

import ma.marsad.base.RequestRefusal;
import ma.marsad.base.ValueReader;

/** The API reads a decision as APPROVE or RETURN, in any case. */
@Configuration(proxyBeanMethods = false)
class DecisionReading {

    @Bean
    ValueReader<Decision> decisionReader() {
        return ValueReader.of(Decision.class,
                text -> Arrays.stream(Decision.values()).filter(d -> d.name().equalsIgnoreCase(text)).findFirst(),
                (name, text) -> new RequestRefusal(HttpStatus.BAD_REQUEST, "api.error.decision", text));
    }
}
