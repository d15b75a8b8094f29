package ma.marsad.partner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import ma.marsad.MarsadBrowserlessTest;
import ma.marsad.partner.Completion;
import ma.marsad.partner.Confidence;
import ma.marsad.partner.PartnerCleanup;
import ma.marsad.partner.PartnerService;

/** The Partners view without a browser: what each role sees, the filters, a review and a link added. */
class PartnersViewTest extends MarsadBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PartnerService partners;

    @AfterEach
    void reset() {
        PartnerCleanup.reset(jdbc);
    }

    @Test
    @WithMockUser(username = "official", roles = "OFFICIAL")
    void anOfficialReadsEveryAgreementWithItsSourceButChangesNothing() {
        navigate(PartnersView.class);

        assertThat($(AgreementPanel.class).all()).extracting(a -> a.getId().orElseThrow()).containsExactly(
                "agreement-ABA_FRAMEWORK", "agreement-ONEPOINT_MOU", "agreement-ALTEN_PARTNERSHIP", "agreement-MISTRAL_MOU");
        assertThat($(CommitmentPanel.class).all()).hasSize(partners.commitments().size());
        assertThat($(Button.class).all()).noneMatch(b -> b.getId().orElse("").startsWith("review-")
                || b.getId().orElse("").startsWith("add-evidence-"));
        assertThat($(Paragraph.class).id("agreement-source-ALTEN_PARTNERSHIP").getText())
                .contains("signed today in Rabat, a partnership agreement with ALTEN Maroc")
                .contains("000_d01c92feabed86f2.txt");
        assertThat($(Paragraph.class).id("indicator-line-ONEPOINT_QUALIFIED_JOBS").getText())
                .isEqualTo("Contributes to DIGITAL_JOBS: counted within its figures, never added to them.");
        assertThat($(Paragraph.class).id("indicator-line-ONEPOINT_ENGINEERS").getElement().getTextRecursively())
                .startsWith("Measured by ONEPOINT_ENGINEERS: ").contains(" of 500");
    }

    @Test
    @WithMockUser(username = "official", roles = "OFFICIAL")
    void theFiltersNarrowByMinistryAndStatus() {
        navigate(PartnersView.class);

        test($(ComboBox.class).id("filter-ministry")).selectItem(
                "Ministry of Higher Education, Scientific Research and Innovation");
        assertThat($(AgreementPanel.class).all()).extracting(a -> a.getId().orElseThrow())
                .containsExactly("agreement-ALTEN_PARTNERSHIP");

        test($(ComboBox.class).id("filter-status")).selectItem("Completed");
        assertThat($(AgreementPanel.class).all()).isEmpty();
        assertThat($(Paragraph.class).id("partners-none").getText()).isEqualTo("No commitment matches the filters.");
    }

    @Test
    @WithMockUser(username = "manager", roles = "MANAGER")
    void aManagerRecordsAReviewAndTheCommitmentShowsIt() {
        navigate(PartnersView.class);
        test($(Button.class).id("review-ALTEN_TRAINING")).click();

        test($(RadioButtonGroup.class).id("review-completion")).selectItem("Limited");
        test($(RadioButtonGroup.class).id("review-confidence")).selectItem(
                "Amber — delivery appears feasible, but significant issues need managing; they look resolvable now.");
        test($(Button.class).id("review-save")).click();
        assertThat($(TextArea.class).id("review-comment").isInvalid()).as("a comment is required").isTrue();

        test($(TextArea.class).id("review-comment")).setValue("Two programmes opened in Fez");
        test($(Button.class).id("review-save")).click();

        assertThat($(Span.class).id("completion-ALTEN_TRAINING").getText()).isEqualTo("Limited");
        assertThat($(Span.class).id("confidence-ALTEN_TRAINING").getText()).isEqualTo("Amber");
        assertThat(partners.commitments()).filteredOn(c -> c.code().equals("ALTEN_TRAINING")).singleElement()
                .satisfies(c -> {
                    assertThat(c.completion()).isEqualTo(Completion.LIMITED);
                    assertThat(c.confidence()).isEqualTo(Confidence.AMBER);
                    assertThat(c.reviewComment()).isEqualTo("Two programmes opened in Fez");
                });
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdministratorAddsALinkAndABadLinkIsExplained() {
        navigate(PartnersView.class);
        test($(Button.class).id("add-evidence-MISTRAL_SKILLS")).click();

        test($(TextField.class).id("evidence-link")).setValue("ftp://example.org/x");
        test($(TextArea.class).id("evidence-summary")).setValue("Training announced");
        test($(Button.class).id("evidence-save")).click();
        assertThat($(Paragraph.class).id("evidence-problem").getText())
                .isEqualTo("The link must be an http or https address: ftp://example.org/x");

        test($(TextField.class).id("evidence-link")).setValue("https://example.org/mistral-training");
        test($(Button.class).id("evidence-save")).click();

        assertThat(partners.evidence(partners.commitments().stream().filter(c -> c.code().equals("MISTRAL_SKILLS"))
                .findFirst().orElseThrow().id())).singleElement()
                .satisfies(e -> assertThat(e.link()).isEqualTo("https://example.org/mistral-training"));
    }
}
