package ma.marsad.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.marsad.MarsadSpringTest;
import ma.marsad.account.NewUser;
import ma.marsad.account.TestAccounts;
import ma.marsad.account.UserAdminService;
import ma.marsad.base.LocalizedText;
import ma.marsad.base.security.Role;
import ma.marsad.excelimport.ImportedFiguresCleanup;
import ma.marsad.indicator.EditableIndicator;
import ma.marsad.indicator.IndicatorAdminService;
import ma.marsad.indicator.IndicatorChanges;
import ma.marsad.indicator.IndicatorKind;
import ma.marsad.indicator.Milestone;
import ma.marsad.indicator.NewIndicator;
import ma.marsad.indicator.TestIndicators;

/**
 * Finding 6 of issue 18 for what administrators type: a direction override (U+202E), a zero-width space or a
 * byte-order mark typed into a display name, an indicator's name, unit, owner or source, or a reason, does not
 * survive into what is stored (and so into reports and the history); Arabic text is kept as typed.
 */
@MarsadSpringTest
class TypedTextAtInputTest {

    private static final String OVERRIDE = "\u202E";
    private static final String ZERO_WIDTH = "\u200B";
    private static final String BOM = "\uFEFF";

    @Autowired
    UserAdminService users;
    @Autowired
    IndicatorAdminService indicators;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeWhatTheTestMade() {
        ImportedFiguresCleanup.removeImports(jdbc);
        TestIndicators.remove(jdbc);
        TestAccounts.remove(jdbc);
    }

    private static boolean invisible(String text) {
        return text.contains(OVERRIDE) || text.contains(ZERO_WIDTH) || text.contains(BOM);
    }

    @Test
    void aDisplayNameAndAReasonLoseTheirDirectionOverrides() {
        users.create(new NewUser("test.bidi", "invoice" + OVERRIDE + "xcod.exe", Set.of(Role.CLERK)),
                "new" + ZERO_WIDTH + " clerk" + BOM, "admin");

        assertThat(jdbc.queryForObject("select display_name from user_account where username = 'test.bidi'",
                String.class)).isEqualTo("invoicexcod.exe");
        assertThat(jdbc.queryForObject("select reason from history_event where subject = 'test.bidi'", String.class))
                .isEqualTo("new clerk");
    }

    @Test
    void anIndicatorsNamesUnitsOwnersSourceAndReasonLoseThemAndArabicStaysAsTyped() {
        NewIndicator typed = new NewIndicator("TEST_BIDI", IndicatorKind.CUMULATIVE, "source" + OVERRIDE + "fdp.exe",
                "1 000 emplois" + ZERO_WIDTH, new IndicatorChanges(
                        new LocalizedText("Emplois" + OVERRIDE + " de test", "Test" + BOM + " jobs", "مناصب" + OVERRIDE + " الاختبار"),
                        new LocalizedText("emplois" + ZERO_WIDTH, "jobs", "منصب"),
                        new LocalizedText("Ministère" + OVERRIDE, "Ministry", "وزارة الانتقال الرقمي"),
                        new BigDecimal("1000"), LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31),
                        "from" + OVERRIDE + " the launch", List.of(new Milestone(2026, new BigDecimal("300"))), true));

        EditableIndicator created = indicators.create(typed, "asked" + OVERRIDE + " by the ministry", "admin");

        var stored = jdbc.queryForMap("select name_fr, name_en, name_ar, unit_fr, owner_fr, owner_ar, source_file,"
                + " source_quote, dates_note from indicator where code = 'TEST_BIDI'");
        assertThat(stored.values()).allSatisfy(v -> assertThat(invisible((String) v)).as(String.valueOf(v)).isFalse());
        assertThat(stored.get("NAME_FR")).isEqualTo("Emplois de test");
        assertThat(stored.get("NAME_AR")).as("Arabic intact").isEqualTo("مناصب الاختبار");
        assertThat(stored.get("OWNER_AR")).isEqualTo("وزارة الانتقال الرقمي");
        assertThat(stored.get("SOURCE_FILE")).isEqualTo("sourcefdp.exe");

        IndicatorChanges rename = IndicatorChanges.of(created.details());
        indicators.update(created.details().id(), created.version(), new IndicatorChanges(
                new LocalizedText("Emplois" + OVERRIDE + " créés", rename.name().en(), rename.name().ar()), rename.unit(),
                rename.owner(), new BigDecimal("1200"), rename.startDate(), rename.deadline(), rename.datesNote(),
                rename.milestones(), true), "revised" + OVERRIDE + " target", "admin");

        assertThat(jdbc.queryForObject("select name_fr from indicator where code = 'TEST_BIDI'", String.class))
                .isEqualTo("Emplois créés");
        assertThat(jdbc.queryForList("select reason from history_event where reason is not null", String.class))
                .isNotEmpty().allSatisfy(reason -> assertThat(invisible(reason)).as(reason).isFalse())
                .contains("revised target", "asked by the ministry");
        assertThat(jdbc.queryForList("select after_value from history_event where after_value is not null",
                String.class)).allSatisfy(value -> assertThat(invisible(value)).as(value).isFalse());
    }
}
