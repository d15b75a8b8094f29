package ma.marsad.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;

import ma.marsad.MarsadBrowserlessTest;
import ma.marsad.progress.ProgressService;

/** Each dashboard card lists the partners' commitments feeding its indicator, and links to the agreement. */
class CardCommitmentsTest extends MarsadBrowserlessTest {

    @Autowired
    ProgressService progress;

    @Test
    @WithMockUser(username = "official", roles = "OFFICIAL")
    void theEngineersCardSaysWhatOnepointPromisedAndHowFarItHasGot() {
        navigate(DashboardView.class);
        double actual = progress.overview(java.util.Optional.empty(), false).stream()
                .filter(s -> s.indicator().code().equals("ONEPOINT_ENGINEERS")).findFirst().orElseThrow().actual();

        Div engineers = $(Div.class).id("commitments-ONEPOINT_ENGINEERS");
        assertThat($(ListItem.class, engineers).all()).extracting(ListItem::getText).containsExactly(
                "Onepoint: 500 engineers by Jun 30, 2029 — " + new Formats(java.util.Locale.ENGLISH).number(actual)
                        + " so far");
        Anchor agreement = $(Anchor.class, $(Paragraph.class).id("agreement-link-ONEPOINT_ENGINEERS")).first();
        assertThat(agreement.getHref()).isEqualTo("partners?agreement=ONEPOINT_MOU");
        assertThat(agreement.getText()).isEqualTo("Memorandum of understanding: data and AI centre of excellence"
                + " (Casablanca-Settat)");

        Div jobs = $(Div.class).id("commitments-DIGITAL_JOBS");
        assertThat($(ListItem.class, jobs).all()).extracting(ListItem::getText).containsExactly(
                "Onepoint: Foster the creation of qualified jobs (counted within the digital jobs) — counted within"
                        + " these figures, never added");
        assertThat($(Paragraph.class).all()).noneMatch(p -> p.getId().orElse("").equals("agreement-link-DIGITAL_JOBS"));
    }
}
