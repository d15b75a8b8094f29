package ma.marsad.base;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * The API's readers of base values, as Spring MVC converters: a quarter {@code 2025-Q3} (any case, a year
 * from 1900), a region by its code ({@code souss_massa} too), a file's language {@code lang=fr|ar|en}.
 * Features declare their own (review: the decision).
 */
@Configuration(proxyBeanMethods = false)
class ApiValues {

    @Bean
    ValueReader<Quarter> quarterReader() {
        return ValueReader.of(Quarter.class, text -> Quarter.parse(text.toUpperCase(Locale.ROOT)),
                (name, text) -> new RequestRefusal(HttpStatus.BAD_REQUEST, "api.error.quarter", name, text));
    }

    @Bean
    ValueReader<Region> regionReader() {
        return ValueReader.of(Region.class,
                text -> Arrays.stream(Region.values()).filter(r -> r.name().equalsIgnoreCase(text)).findFirst(),
                (name, text) -> new RequestRefusal(HttpStatus.BAD_REQUEST, "api.error.region", text));
    }

    @Bean
    ValueReader<FileLanguage> fileLanguageReader() {
        return ValueReader.of(FileLanguage.class, FileLanguage::named,
                (name, text) -> new RequestRefusal(HttpStatus.BAD_REQUEST, UnknownLanguageException.MESSAGE_KEY,
                        text.strip()));
    }
}
