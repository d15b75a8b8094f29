package ma.marsad.base.ui;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * What a person sees when a page fails on the server: a plain apology and a reference to quote, never the
 * exception (Vaadin's own error view names it, and with it internals such as the connection pool). The
 * exception goes to the log under the same reference, so whoever reads the log finds it.
 */
@AnonymousAllowed
public class ServerErrorView extends Main implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Page /{} failed (reference {})", event.getLocation().getPath(), reference,
                parameter.getCaughtException());
        removeAll();
        setId("server-error");
        add(new H1(getTranslation("error.server.title")),
                new Paragraph(getTranslation("error.server.text", reference)),
                new Anchor("", getTranslation("error.server.home")));
        return 500;
    }
}
