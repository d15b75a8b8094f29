package ma.marsad.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;

import ma.marsad.MarsadBrowserlessTest;
import ma.marsad.base.Quarter;
import ma.marsad.base.Region;
import ma.marsad.excelimport.ImportedFiguresCleanup;
import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.indicator.IndicatorService;
import ma.marsad.progress.EntryDetails;
import ma.marsad.progress.EntryService;
import ma.marsad.progress.NewFigure;
import ma.marsad.review.ReviewService;
import ma.marsad.progress.ui.FigureHistoryPanel;

class DataEntryViewTest extends MarsadBrowserlessTest {

    private static final Quarter Q3 = Quarter.of("2026-Q3");
    private static final int VALUE = 2;
    private static final int STATUS = 3;
    private static final int REVIEW_COMMENT = 4;
    private static final int ACTIONS = 7;

    @Autowired
    EntryService entries;
    @Autowired
    ReviewService reviews;
    @Autowired
    IndicatorService indicators;
    @Autowired
    JdbcTemplate jdbc;

    IndicatorDetails unicorns;

    @BeforeEach
    void findUnicorns() {
        unicorns = indicators.findByCode("UNICORNS").orElseThrow();
    }

    @AfterEach
    void removeFigures() {
        ImportedFiguresCleanup.removeImports(jdbc);
    }

    private EntryDetails twoUnicorns() {
        return entries.create(new NewFigure(unicorns.id(), Q3, Region.NATIONAL, new BigDecimal("2"), "first count"),
                "clerk");
    }

    @SuppressWarnings("unchecked")
    private Grid<EntryDetails> grid() {
        return $(Grid.class).id("entry-grid");
    }

    private int rowOf(long id) {
        var rows = test(grid());
        return IntStream.range(0, rows.size()).filter(i -> rows.getRow(i).id() == id).findFirst().orElseThrow();
    }

    private Component cell(long id, int column) {
        return test(grid()).getCellComponent(rowOf(id), column);
    }

    private void click(long id, String buttonPrefix) {
        test($(Button.class, cell(id, ACTIONS)).id(buttonPrefix + id)).click();
    }

    private String notification() {
        return test($(Notification.class).last()).getText();
    }

