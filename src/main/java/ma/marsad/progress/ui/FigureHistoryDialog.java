package ma.marsad.progress.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;

import ma.marsad.audit.HistoryEvent;
import ma.marsad.base.Morocco;
import ma.marsad.progress.ReportedFigure;

/** Every change of one figure, oldest first: who, when, before and after, why and from where. */
class FigureHistoryDialog extends Dialog {

    FigureHistoryDialog(ReportedFigure figure, List<HistoryEvent> events) {
        setHeaderTitle(getTranslation("history.title", figure.indicatorCode(), figure.quarter(),
                figure.region().displayName(getLocale())));
        setId("figure-history");
        NumberFormat number = NumberFormat.getNumberInstance(getLocale());
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(Morocco.ZONE);
        OrderedList list = new OrderedList();
        for (HistoryEvent e : events) {
            String text = getTranslation("history." + e.kind().name(), when.format(e.changedAt()), e.changedBy(),
                    amount(number, e.before()), amount(number, e.after()), source(e));
            if (e.reason() != null) {
                text += " " + getTranslation("history.reason", e.reason());
            }
            list.add(new ListItem(text));
        }
        add(new Paragraph(getTranslation("history.current", number.format(figure.value()), figure.enteredBy(),
                when.format(figure.enteredAt()))));
        add(list);
        Button close = new Button(getTranslation("history.close"), e -> close());
        getFooter().add(close);
        setWidth("min(44rem, 95vw)");
    }

    private static String amount(NumberFormat number, String value) {
        return value == null || value.indexOf(':') >= 0 ? value == null ? "" : value : number.format(new BigDecimal(value));
    }

    private String source(HistoryEvent e) {
        return e.importId() == null ? getTranslation("source." + e.source().name())
                : getTranslation("history.import", e.importId());
    }
}
