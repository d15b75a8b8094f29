package ma.marsad.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void aTagNamesOneOfTheThreeLanguagesWhateverItsRegion() {
        assertThat(Languages.named("fr")).contains(Locale.FRENCH);
        assertThat(Languages.named("fr-BE")).contains(Locale.FRENCH);
        assertThat(Languages.named("ar")).contains(Languages.ARABIC);
        assertThat(Languages.named("ar_SA")).contains(Languages.ARABIC);
        assertThat(Languages.named(" EN ")).contains(Locale.ENGLISH);
        assertThat(Languages.named("de")).isEmpty();
        assertThat(Languages.named("")).isEmpty();
        assertThat(Languages.named(null)).isEmpty();
    }

    @Test
    void theBrowsersFirstLanguageThatMarsadSpeaksWinsAndEnglishOtherwise() {
        assertThat(Languages.bestFor(List.of(Locale.GERMAN, Locale.forLanguageTag("ar-EG"), Locale.FRENCH)))
                .isEqualTo(Languages.ARABIC);
        assertThat(Languages.bestFor(List.of(Locale.GERMAN))).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.bestFor(List.of())).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aRememberedChoiceBeatsTheCookieWhichBeatsTheBrowser() {
        List<Locale> browser = List.of(Locale.ENGLISH);
        assertThat(Languages.choose(Optional.of(Languages.ARABIC), "fr", browser)).isEqualTo(Languages.ARABIC);
        assertThat(Languages.choose(Optional.empty(), "fr", browser)).isEqualTo(Locale.FRENCH);
        assertThat(Languages.choose(Optional.empty(), "xx", List.of(Locale.FRENCH))).isEqualTo(Locale.FRENCH);
        assertThat(Languages.choose(Optional.empty(), null, browser)).isEqualTo(Locale.ENGLISH);
    }
}
