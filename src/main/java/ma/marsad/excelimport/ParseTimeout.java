package ma.marsad.excelimport;

import java.time.Duration;

import org.springframework.stereotype.Component;

/**
 * How long reading one uploaded file may take (marsad.imports.parse-timeout, 60 s by default): past it the
 * file is refused as too slow to read and nothing from it is stored. A bean of its own so that a test can
 * shorten it for one request instead of building a file that takes a minute to read.
 */
@Component
public class ParseTimeout {

    private final Duration configured;

    public ParseTimeout(ImportProperties properties) {
        this.configured = properties.parseTimeout();
    }

    /** The limit for a file whose reading starts now. */
    public Duration limit() {
        return configured;
    }
}
