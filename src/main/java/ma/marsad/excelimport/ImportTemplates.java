package ma.marsad.excelimport;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import ma.marsad.base.Messages;
import ma.marsad.base.FileLanguage;
import ma.marsad.indicator.IndicatorService;

/** The empty workbook clerks fill in, with today's indicators and regions. */
@Service
public class ImportTemplates {

    private final IndicatorService indicators;
    private final MessageSource messages;

    ImportTemplates(IndicatorService indicators, MessageSource messages) {
        this.indicators = indicators;
        this.messages = messages;
    }

    /**
     * The template in {@code locale}'s language (right to left in Arabic). Filled in whichever language, it
     * imports.
     */
    public void write(Locale locale, OutputStream out) throws IOException {
        Locale language = FileLanguage.supported(locale);
        ImportTemplate.write(indicators.findAll(), Messages.of(messages, language), language, out);
    }
}
