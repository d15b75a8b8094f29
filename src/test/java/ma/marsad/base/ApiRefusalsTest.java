package ma.marsad.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

import ma.marsad.progress.FigureCheck;
import ma.marsad.progress.FigureRefusal;
import ma.marsad.progress.ReviewRefusal;

/** The one answer to every refusal: its status, its sentences joined, moments in ISO-8601, the right language. */
class ApiRefusalsTest {

    private final ApiRefusals refusals = new ApiRefusals(bundles(), List.of());

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("vaadin-i18n/translations");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Test
    void aFigureThatBreaksTwoRulesIs400WithBothSentences() {
        FigureRefusal refusal = new FigureRefusal(List.of(
                new FigureCheck.Problem(FigureCheck.Field.QUARTER, "import.error.period.future",
                        new Object[] {Quarter.of("2027-Q1"), Quarter.of("2026-Q4")}),
                new FigureCheck.Problem(FigureCheck.Field.VALUE, "import.error.value.negative", new Object[0])));

        ResponseEntity<ApiError> answer = refusals.refused(refusal, new MockHttpServletRequest(), Locale.ENGLISH);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody().error()).isEqualTo(
                "2027-Q1 has not started yet: the current quarter is 2026-Q4. A figure cannot be negative.");
    }

    @Test
    void momentsAndDatesAreWrittenInIso8601ForScripts() {
        assertThat(Refusal.apiArgs(new Object[] {Instant.parse("2026-11-23T09:00:00.123456Z"),
                LocalDate.of(2026, 11, 23), Quarter.of("2026-Q3"), 1234L, null, "karim"}))
                .containsExactly("2026-11-23T09:00:00Z", "2026-11-23", "2026-Q3", "1234", "", "karim");
    }

    @Test
    void aControllerThatAnswersInEnglishDoesSoWhateverTheReadersLanguage() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest();
        ReviewRefusal refusal = new ReviewRefusal(ReviewRefusal.Reason.NOTHING_TO_APPROVE, "UNICORNS",
                Quarter.of("2026-Q3"));

        ResponseEntity<ApiError> french = refusals.refused(refusal, request, Locale.FRENCH);
        request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE,
                new HandlerMethod(new English(), English.class.getDeclaredMethod("answer")));
        ResponseEntity<ApiError> english = refusals.refused(refusal, request, Locale.FRENCH);

        assertThat(french.getStatusCode().value()).isEqualTo(422);
        assertThat(french.getBody().error()).isEqualTo("Aucun chiffre à approuver pour UNICORNS en 2026-Q3.");
        assertThat(english.getBody().error()).isEqualTo("There is no figure to approve for UNICORNS in 2026-Q3.");
    }

    @AnswersInEnglish
    static class English {
        void answer() {
        }
    }
}
