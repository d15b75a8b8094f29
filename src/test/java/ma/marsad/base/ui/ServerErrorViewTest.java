package ma.marsad.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

import ma.marsad.MarsadBrowserlessTest;

class ServerErrorViewTest extends MarsadBrowserlessTest {

    @Test
    void aPageThatFailsOnTheServerIsShownByMarsadsOwnErrorView() {
        ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(VaadinService.getCurrent().getContext());

        assertThat(registry.getErrorNavigationTarget(new IllegalStateException("boom")))
                .hasValueSatisfying(target -> assertThat(target.getNavigationTarget()).isEqualTo(ServerErrorView.class));
    }

    @Test
    void theReaderSeesAnApologyAndAReferenceButNeverTheException() {
        ServerErrorView view = new ServerErrorView();
        UI.getCurrent().add(view);
        BeforeEnterEvent event = mock(BeforeEnterEvent.class);
        when(event.getLocation()).thenReturn(new Location("dashboard"));

        int status = view.setErrorParameter(event, new ErrorParameter<>(Exception.class, new IllegalStateException(
                "HikariPool-1 - Connection is not available, request timed out after 30000ms")));

        String text = view.getElement().getTextRecursively();
        assertThat(status).isEqualTo(500);
        assertThat(text).startsWith("Something went wrong")
                .containsPattern("quote the reference [0-9a-f]{8}\\.")
                .doesNotContain("Hikari", "Exception", "30000");
    }
}
