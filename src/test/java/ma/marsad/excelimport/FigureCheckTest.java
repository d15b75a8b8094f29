package ma.marsad.excelimport;

import ma.marsad.progress.FigureCheck;

import static ma.marsad.excelimport.FigureValidatorTest.JOBS;
import static ma.marsad.excelimport.FigureValidatorTest.MEGAWATTS;
import static ma.marsad.excelimport.FigureValidatorTest.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ma.marsad.base.Quarter;
import ma.marsad.base.Region;
import ma.marsad.progress.FigureCheck.Field;
import ma.marsad.progress.FigureCheck.FieldError;
import ma.marsad.progress.FigureCheck.Result;
import ma.marsad.progress.LockedQuarter;
import ma.marsad.progress.NewFigure;

/** The rules of one figure, as the data entry form meets them, and the same rules seen through an import. */
class FigureCheckTest {

    /** 23 November 2026; DIGITAL_JOBS 2026-Q2 was approved and locked. */
    private final FigureCheck check = new FigureCheck(Quarter.of("2026-Q4"), List.of(new LockedQuarter(JOBS.id(),
            Quarter.of("2026-Q2"), "manager", Instant.parse("2026-08-01T09:00:00Z"))), FigureValidatorTest.english());

    @Test
    void aFigureThatPassesEveryRuleIsReadyToStore() {
        Result result = check.check(JOBS, Quarter.of("2026-Q3"), Region.SOUSS_MASSA, " 12 500 ", "  first count ");

        assertThat(result.errors()).isEmpty();
        assertThat(result.figure()).isEqualTo(new NewFigure(JOBS.id(), Quarter.of("2026-Q3"), Region.SOUSS_MASSA,
                new BigDecimal("12500"), "first count"));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "12500|12500", "12 500|12500", "12,500|12500", "12.500|12500", "12\u202F500|12500",
            "\u0661\u0662\u0665\u0660\u0660|12500", "+7|7"})
    void aValueIsReadAsTheImportReadsATextCell(String typed, String stored) {
        assertThat(check.check(JOBS, Quarter.of("2026-Q3"), Region.NATIONAL, typed, null).figure().amount())
                .isEqualByComparingTo(stored);
    }

    @Test
    void noRegionMeansNationalAndABlankCommentIsNone() {
        NewFigure figure = check.check(JOBS, Quarter.of("2026-Q3"), null, "3", "   ").figure();

        assertThat(figure.region()).isEqualTo(Region.NATIONAL);
        assertThat(figure.comment()).isNull();
    }

    @Test
    void aQuarterThatHasNotStartedIsRefused() {
        assertThat(check.check(JOBS, Quarter.of("2027-Q1"), Region.NATIONAL, "3", null).errors())
                .containsExactly(new FieldError(Field.QUARTER,
                        "Q1 2027 has not started yet: the current quarter is Q4 2026."));
        assertThat(check.check(JOBS, Quarter.of("2026-Q4"), Region.NATIONAL, "3", null).ok())
                .as("the current quarter may be reported").isTrue();
    }

    @Test
    void aQuarterBeforeTheIndicatorStartedIsRefused() {
        assertThat(check.check(JOBS, Quarter.of("2024-Q3"), Region.NATIONAL, "3", null).errors())
                .containsExactly(new FieldError(Field.QUARTER, "Q3 2024 is before DIGITAL_JOBS started (Q4 2024)."));
        assertThat(check.check(JOBS, Quarter.of("2024-Q4"), Region.NATIONAL, "3", null).ok()).isTrue();
    }

    @Test
    void anApprovedAndLockedQuarterIsRefusedForThatIndicatorOnly() {
        assertThat(check.check(JOBS, Quarter.of("2026-Q2"), Region.ORIENTAL, "3", null).errors())
                .containsExactly(new FieldError(Field.QUARTER, "DIGITAL_JOBS for Q2 2026 is approved and locked;"
                        + " ask an administrator to reopen it, or leave this row out."));
        assertThat(check.check(MEGAWATTS, Quarter.of("2026-Q2"), Region.NATIONAL, "3", null).ok()).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', value = {
            "12,5|12.5 is not a whole number; this indicator counts whole units.",
            "3.25|3.25 is not a whole number; this indicator counts whole units.",
            "-4|A figure cannot be negative.",
            "twelve|This is not a number. Write digits only, e.g. 12500 or 12 500.",
            "12 50|This is not a number. Write digits only, e.g. 12500 or 12 500.",
            "''|The value is missing.",
            "1000000000000000|This number is too large to be a figure of this programme."})
    void aValueACountCannotHaveIsRefusedNextToTheValue(String typed, String message) {
        assertThat(check.check(JOBS, Quarter.of("2026-Q3"), Region.NATIONAL, typed, null).errors())
                .containsExactly(new FieldError(Field.VALUE, message));
    }

    @Test
    void decimalIndicatorsTakeTwoDecimalsAndRefuseAnAmbiguousThousand() {
        assertThat(check.check(MEGAWATTS, Quarter.of("2026-Q3"), Region.NATIONAL, "1,5", null).figure().amount())
                .isEqualByComparingTo("1.5");
        assertThat(check.check(MEGAWATTS, Quarter.of("2026-Q3"), Region.NATIONAL, "0.125", null).error(Field.VALUE))
                .hasValue("0.125 has more than two decimals. Round it to two.");
        assertThat(check.check(MEGAWATTS, Quarter.of("2026-Q3"), Region.NATIONAL, "1,500", null).error(Field.VALUE))
                .hasValue("\u201c1,500\u201d can be read as 1500 or as 1.5: write 1500 or 1.5, whichever you mean.");
    }

    @Test
    void aCommentOfMoreThanAThousandCharactersIsRefused() {
        assertThat(check.check(JOBS, Quarter.of("2026-Q3"), Region.NATIONAL, "3", "x".repeat(1001)).errors())
                .containsExactly(new FieldError(Field.COMMENT,
                        "The comment is longer than 1,000 characters (1,001). Shorten it."));
        assertThat(check.check(JOBS, Quarter.of("2026-Q3"), Region.NATIONAL, "3", "x".repeat(1000)).ok()).isTrue();
    }

    @Test
    void everyFieldWithAProblemHasItsOwnMessage() {
        Result result = check.check(null, null, null, "1,5", "x".repeat(1001));

        assertThat(result.figure()).isNull();
        assertThat(result.errors()).extracting(FieldError::field).containsExactly(Field.INDICATOR, Field.QUARTER,
                Field.VALUE, Field.COMMENT);
        assertThat(result.error(Field.INDICATOR)).hasValue("The indicator is missing.");
        assertThat(result.error(Field.QUARTER)).hasValue("Choose the quarter.");
        assertThat(result.error(Field.VALUE)).as("unknown indicator: read as a count, as the import does")
                .hasValue("1.5 is not a whole number; this indicator counts whole units.");
    }

    @Test
    void aCorrectionChecksTheValueAndCommentButLeavesTheLockToTheService() {
        Result correction = check.checkCorrection(JOBS, Quarter.of("2026-Q2"), Region.ORIENTAL, "1,250", "recount");

        assertThat(correction.errors()).isEmpty();
        assertThat(correction.figure().amount()).isEqualByComparingTo("1250");
        assertThat(check.checkCorrection(JOBS, Quarter.of("2026-Q2"), Region.ORIENTAL, "12,5", null).errors())
                .containsExactly(new FieldError(Field.VALUE,
                        "12.5 is not a whole number; this indicator counts whole units."));
    }

    @Test
    void anImportedRowGetsTheSameMessageAsTheFormForTheSameMistake() {
        CheckedFile imported = FigureValidatorTest.check(check,
                row(1, "Indicator", "Period", "Region", "Value", "Comment"),
                row(2, "DIGITAL_JOBS", "2026-Q3", "", "12,5"),
                row(3, "DIGITAL_JOBS", "2026-Q2", "Oriental", "3"),
                row(4, "DIGITAL_JOBS", "2027-Q1", "", "3", "x".repeat(1001)),
                row(5, "DATACENTER_MW", "2026-Q3", "", "0.125"));

        assertThat(imported.errors()).extracting(RowError::row, RowError::column, RowError::message).containsExactly(
                tuple(2, "Value", form(JOBS, "2026-Q3", "12,5", null).error(Field.VALUE).orElseThrow()),
                tuple(3, "Period", form(JOBS, "2026-Q2", "3", null).error(Field.QUARTER).orElseThrow()),
                tuple(4, "Period", form(JOBS, "2027-Q1", "3", null).error(Field.QUARTER).orElseThrow()),
                tuple(4, "Comment", form(JOBS, "2026-Q3", "3", "x".repeat(1001)).error(Field.COMMENT).orElseThrow()),
                tuple(5, "Value", form(MEGAWATTS, "2026-Q3", "0.125", null).error(Field.VALUE).orElseThrow()));
        assertThat(imported.errors().get(1).message()).startsWith("DIGITAL_JOBS for Q2 2026 is approved and locked");
        assertThat(imported.accepted()).isEmpty();
    }

    private Result form(ma.marsad.indicator.IndicatorDetails indicator, String quarter, String value, String comment) {
        return check.check(indicator, Quarter.of(quarter), Region.NATIONAL, value, comment);
    }
}
