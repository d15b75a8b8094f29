package ma.marsad.progress.ui;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;

import ma.marsad.base.Morocco;
import ma.marsad.progress.FigureRevision;
import ma.marsad.progress.ReportedFigure;

/** The earlier values of one figure, oldest first, with who replaced each, when and how. */
class FigureHistoryDialog extends Dialog {

    FigureHistoryDialog(ReportedFigure figure, List<FigureRevision> revisions) {
        setHeaderTitle(getTranslation("history.title", figure.indicatorCode(), figure.quarter(),
                figure.region().displayName(getLocale())));
        setId("figure-history");
        NumberFormat number = NumberFormat.getNumberInstance(getLocale());
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(Morocco.ZONE);
        OrderedList list = new OrderedList();
        for (FigureRevision r : revisions) {
            list.add(new ListItem(getTranslation("history.entry",
                    when.format(r.changedAt()), r.changedBy(), number.format(r.previousAmount()),
                    number.format(r.newAmount()), source(r.changeOrigin().name(), r.changeImportId()),
                    r.previousEnteredBy(), when.format(r.previousEnteredAt()),
                    source(r.previousOrigin().name(), r.previousImportId()))));
        }
        add(new Paragraph(getTranslation("history.current", number.format(figure.value()), figure.enteredBy(),
                when.format(figure.enteredAt()))));
        add(list);
        Button close = new Button(getTranslation("history.close"), e -> close());
        getFooter().add(close);
        setWidth("min(44rem, 95vw)");
    }

    private String source(String origin, Long importId) {
        return importId == null ? getTranslation("origin." + origin)
                : getTranslation("history.import", importId);
    }
}
