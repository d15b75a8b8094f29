package ma.marsad.excelexport;

import org.apache.poi.ss.usermodel.Cell;

import ma.marsad.forecast.ChanceNote;
import ma.marsad.forecast.Forecast;
import ma.marsad.forecast.ForecastService.Outlook;
import ma.marsad.forecast.ProgressMeasure;

/** The Summary's forecast cells: the chance as a percentage or the words that stand for it, and the UN measure. */
final class ForecastCells {

    private ForecastCells() {
    }

    /** The chance as a number (whole percent); where there is none, why, in words. */
    static void chance(Cell cell, Outlook outlook, ReportTexts texts, ReportStyles styles) {
        if (outlook == null) {
            cell.setCellStyle(styles.chance);
            return;
        }
        Forecast f = outlook.forecast();
        if (f.chance() != null) {
            ReportCells.number(cell, f.chance(), styles.chance);
        } else if (f.chanceNote() == ChanceNote.DEADLINE_PASSED) {
            SafeText.write(cell, texts.text("report.file.chance.deadline-passed"), styles.wrapped);
        } else {
            SafeText.write(cell, texts.text("report.file.chance.not-enough", f.quartersWithFigures(),
                    f.quartersNeeded()), styles.wrapped);
        }
    }

    /** "Moderate progress (growth rates)": the category, and which ratio it comes from. */
    static void measure(Cell cell, Outlook outlook, ReportTexts texts, ReportStyles styles) {
        if (outlook == null) {
            cell.setCellStyle(styles.wrapped.plain());
            return;
        }
        ProgressMeasure m = outlook.measure();
        String words = texts.text("measure." + m.category().name());
        if (m.method() != null) {
            words += " (" + texts.text("report.file.measure.method." + m.method().name()) + ")";
        }
        SafeText.write(cell, Character.toUpperCase(words.charAt(0)) + words.substring(1), styles.wrapped);
    }
}
