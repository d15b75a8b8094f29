package ma.marsad.base.ui;

import com.vaadin.flow.component.html.Paragraph;

/** Says plainly, wherever sample figures are shown, that they are invented. */
public class SampleFiguresNotice extends Paragraph {

    public SampleFiguresNotice() {
        setText(getTranslation("sample.banner"));
        addClassName("sample-banner");
        setId("sample-banner");
        getElement().setAttribute("role", "note");
    }
}
