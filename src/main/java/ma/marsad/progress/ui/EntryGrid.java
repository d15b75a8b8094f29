package ma.marsad.progress.ui;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import ma.marsad.progress.EntryDetails;
import ma.marsad.progress.EntryStatus;

/**
 * The figures of one quarter as a clerk works on them: value, status (in words and with an icon, locked
 * or not), the manager's comment on returned figures, and on each row "Correct" (a form under the row)
 * and "History" (the side panel).
 */
class EntryGrid extends Grid<EntryDetails> {

    private static final int ROWS_SHOWN_WHOLE = 12;

    private final List<EntryDetails> items = new ArrayList<>();
    private final ListDataProvider<EntryDetails> provider = new ListDataProvider<>(items);
    private final LongConsumer history;
    private Long correcting;

    EntryGrid(Locale locale, CorrectionForm.Actions corrections, LongConsumer history) {
        this.history = history;
        setId("entry-grid");
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        addColumn(EntryDetails::indicatorCode).setHeader(getTranslation("figures.indicator")).setAutoWidth(true)
                .setSortable(true).setFrozen(true);
        addColumn(f -> f.region().displayName(locale)).setHeader(getTranslation("figures.region")).setAutoWidth(true)
                .setSortable(true);
        addColumn(f -> number.format(f.amount())).setHeader(getTranslation("figures.value"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addComponentColumn(EntryGrid::status).setHeader(getTranslation("entry.status")).setAutoWidth(true);
        addColumn(f -> f.status() == EntryStatus.RETURNED ? f.reviewComment() : "")
                .setHeader(getTranslation("entry.review-comment")).setWidth("12rem").setFlexGrow(1).setResizable(true);
        addColumn(EntryDetails::comment).setHeader(getTranslation("figures.comment")).setWidth("10rem").setFlexGrow(1)
                .setResizable(true);
        addColumn(EntryDetails::enteredBy).setHeader(getTranslation("figures.entered-by")).setAutoWidth(true);
        // Kept in view when the history panel narrows the grid and its middle columns scroll.
        addComponentColumn(this::actions).setHeader(getTranslation("entry.actions")).setAutoWidth(true)
                .setFrozenToEnd(true);
        setItemDetailsRenderer(new ComponentRenderer<>(f -> new CorrectionForm(f, corrections)));
        setDetailsVisibleOnClick(false);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setItems(provider);
        setEmptyStateText(getTranslation("entry.none"));
    }

    /** Shows these figures; a correction that was open stays open on its (fresh) row. */
    void show(List<EntryDetails> figures) {
        items.clear();
        items.addAll(figures);
        provider.refreshAll();
        // A few rows take their own height; a whole quarter of regions scrolls inside the grid.
        setAllRowsVisible(figures.size() <= ROWS_SHOWN_WHOLE);
        setHeight(figures.size() <= ROWS_SHOWN_WHOLE ? null : "60vh");
        // Widths were measured on the rows shown first (locked rows have no Correct button).
        recalculateColumnWidths();
        find(correcting).ifPresentOrElse(f -> setDetailsVisible(f, true), () -> correcting = null);
    }

    /** Opens the correction form under the figure's row (closing any other). */
    void openCorrection(long id) {
        closeCorrection();
        find(id).ifPresent(f -> {
            correcting = id;
            setDetailsVisible(f, true);
        });
    }

    void closeCorrection() {
        find(correcting).ifPresent(f -> setDetailsVisible(f, false));
        correcting = null;
    }

    Optional<EntryDetails> find(Long id) {
        return id == null ? Optional.empty() : items.stream().filter(f -> f.id() == id).findFirst();
    }

    private Component actions(EntryDetails f) {
        Span buttons = new Span();
        buttons.addClassName("entry-row-actions");
        if (!f.locked()) {
            Button correct = new Button(getTranslation("entry.correct"), e -> {
                if (correcting != null && correcting == f.id()) {
                    closeCorrection();
                } else {
                    openCorrection(f.id());
                }
            });
            correct.setId("correct-" + f.id());
            correct.addThemeVariants(ButtonVariant.LUMO_SMALL);
            buttons.add(correct);
        }
        Button showHistory = new Button(getTranslation("entry.history"), e -> history.accept(f.id()));
        showHistory.setId("history-" + f.id());
        showHistory.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        buttons.add(showHistory);
        return buttons;
    }

    /** The status in words with an icon (never colour alone), and the lock when the quarter is approved. */
    static Span status(EntryDetails f) {
        Span status = new Span();
        status.addClassName("entry-status");
        status.addClassName("entry-status-" + f.status().name().toLowerCase(Locale.ROOT));
        status.add(icon(switch (f.status()) {
            case SUBMITTED -> VaadinIcon.HOURGLASS;
            case RETURNED -> VaadinIcon.REPLY;
            case APPROVED -> VaadinIcon.CHECK;
        }));
        Span text = new Span(status.getTranslation("entry.status." + f.status().name()));
        status.add(text);
        if (f.locked()) {
            status.add(icon(VaadinIcon.LOCK));
            Span locked = new Span(status.getTranslation("entry.status.locked"));
            locked.addClassName("entry-locked");
            status.add(locked);
        }
        return status;
    }

    private static Icon icon(VaadinIcon which) {
        Icon icon = which.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.addClassName("entry-status-icon");
        return icon;
    }
}
