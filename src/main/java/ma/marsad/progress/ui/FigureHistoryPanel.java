package ma.marsad.progress.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;

import ma.marsad.audit.HistoryEvent;
import ma.marsad.base.Morocco;
import ma.marsad.progress.EntryDetails;
import ma.marsad.progress.EntryService;
import ma.marsad.progress.ReviewRefusal;

/**
 * One figure's history beside the grid that lists it, not in a dialog, so the figures stay in view: every
 * change oldest first (who, when, before and after, the comment where it changed, why, from which import)
 * and, for those who may change figures, "Restore this value" on each earlier value. A restore is a new
 * change with its own reason; the history is never rewritten. Escape or the Close button hides the panel.
 */
public class FigureHistoryPanel extends Aside {

    private final EntryService entries;
    private final String user;
    private final boolean mayRestore;
    private final H2 title = new H2();
    private final Div problem = new Div();
    private final Div body = new Div();
    private final List<Consumer<EntryDetails>> changeListeners = new ArrayList<>();
    private final List<Runnable> closeListeners = new ArrayList<>();
    private EntryDetails shown;
    private Div openRestoreForm;

    /**
     * @param user       who restores (the signed-in user's name)
     * @param mayRestore whether to offer "Restore this value": only to those who may change figures
     */
    public FigureHistoryPanel(EntryService entries, String user, boolean mayRestore) {
        this.entries = entries;
        this.user = user;
        this.mayRestore = mayRestore;
        setId("figure-history");
        addClassName("figure-history");
        title.setId("figure-history-title");
        getElement().setAttribute("aria-labelledby", "figure-history-title");
        // Focusable from code only, so opening it can move the keyboard into it.
        getElement().setAttribute("tabindex", "-1");
        Button close = new Button(getTranslation("history.close"), e -> close());
        close.setId("figure-history-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div head = new Div(title, close);
        head.addClassName("figure-history-head");
        problem.setId("figure-history-problem");
        problem.addClassName("entry-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        add(head, problem, body);
        Shortcuts.addShortcutListener(this, this::close, Key.ESCAPE).listenOn(this);
        setVisible(false);
    }

    /** Shows the history of this figure (reading it afresh); hides the panel if the figure is gone. */
    public void show(long entryId) {
        Optional<EntryDetails> figure = entries.find(entryId);
        if (figure.isEmpty()) {
            close();
            return;
        }
        shown = figure.get();
        render(entries.history(entryId));
        setVisible(true);
    }

    /** Moves the keyboard into the panel, for when the user asked for it (not on every selection). */
    public void focus() {
        getElement().executeJs("this.focus()");
    }

    public void close() {
        boolean wasOpen = isVisible();
        setVisible(false);
        shown = null;
        if (wasOpen) {
            closeListeners.forEach(Runnable::run);
        }
    }

    /** The figure shown, if the panel is open. */
    public Optional<EntryDetails> shown() {
        return Optional.ofNullable(shown);
    }

    /** Called with the figure after a restore, or after a reload when someone else had changed it. */
    public void addChangeListener(Consumer<EntryDetails> listener) {
        changeListeners.add(listener);
    }

    public void addCloseListener(Runnable listener) {
        closeListeners.add(listener);
    }

    private void render(List<HistoryEvent> events) {
        body.removeAll();
        problem.setVisible(false);
        openRestoreForm = null;
        title.setText(getTranslation("history.title", shown.indicatorCode(), shown.quarter(),
                shown.region().displayName(getLocale())));
        Paragraph current = new Paragraph(getTranslation("history.current", amount(shown.amount()),
                shown.enteredBy(), when(shown.enteredAt())));
        current.setId("figure-history-current");
        body.add(current);
        if (shown.locked()) {
            body.add(new Paragraph(getTranslation("history.locked")));
        }
        if (events.isEmpty()) {
            body.add(new Paragraph(getTranslation("history.empty")));
            return;
        }
        OrderedList list = new OrderedList();
        list.addClassName("history-events");
        events.forEach(e -> list.add(item(e)));
        body.add(list);
    }

    private ListItem item(HistoryEvent e) {
        ListItem item = new ListItem();
        item.addClassName("history-event");
        boolean figureChange = e.kind().isEntryChange();
        // Quarter rows keep status counts ("SUBMITTED:3") and "LOCKED" there, never shown as numbers.
        item.add(span("history-line", getTranslation("history." + e.kind().name(), when(e.changedAt()),
                e.changedBy(), figureChange ? amount(e.before()) : "", figureChange ? amount(e.after()) : "",
                source(e))));
        if (figureChange) {
            commentChange(e).ifPresent(text -> item.add(span("history-comment", text)));
        }
        if (e.reason() != null) {
            item.add(span("history-reason", getTranslation("history.reason", e.reason())));
        }
        if (restorable(e)) {
            Button restore = new Button(getTranslation("history.restore"));
            restore.setId("restore-" + e.id());
            restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
            restore.addClickListener(click -> openRestoreForm(e, item, restore));
            item.add(restore);
        }
        return item;
    }

    /** Offered for an earlier value that differs from the figure as it is now, while its quarter is open. */
    private boolean restorable(HistoryEvent e) {
        return mayRestore && !shown.locked() && e.kind().isEntryChange() && e.after() != null
                && !(new BigDecimal(e.after()).compareTo(shown.amount()) == 0
                && Objects.equals(e.afterComment(), shown.comment()));
    }

    private void openRestoreForm(HistoryEvent e, ListItem item, Button restore) {
        if (openRestoreForm != null) {
            openRestoreForm.getParent().ifPresent(p -> p.getChildren().filter(Button.class::isInstance)
                    .forEach(b -> b.setVisible(true)));
            openRestoreForm.removeFromParent();
        }
        restore.setVisible(false);
        TextField reason = new TextField(getTranslation("history.restore.reason", amount(e.after())));
        reason.setId("restore-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        Button confirm = new Button(getTranslation("history.restore.confirm"),
                click -> restore(e, reason));
        confirm.setId("restore-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Div form = new Div();
        Button cancel = new Button(getTranslation("history.restore.cancel"), click -> {
            form.removeFromParent();
            openRestoreForm = null;
            restore.setVisible(true);
            restore.focus();
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div buttons = new Div(confirm, cancel);
        buttons.addClassName("entry-buttons");
        form.add(reason, buttons);
        form.addClassName("restore-form");
        item.add(form);
        openRestoreForm = form;
        reason.focus();
    }

    private void restore(HistoryEvent e, TextField reason) {
        try {
            EntryDetails restored = entries.restore(shown.id(), shown.version(), e.id(), reason.getValue(), user);
            Notification done = Notification.show(getTranslation("history.restored", restored.indicatorCode(),
                    restored.quarter(), restored.region().displayName(getLocale()), amount(restored.amount())));
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            show(restored.id());
            changeListeners.forEach(l -> l.accept(restored));
        } catch (ReviewRefusal refusal) {
            String text = RefusalText.of(this, getLocale(), refusal);
            if (refusal.reason() == ReviewRefusal.Reason.REASON_REQUIRED) {
                reason.setErrorMessage(text);
                reason.setInvalid(true);
                reason.focus();
            } else {
                showProblem(text, refusal.reason() == ReviewRefusal.Reason.CHANGED_BY_OTHER);
            }
        }
    }

    private void showProblem(String text, boolean offerReload) {
        problem.removeAll();
        problem.add(new Span(text));
        if (offerReload) {
            long id = shown.id();
            Button reload = new Button(getTranslation("entry.reload"), click -> {
                show(id);
                shown().ifPresent(fresh -> changeListeners.forEach(l -> l.accept(fresh)));
            });
            reload.setId("figure-history-reload");
            reload.addThemeVariants(ButtonVariant.LUMO_SMALL);
            problem.add(reload);
        }
        problem.setVisible(true);
    }

    private Optional<String> commentChange(HistoryEvent e) {
        if (Objects.equals(e.beforeComment(), e.afterComment())) {
            return Optional.empty();
        }
        if (e.beforeComment() == null) {
            return Optional.of(getTranslation("history.comment.added", e.afterComment()));
        }
        if (e.afterComment() == null) {
            return Optional.of(getTranslation("history.comment.removed", e.beforeComment()));
        }
        return Optional.of(getTranslation("history.comment.changed", e.beforeComment(), e.afterComment()));
    }

    private static Span span(String className, String text) {
        Span span = new Span(text);
        span.addClassName(className);
        return span;
    }

    private String amount(String plain) {
        return plain == null ? "" : amount(new BigDecimal(plain));
    }

    private String amount(BigDecimal value) {
        return NumberFormat.getNumberInstance(getLocale()).format(value);
    }

    private String when(Instant instant) {
        return Morocco.moments(getLocale()).format(instant);
    }

    private String source(HistoryEvent e) {
        return e.importId() == null ? getTranslation("source." + e.source().name())
                : getTranslation("history.import", String.valueOf(e.importId()));
    }
}
