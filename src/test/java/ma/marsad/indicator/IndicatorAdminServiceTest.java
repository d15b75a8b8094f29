package ma.marsad.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.marsad.FixedClockConfiguration;
import ma.marsad.MarsadSpringTest;
import ma.marsad.audit.ChangeKind;
import ma.marsad.audit.ChangeSource;
import ma.marsad.audit.HistoryEvent;
import ma.marsad.audit.HistoryFilters;
import ma.marsad.audit.HistoryLog;
import ma.marsad.base.LocalizedText;
import ma.marsad.excelimport.ImportedFiguresCleanup;
import tools.jackson.databind.json.JsonMapper;

@MarsadSpringTest
class IndicatorAdminServiceTest {

    @Autowired
    ma.marsad.base.StartupTurn startupTurn;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;
    @Autowired
    IndicatorAdminService admin;
    @Autowired
    IndicatorService indicators;
    @Autowired
    IndicatorRepository repository;
    @Autowired
    TargetSeeder seeder;
    @Autowired
    JsonMapper json;
    @Autowired
    HistoryLog history;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path dir;

    @AfterEach
    void removeTestIndicatorsAndHistory() {
        ImportedFiguresCleanup.removeImports(jdbc);
        TestIndicators.remove(jdbc);
    }

    @Test
    void addingAnIndicatorStoresItAndWritesOneHistoryRow() {
        EditableIndicator created = admin.create(TestIndicators.jobs("TEST_JOBS"), "announced in May", "admin");

        IndicatorDetails stored = indicators.findByCode("TEST_JOBS").orElseThrow();
        assertThat(stored.target()).isEqualByComparingTo("1000");
        assertThat(stored.kind()).isEqualTo(IndicatorKind.CUMULATIVE);
        assertThat(stored.name().ar()).isEqualTo("مناصب الاختبار");
        assertThat(stored.milestones()).extracting(Milestone::year).containsExactly(2026, 2028);
        assertThat(stored.sourceQuote()).isEqualTo("1 000 emplois d’ici 2030.");
        assertThat(created.lacksATranslation()).isFalse();
        HistoryEvent event = onlyChange();
        assertThat(event.kind()).isEqualTo(ChangeKind.INDICATOR_CREATED);
        assertThat(event.indicatorId()).isEqualTo(stored.id());
        assertThat(event.subject()).isEqualTo("TEST_JOBS");
        assertThat(event.after()).isEqualTo("1000");
        assertThat(event.reason()).isEqualTo("announced in May");
        assertThat(event.source()).isEqualTo(ChangeSource.ADMIN);
        assertThat(event.changedAt()).isEqualTo(FixedClockConfiguration.NOW.toInstant());
    }

    @Test
    void aTargetChangeIsOneRowWithTheValuesBeforeAndAfterAndItsReason() {
        EditableIndicator jobs = created("TEST_JOBS");

        EditableIndicator saved = admin.update(jobs.details().id(), jobs.version(),
                changes(jobs).withTarget(new BigDecimal("1500")), "revised by the ministry", "admin");

        assertThat(saved.details().target()).isEqualByComparingTo("1500");
        assertThat(saved.version()).isGreaterThan(jobs.version());
        HistoryEvent event = onlyChange();
        assertThat(event.kind()).isEqualTo(ChangeKind.TARGET_CHANGED);
        assertThat(event.before()).isEqualTo("1000");
        assertThat(event.after()).isEqualTo("1500");
        assertThat(event.reason()).isEqualTo("revised by the ministry");
        assertThat(event.changedBy()).isEqualTo("admin");
        assertThat(event.indicatorId()).isEqualTo(jobs.details().id());
    }

    @Test
    void aDeadlineChangeIsOneRow() {
        EditableIndicator jobs = created("TEST_JOBS");

        admin.update(jobs.details().id(), jobs.version(), changes(jobs).withDeadline(LocalDate.of(2031, 6, 30)),
                "postponed", "admin");

        HistoryEvent event = onlyChange();
        assertThat(event.kind()).isEqualTo(ChangeKind.DEADLINE_CHANGED);
        assertThat(event.before()).isEqualTo("2030-12-31");
        assertThat(event.after()).isEqualTo("2031-06-30");
        assertThat(indicators.findByCode("TEST_JOBS").orElseThrow().deadline()).isEqualTo(LocalDate.of(2031, 6, 30));
    }

