package ma.marsad.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;

import ma.marsad.MarsadBrowserlessTest;
import ma.marsad.base.Quarter;
import ma.marsad.base.Region;
import ma.marsad.excelimport.ImportedFiguresCleanup;
import ma.marsad.indicator.IndicatorService;
import ma.marsad.progress.EntryDetails;
import ma.marsad.progress.EntryService;
import ma.marsad.progress.EntryStatus;
import ma.marsad.progress.NewFigure;
import ma.marsad.progress.QuarterLocks;
import ma.marsad.review.ApprovedQuarter;

/** The managers' review screen without a browser: what waits, the comparisons, and each decision. */
class ApprovalViewTest extends MarsadBrowserlessTest {

    private static final Quarter Q3 = Quarter.of("2026-Q3");
    private static final String INVESTORS = "ENTREPRENEURS_INVESTORS-2026-Q3";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntryService entries;
    @Autowired
    IndicatorService indicators;
    @Autowired
    QuarterLocks locks;

    @AfterEach
    void putTheSampleBack() {
        ImportedFiguresCleanup.removeImports(jdbc);
    }

    private long id(String code) {
        return indicators.findByCode(code).orElseThrow().id();
    }

    private EntryDetails figure(String code, Region region) {
        return entries.find(Optional.of(id(code)), Q3, Q3, Optional.of(region)).getFirst();
    }

    private String text(String id) {
        return $(Paragraph.class).id(id).getText();
    }

    private String lastNotification() {
        return test($(Notification.class).last()).getText();
    }

    @Test
    @WithMockUser(username = "manager", roles = "MANAGER")
    void aManagerSeesWhatWaitsWithItsFiguresThePreviousQuarterAndThePathToTheTarget() {
        navigate(ApprovalView.class);

        assertThat($(ReviewPanel.class).all()).extracting(p -> p.getId().orElseThrow())
                .containsExactly("review-STARTUPS-2026-Q3", "review-" + INVESTORS);
        ReviewPanel panel = $(ReviewPanel.class).id("review-" + INVESTORS);
        assertThat($(H2.class, panel).first().getText())
                .isEqualTo("Entrepreneurs and investors supported (ENTREPRENEURS_INVESTORS), Q3 2026");
        @SuppressWarnings("unchecked")
        Grid<EntryDetails> figures = $(Grid.class, panel).id("figures-" + INVESTORS);
        var rows = test(figures);
        assertThat(rows.size()).isEqualTo(1);
        assertThat(List.of(0, 1, 2, 4, 5)).extracting(c -> rows.getCellText(0, c))
                .containsExactly("National", "2", "sample-data", "Submitted", "Sample figure, not official statistics");
        assertThat(rows.getCellText(0, 3)).matches("\\d+/\\d+/\\d+, \\d+:\\d\\d.[AP]M");

        assertThat(text("total-" + INVESTORS)).isEqualTo("National total for Q3 2026: 2");
        assertThat(text("previous-" + INVESTORS)).isEqualTo("Previous quarter, Q2 2026: 2. Change: +0.");
        // 8 approved before, 2 now; the straight path from 0 (April 2025) to 35 (end of 2030) reaches 9.13.
        assertThat(text("path-" + INVESTORS)).isEqualTo(
                "With these figures, 10 at the end of Q3 2026; the path to the target expects 9.13. Gap: +0.9.");
        assertThat($(TabSheet.class).first().getTabAt(0).getLabel()).isEqualTo("Waiting (2)");
        assertThat($(Button.class).id("approve-" + INVESTORS).getText()).isEqualTo("Approve and lock");
    }

    @Test
    @WithMockUser(username = "manager", roles = "MANAGER")
    void approvingAQuarterTakesItOffTheListAndLocksIt() {
        navigate(ApprovalView.class);
        test($(Button.class).id("approve-" + INVESTORS)).click();

        assertThat(lastNotification()).isEqualTo("ENTREPRENEURS_INVESTORS, Q3 2026: approved and locked.");
        assertThat($(ReviewPanel.class).all()).extracting(p -> p.getId().orElseThrow())
                .containsExactly("review-STARTUPS-2026-Q3");
        assertThat(figure("ENTREPRENEURS_INVESTORS", Region.NATIONAL).status()).isEqualTo(EntryStatus.APPROVED);
        assertThat(locks.isLocked(id("ENTREPRENEURS_INVESTORS"), Q3)).isTrue();

        TabSheet tabs = $(TabSheet.class).first();
        assertThat(tabs.getTabAt(0).getLabel()).isEqualTo("Waiting (1)");
        test(tabs).select(1);
        @SuppressWarnings("unchecked")
        Grid<ApprovedQuarter> locked = $(Grid.class).id("locked-quarters");
        var rows = test(locked);
        assertThat(java.util.stream.IntStream.range(0, rows.size()).mapToObj(
                        i -> rows.getCellText(i, 0) + " " + rows.getCellText(i, 2) + " " + rows.getCellText(i, 3)))
                .contains("ENTREPRENEURS_INVESTORS Q3 2026 manager");
        assertThat(locked.getColumns()).as("managers do not reopen").hasSize(5);
    }