    /** The status as read: its words, without the icons. */
    private String status(long id) {
        return String.join(" ", $(Span.class, cell(id, STATUS)).all().stream().map(Span::getText)
                .filter(t -> !t.isEmpty()).toList());
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    private static String plainSpaces(String text) {
        return text.replace('\u202F', ' ').replace('\u00A0', ' ');
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void aClerkSavesAFigureAndSeesItInTheGridWaitingForReview() {
        navigate(DataEntryView.class);
        @SuppressWarnings("unchecked")
        ComboBox<IndicatorDetails> indicator = $(ComboBox.class).id("entry-indicator");
        test(indicator).selectItem("UNICORNS — Technology unicorn");
        @SuppressWarnings("unchecked")
        ComboBox<Quarter> quarter = $(ComboBox.class).id("entry-quarter");
        assertThat(quarter.getValue()).as("the last quarter that ended").isEqualTo(Q3);
        assertThat(test(quarter).getSuggestions()).first().isEqualTo("Q4 2026");
        test($(TextField.class).id("entry-value")).setValue("1 000");
        test($(com.vaadin.flow.component.textfield.TextArea.class).id("entry-comment")).setValue("from the register");

        test($(Button.class).id("entry-save")).click();

        assertThat(notification()).isEqualTo("UNICORNS, Q3 2026, National: 1,000 saved and submitted for review.");
        EntryDetails stored = entries.find(java.util.Optional.of(unicorns.id()), Q3, Q3, java.util.Optional.empty())
                .getFirst();
        assertThat(stored.amount()).isEqualByComparingTo("1000");
        assertThat(stored.comment()).isEqualTo("from the register");
        assertThat(stored.enteredBy()).isEqualTo("clerk");
        assertThat(test(grid()).getCellText(rowOf(stored.id()), VALUE)).isEqualTo("1,000");
        assertThat(status(stored.id())).isEqualTo("Submitted");
        assertThat($(TextField.class).id("entry-value").getValue()).as("ready for the next figure").isEmpty();
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void aFractionOfACountIsShownNextToTheValueAndNothingIsStored() {
        navigate(DataEntryView.class);
        @SuppressWarnings("unchecked")
        ComboBox<IndicatorDetails> indicator = $(ComboBox.class).id("entry-indicator");
        test(indicator).selectItem("UNICORNS — Technology unicorn");
        TextField value = $(TextField.class).id("entry-value");
        test(value).setValue("12,5");

        test($(Button.class).id("entry-save")).click();

        assertThat(value.isInvalid()).isTrue();
        assertThat(value.getErrorMessage()).isEqualTo("12.5 is not a whole number; this indicator counts whole units.");
        assertThat(jdbc.queryForObject("select count(*) from progress_entry where origin <> 'SAMPLE'", Long.class))
                .isZero();
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void aCorrectionWithoutAReasonIsRefusedWithTheMessageNextToTheReason() {
        EntryDetails figure = twoUnicorns();
        navigate(DataEntryView.class);
        click(figure.id(), "correct-");
        test($(TextField.class).id("correction-value")).setValue("3");

        test($(Button.class).id("correction-save")).click();

        TextField reason = $(TextField.class).id("correction-reason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Give a reason: it is kept in the history.");
        assertThat(entries.find(figure.id()).orElseThrow().amount()).isEqualByComparingTo("2");

        test(reason).setValue("the register counts three");
        test($(Button.class).id("correction-save")).click();

        assertThat(notification()).isEqualTo("UNICORNS, Q3 2026, National: corrected to 3 and submitted for review.");
        assertThat(entries.find(figure.id()).orElseThrow().amount()).isEqualByComparingTo("3");
        assertThat(test(grid()).getCellText(rowOf(figure.id()), VALUE)).isEqualTo("3");
        assertThat($(TextField.class).all()).extracting(Component::getId).map(id -> id.orElse(""))
                .as("the correction closed").doesNotContain("correction-reason");
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void aCorrectionOfAQuarterApprovedMeanwhileIsRefusedAsLocked() {
        EntryDetails figure = twoUnicorns();
        navigate(DataEntryView.class);
        click(figure.id(), "correct-");
        ma.marsad.Reviewer.run(() -> reviews.approve(unicorns.id(), Q3, null, "manager", Map.of()));
        test($(TextField.class).id("correction-value")).setValue("3");
        test($(TextField.class).id("correction-reason")).setValue("recount");

        test($(Button.class).id("correction-save")).click();

        Div problem = $(Div.class).id("correction-problem");
        assertThat(problem.isVisible()).isTrue();
        assertThat(text(problem))
                .isEqualTo("UNICORNS for Q3 2026 is approved and locked. Ask an administrator to reopen it first.");
        assertThat(entries.find(figure.id()).orElseThrow().amount()).isEqualByComparingTo("2");
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void aRowSomeoneElseChangedIsRefusedWithWhoAndWhenAndCanBeReloaded() {
        EntryDetails figure = twoUnicorns();
        navigate(DataEntryView.class);
        click(figure.id(), "correct-");
        entries.correct(figure.id(), figure.version(), new BigDecimal("4"), "first count", "found two more", "clerk2");
        test($(TextField.class).id("correction-value")).setValue("3");
        test($(TextField.class).id("correction-reason")).setValue("recount");

        test($(Button.class).id("correction-save")).click();

        assertThat(plainSpaces(text($(Div.class).id("correction-problem")))).isEqualTo("This figure was changed"
                + " by clerk2 at 11/23/26, 10:00 AM. Reload to see it, then make your change again.Reload");
        assertThat(entries.find(figure.id()).orElseThrow().amount()).isEqualByComparingTo("4");

        test($(Button.class).id("correction-reload")).click();

        assertThat($(TextField.class).id("correction-value").getValue()).isEqualTo("4");
        assertThat(test(grid()).getCellText(rowOf(figure.id()), VALUE)).isEqualTo("4");
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void theHistoryPanelListsEveryChangeAndRestoresAnEarlierValueAsANewChange() {
        EntryDetails figure = twoUnicorns();
        entries.correct(figure.id(), figure.version(), new BigDecimal("3"), "recount", "typo", "clerk2");
        long creation = entries.history(figure.id()).getFirst().id();
        navigate(DataEntryView.class);
        assertThat($(FigureHistoryPanel.class).all()).as("no history shown yet").isEmpty();

        click(figure.id(), "history-");

        FigureHistoryPanel panel = $(FigureHistoryPanel.class).id("figure-history");
        assertThat($(H2.class, panel).id("figure-history-title").getText())
                .isEqualTo("UNICORNS, Q3 2026, National: history");
        assertThat(events(panel)).containsExactly(
                "11/23/26, 10:00 AM: clerk entered 2 (typed by hand).|Comment: \u201cfirst count\u201d|Restore this value",
                "11/23/26, 10:00 AM: clerk2 replaced 2 with 3 (typed by hand).|Comment: \u201cfirst count\u201d"
                        + " → \u201crecount\u201d|Reason: typo");

        test($(Button.class, panel).id("restore-" + creation)).click();
        test($(Button.class, panel).id("restore-confirm")).click();
        TextField reason = $(TextField.class, panel).id("restore-reason");
        assertThat(reason.getErrorMessage()).isEqualTo("Give a reason: it is kept in the history.");
        test(reason).setValue("the recount was wrong");
        test($(Button.class, panel).id("restore-confirm")).click();

        assertThat(notification()).isEqualTo("UNICORNS, Q3 2026, National: 2 restored and submitted for review.");
        assertThat(entries.find(figure.id()).orElseThrow().amount()).isEqualByComparingTo("2");
        assertThat(events(panel)).hasSize(3).last().isEqualTo("11/23/26, 10:00 AM: clerk restored 2 in place of 3"
                + " (typed by hand).|Comment: \u201crecount\u201d → \u201cfirst count\u201d|Reason: the recount was wrong");
        assertThat(test(grid()).getCellText(rowOf(figure.id()), VALUE)).isEqualTo("2");

        test($(Button.class, panel).id("figure-history-close")).click();
        assertThat(panel.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void theHistoryShowsTheQuartersApprovalAndReopeningAndTheFigureCanChangeAgain() {
        EntryDetails figure = twoUnicorns();
        ma.marsad.Reviewer.run(() -> reviews.approve(unicorns.id(), Q3, "looks right", "manager", Map.of()));
        ma.marsad.Reviewer.run(() -> reviews.reopen(unicorns.id(), Q3, "the register was revised", "admin"));
        navigate(DataEntryView.class);

        click(figure.id(), "history-");

        FigureHistoryPanel panel = $(FigureHistoryPanel.class).id("figure-history");
        assertThat(events(panel)).containsExactly(
                "11/23/26, 10:00 AM: clerk entered 2 (typed by hand).|Comment: \u201cfirst count\u201d",
                "11/23/26, 10:00 AM: manager approved the quarter and locked it.|Reason: looks right",
                "11/23/26, 10:00 AM: admin reopened the quarter.|Reason: the register was revised");
        assertThat(status(figure.id())).isEqualTo("Approved");
        assertThat($(Button.class, cell(figure.id(), ACTIONS)).all()).extracting(Button::getText)
                .containsExactly("Correct", "History");
    }

    /** Each history row's visible lines, joined by "|". */
    private List<String> events(FigureHistoryPanel panel) {
        return $(ListItem.class, panel).all().stream().map(item -> String.join("|",
                        item.getChildren().filter(Component::isVisible).map(c -> c instanceof Button b ? b.getText()
                                : c instanceof Span s ? s.getText() : "").filter(t -> !t.isEmpty()).toList()))
                .map(DataEntryViewTest::plainSpaces).toList();
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void aReturnedFigureIsListedFirstWithTheManagersComment() {
        EntryDetails figure = twoUnicorns();
        ma.marsad.Reviewer.run(() -> reviews.returnToClerks(unicorns.id(), Q3, "Two unicorns? Check the source.", "manager", Map.of()));

        navigate(DataEntryView.class);

        Section returned = $(Section.class).id("returned-figures");
        assertThat(returned.isVisible()).isTrue();
        assertThat($(H2.class, returned).id("returned-heading").getText()).isEqualTo("One figure was returned to you");
        assertThat(plainSpaces($(Span.class, returned).first().getText())).isEqualTo("UNICORNS, Q3 2026, National: 2."
                + " manager returned it on 11/23/26, 10:00 AM: \u201cTwo unicorns? Check the source.\u201d");
        assertThat(status(figure.id())).isEqualTo("Returned");
        assertThat(test(grid()).getCellText(rowOf(figure.id()), REVIEW_COMMENT)).isEqualTo("Two unicorns? Check the source.");

        test($(Button.class, returned).id("returned-correct-" + figure.id())).click();

        assertThat($(TextField.class).id("correction-value").getValue()).isEqualTo("2");
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void anApprovedFigureShowsItsLockAndOffersNoCorrection() {
        EntryDetails figure = twoUnicorns();
        ma.marsad.Reviewer.run(() -> reviews.approve(unicorns.id(), Q3, null, "manager", Map.of()));

        navigate(DataEntryView.class);

        assertThat(status(figure.id())).isEqualTo("Approved locked");
        assertThat($(Button.class, cell(figure.id(), ACTIONS)).all()).extracting(Button::getText)
                .containsExactly("History");
    }

    @Test
    @WithMockUser(username = "manager", roles = "MANAGER")
    void aManagerCannotOpenTheDataEntry() {
        navigate("entry", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(DataEntryView.class);
    }
}