    @Test
    void aMilestonesChangeIsOneRowWithBothListsAsText() {
        EditableIndicator jobs = created("TEST_JOBS");

        admin.update(jobs.details().id(), jobs.version(), changes(jobs).withMilestones(List.of(
                new Milestone(2027, new BigDecimal("500")), new Milestone(2026, new BigDecimal("250")))).values(),
                "yearly plan", "admin");

        HistoryEvent event = onlyChange();
        assertThat(event.kind()).isEqualTo(ChangeKind.MILESTONES_CHANGED);
        assertThat(event.before()).isEqualTo("2026: 300; 2028: 600");
        assertThat(event.after()).isEqualTo("2026: 250; 2027: 500");
        assertThat(indicators.findByCode("TEST_JOBS").orElseThrow().milestones())
                .extracting(Milestone::year, m -> m.target().intValue())
                .containsExactly(tuple(2026, 250), tuple(2027, 500));
    }

    @Test
    void otherFieldsAreOneRowEachNamedByTheirColumnAndNeedNoReason() {
        EditableIndicator jobs = created("TEST_JOBS");
        IndicatorChanges was = changes(jobs).values();
        IndicatorChanges changed = new IndicatorChanges(new LocalizedText("Emplois de test", "Test jobs created", ""),
                was.unit(), new LocalizedText("Ministère", "Ministry of Digital Transition", "الوزارة"), was.target(),
                LocalDate.of(2025, 7, 1), was.deadline(), "from the launch", was.milestones(), false);

        EditableIndicator saved = admin.update(jobs.details().id(), jobs.version(), changed, null, "admin");

        List<HistoryEvent> events = history.find(HistoryFilters.everything(), 10).reversed();
        assertThat(events).extracting(HistoryEvent::kind).containsOnly(ChangeKind.INDICATOR_CHANGED);
        assertThat(events).extracting(HistoryEvent::subject, HistoryEvent::before, HistoryEvent::after).containsExactly(
                tuple("name_en", "Test jobs", "Test jobs created"),
                tuple("name_ar", "مناصب الاختبار", null),
                tuple("owner_en", "Ministry", "Ministry of Digital Transition"),
                tuple("start_date", "2025-01-01", "2025-07-01"),
                tuple("dates_note", null, "from the launch"),
                tuple("whole_numbers", "true", "false"));
        assertThat(events).allSatisfy(e -> assertThat(e.reason()).isNull());
        assertThat(saved.lacksATranslation()).isTrue();
        assertThat(saved.details().name().ar()).isEmpty();
    }

    @Test
    void aTargetChangeWithoutAReasonIsRefusedAndNothingIsSaved() {
        EditableIndicator jobs = created("TEST_JOBS");

        assertThatThrownBy(() -> admin.update(jobs.details().id(), jobs.version(),
                changes(jobs).withTarget(new BigDecimal("2000")), "  ", "admin"))
                .isInstanceOfSatisfying(IndicatorChangeRefusal.class, r -> {
                    assertThat(r.reason()).isEqualTo(IndicatorChangeRefusal.Reason.INVALID);
                    assertThat(r.problems()).containsExactly(new FieldProblem(IndicatorField.REASON,
                            "admin.indicators.problem.reason-required"));
                });
        assertThat(indicators.findByCode("TEST_JOBS").orElseThrow().target()).isEqualByComparingTo("1000");
        assertThat(history.find(HistoryFilters.everything(), 10)).isEmpty();
    }