    @Test
    @WithMockUser(username = "manager", roles = "MANAGER")
    void returningNeedsACommentWhichTheClerkThenSees() {
        navigate(ApprovalView.class);
        ReviewPanel panel = $(ReviewPanel.class).id("review-STARTUPS-2026-Q3");
        test($(Button.class, panel).id("return-STARTUPS-2026-Q3")).click();

        Div refusal = $(Div.class, panel).id("refusal-STARTUPS-2026-Q3");
        assertThat(refusal.isVisible()).isTrue();
        assertThat(refusal.getElement().getTextRecursively()).startsWith("Give a reason: it is kept in the history.");
        assertThat($(TextArea.class, panel).id("comment-STARTUPS-2026-Q3").isInvalid()).isTrue();
        assertThat(figure("STARTUPS", Region.NATIONAL).status()).isEqualTo(EntryStatus.SUBMITTED);

        test($(TextArea.class, panel).id("comment-STARTUPS-2026-Q3")).setValue("Name the two startups, please.");
        test($(Button.class, panel).id("return-STARTUPS-2026-Q3")).click();

        assertThat(lastNotification()).isEqualTo("STARTUPS, Q3 2026: returned to the clerks.");
        EntryDetails returned = figure("STARTUPS", Region.NATIONAL);
        assertThat(returned.status()).isEqualTo(EntryStatus.RETURNED);
        assertThat(returned.reviewComment()).isEqualTo("Name the two startups, please.");
        ReviewPanel stillListed = $(ReviewPanel.class).id("review-STARTUPS-2026-Q3");
        assertThat($(Button.class, stillListed).id("return-STARTUPS-2026-Q3").isEnabled())
                .as("nothing left to return").isFalse();
        assertThat(test($(Grid.class, stillListed).first()).getCellText(0, 4)).isEqualTo("Returned");
    }

    @Test
    @WithMockUser(username = "manager", roles = "MANAGER")
    void aFigureChangedWhileTheManagerLookedIsNotApprovedAndTheManagerIsToldWhoChangedIt() {
        EntryDetails first = entries.create(new NewFigure(id("UNICORNS"), Q3, Region.NATIONAL, BigDecimal.ONE, null),
                "clerk");
        navigate(ApprovalView.class);
        entries.correct(first.id(), first.version(), BigDecimal.TWO, null, "Recount", "karim");

        test($(Button.class).id("approve-UNICORNS-2026-Q3")).click();

        Div refusal = $(Div.class).id("refusal-UNICORNS-2026-Q3");
        assertThat(refusal.getElement().getTextRecursively()).matches("This figure was changed by karim at"
                + " 11/23/26, 10:00.AM\\. Reload to see it, then make your change again\\.Reload");
        assertThat(figure("UNICORNS", Region.NATIONAL).status()).isEqualTo(EntryStatus.SUBMITTED);
        assertThat(locks.isLocked(id("UNICORNS"), Q3)).isFalse();

        test($(Button.class).id("reload-UNICORNS-2026-Q3")).click();
        test($(Button.class).id("approve-UNICORNS-2026-Q3")).click();
        assertThat(lastNotification()).isEqualTo("UNICORNS, Q3 2026: approved and locked.");
        assertThat(figure("UNICORNS", Region.NATIONAL).amount()).isEqualByComparingTo("2");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdministratorReopensALockedQuarterWithAReasonButDoesNotApprove() {
        navigate(ApprovalView.class);
        assertThat($(Paragraph.class).id("approvals-manager-only").getText())
                .isEqualTo("Only managers approve or return figures; administrators reopen locked quarters.");
        assertThat($(Button.class).all()).noneMatch(b -> b.getId().orElse("").startsWith("approve-"));

        test($(TabSheet.class).first()).select(1);
        @SuppressWarnings("unchecked")
        Grid<ApprovedQuarter> locked = $(Grid.class).id("locked-quarters");
        var rows = test(locked);
        int jobs = java.util.stream.IntStream.range(0, rows.size())
                .filter(i -> rows.getRow(i).indicatorCode().equals("DIGITAL_JOBS") && rows.getRow(i).quarter().equals(Q3))
                .findFirst().orElseThrow();
        Button reopen = (Button) rows.getCellComponent(jobs, 5);
        assertThat(reopen.getId()).hasValue("reopen-DIGITAL_JOBS-2026-Q3");
        test(reopen).click();
        Dialog dialog = $(Dialog.class).id("reopen-dialog");
        assertThat(dialog.getHeaderTitle()).isEqualTo("Reopen DIGITAL_JOBS, Q3 2026");
        test($(Button.class, dialog).id("reopen-confirm")).click();
        TextArea reason = $(TextArea.class, dialog).id("reopen-reason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Give a reason: it is kept in the history.");
        assertThat(locks.isLocked(id("DIGITAL_JOBS"), Q3)).isTrue();

        test(reason).setValue("The ministry revised the Casablanca survey");
        test($(Button.class, dialog).id("reopen-confirm")).click();

        assertThat(locks.isLocked(id("DIGITAL_JOBS"), Q3)).isFalse();
        assertThat(lastNotification()).isEqualTo("DIGITAL_JOBS, Q3 2026: reopened. Its figures can be corrected again.");
        assertThat(jdbc.queryForObject("select reason from history_event where kind = 'QUARTER_REOPENED'",
                String.class)).isEqualTo("The ministry revised the Casablanca survey");
        var after = test(locked);
        assertThat(java.util.stream.IntStream.range(0, after.size()).mapToObj(after::getRow))
                .noneMatch(q -> q.indicatorCode().equals("DIGITAL_JOBS") && q.quarter().equals(Q3));
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void aClerkDoesNotGetTheApprovals() {
        navigate("approvals", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(ApprovalView.class);
        assertThat($(ReviewPanel.class).all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "official", roles = "OFFICIAL")
    void anOfficialDoesNotGetTheApprovals() {
        navigate("approvals", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(ApprovalView.class);
    }
}