    @Test
    void wrongDatesTargetsAndMilestonesAreRefusedFieldByField() {
        EditableIndicator jobs = created("TEST_JOBS");
        IndicatorChanges was = changes(jobs).values();
        IndicatorChanges wrong = new IndicatorChanges(new LocalizedText(" ", "", ""), was.unit(), was.owner(),
                new BigDecimal("0"), LocalDate.of(2030, 12, 31), LocalDate.of(2030, 1, 1), null,
                List.of(new Milestone(2024, new BigDecimal("10"))), true);

        assertThatThrownBy(() -> admin.update(jobs.details().id(), jobs.version(), wrong, "why not", "admin"))
                .isInstanceOfSatisfying(IndicatorChangeRefusal.class, r -> assertThat(r.problems()).containsExactly(
                        new FieldProblem(IndicatorField.NAME_FR, "admin.indicators.problem.required"),
                        new FieldProblem(IndicatorField.TARGET, "admin.indicators.problem.target-positive"),
                        new FieldProblem(IndicatorField.DEADLINE, "admin.indicators.problem.deadline-after-start",
                                LocalDate.of(2030, 12, 31))));

        IndicatorChanges outside = changes(jobs).withMilestones(List.of(new Milestone(2024, new BigDecimal("10")),
                new Milestone(2026, new BigDecimal("12.5")))).values();
        assertThatThrownBy(() -> admin.update(jobs.details().id(), jobs.version(), outside, "plan", "admin"))
                .isInstanceOfSatisfying(IndicatorChangeRefusal.class, r -> assertThat(r.problems()).containsExactly(
                        new FieldProblem(IndicatorField.MILESTONES, "admin.indicators.problem.milestone-year-outside",
                                "2024", "2025", "2030"),
                        new FieldProblem(IndicatorField.MILESTONES, "admin.indicators.problem.whole-number")));
        assertThat(history.find(HistoryFilters.everything(), 10)).isEmpty();
    }

    @Test
    void aNewCodeMustBeWellFormedAndUnused() {
        assertThatThrownBy(() -> admin.create(TestIndicators.jobs("test jobs"), null, "admin"))
                .isInstanceOfSatisfying(IndicatorChangeRefusal.class, r -> assertThat(r.problems())
                        .containsExactly(new FieldProblem(IndicatorField.CODE, "admin.indicators.problem.code-format")));
        assertThatThrownBy(() -> admin.create(TestIndicators.jobs("DIGITAL_JOBS"), null, "admin"))
                .isInstanceOfSatisfying(IndicatorChangeRefusal.class, r -> assertThat(r.problems())
                        .containsExactly(new FieldProblem(IndicatorField.CODE, "admin.indicators.problem.code-taken",
                                "DIGITAL_JOBS")));
        assertThat(indicators.findAll()).hasSize(9);
    }

    @Test
    void anEditOfAnIndicatorChangedSinceIsRefusedWithWhoChangedItAndWhen() {
        EditableIndicator jobs = created("TEST_JOBS");
        admin.update(jobs.details().id(), jobs.version(), changes(jobs).withTarget(new BigDecimal("1200")), "first",
                "test.other-admin");

        assertThatThrownBy(() -> admin.update(jobs.details().id(), jobs.version(),
                changes(jobs).withTarget(new BigDecimal("1300")), "second", "admin"))
                .isInstanceOfSatisfying(IndicatorChangeRefusal.class, r -> {
                    assertThat(r.reason()).isEqualTo(IndicatorChangeRefusal.Reason.CHANGED_BY_OTHER);
                    assertThat(r.args()).containsExactly("test.other-admin", FixedClockConfiguration.NOW.toInstant());
                });
        assertThat(indicators.findByCode("TEST_JOBS").orElseThrow().target()).isEqualByComparingTo("1200");
        assertThat(history.find(HistoryFilters.everything(), 10)).hasSize(1);
    }

    @Test
    void savingTheFormUnchangedIsRefused() {
        EditableIndicator jobs = created("TEST_JOBS");

        assertThatThrownBy(() -> admin.update(jobs.details().id(), jobs.version(), changes(jobs).values(), null, "admin"))
                .isInstanceOfSatisfying(IndicatorChangeRefusal.class,
                        r -> assertThat(r.reason()).isEqualTo(IndicatorChangeRefusal.Reason.NO_CHANGE));
    }

    @Test
    void editsSurviveTheSeederRunningAgainAtTheNextStart() throws IOException {
        Path file = dir.resolve("targets.json");
        Files.writeString(file, """
                {"about": "test", "indicators": [{"code": "TEST_SEEDED", "kind": "CUMULATIVE",
                  "name": {"fr": "Cible semée", "en": "Seeded target", "ar": "هدف"},
                  "unit": {"fr": "emplois", "en": "jobs", "ar": "منصب"}, "target": 500,
                  "startDate": "2025-01-01", "deadline": "2030-12-31",
                  "owner": {"fr": "Ministère", "en": "Ministry", "ar": "الوزارة"},
                  "milestones": [{"year": 2027, "target": 200}],
                  "source": {"file": "seed.txt", "quote": "500 emplois"}}]}
                """);
        TargetSeeder fromFile = new TargetSeeder(repository, new SeedProperties(new FileSystemResource(file)), json,
                startupTurn);
        org.springframework.transaction.support.TransactionTemplate inTransaction =
                new org.springframework.transaction.support.TransactionTemplate(transactions);
        inTransaction.executeWithoutResult(status -> fromFile.run(new DefaultApplicationArguments()));
        EditableIndicator seeded = admin.list().stream().filter(i -> i.details().code().equals("TEST_SEEDED"))
                .findFirst().orElseThrow();
        IndicatorChanges edit = new IndicatorChanges(new LocalizedText("Cible semée", "Seeded target, revised", "هدف"),
                seeded.details().unit(), seeded.details().owner(), new BigDecimal("650"), seeded.details().startDate(),
                LocalDate.of(2031, 12, 31), null, List.of(new Milestone(2028, new BigDecimal("300"))), true);
        admin.update(seeded.details().id(), seeded.version(), edit, "revised target", "admin");

        inTransaction.executeWithoutResult(status -> fromFile.run(new DefaultApplicationArguments()));
        seeder.run(new DefaultApplicationArguments());

        assertThat(indicators.findAll()).filteredOn(i -> i.code().equals("TEST_SEEDED")).singleElement()
                .satisfies(i -> {
                    assertThat(i.target()).isEqualByComparingTo("650");
                    assertThat(i.deadline()).isEqualTo(LocalDate.of(2031, 12, 31));
                    assertThat(i.name().en()).isEqualTo("Seeded target, revised");
                    assertThat(i.milestones()).extracting(Milestone::year).containsExactly(2028);
                });
        assertThat(indicators.findAll()).hasSize(10);
    }

    private EditableIndicator created(String code) {
        EditableIndicator created = admin.create(TestIndicators.jobs(code), null, "admin");
        ImportedFiguresCleanup.removeImports(jdbc);
        return created;
    }

    private HistoryEvent onlyChange() {
        List<HistoryEvent> all = history.find(HistoryFilters.everything(), 10);
        assertThat(all).hasSize(1);
        return all.getFirst();
    }

    private static Edit changes(EditableIndicator indicator) {
        return new Edit(IndicatorChanges.of(indicator.details()));
    }

    /** The form as it was opened, with one field changed. */
    private record Edit(IndicatorChanges values) {

        IndicatorChanges withTarget(BigDecimal target) {
            return new IndicatorChanges(values.name(), values.unit(), values.owner(), target, values.startDate(),
                    values.deadline(), values.datesNote(), values.milestones(), values.wholeNumbers());
        }

        IndicatorChanges withDeadline(LocalDate deadline) {
            return new IndicatorChanges(values.name(), values.unit(), values.owner(), values.target(),
                    values.startDate(), deadline, values.datesNote(), values.milestones(), values.wholeNumbers());
        }

        Edit withMilestones(List<Milestone> milestones) {
            return new Edit(new IndicatorChanges(values.name(), values.unit(), values.owner(), values.target(),
                    values.startDate(), values.deadline(), values.datesNote(), milestones, values.wholeNumbers()));
        }
    }
}
