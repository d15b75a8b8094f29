package ma.marsad.excelimport.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

import ma.marsad.excelimport.ImportJob;
import ma.marsad.excelimport.ImportProgress;

/**
 * What the clerk sees while their file is checked or imported: its place in the queue while it waits its turn
 * ("3 files ahead of yours"), then how far the reading has gone. Told from the import threads, through
 * {@link UI#access}: those threads have no current UI, so everything needed is captured here on the UI thread.
 */
class ReadingProgress extends Div {

    private final ProgressBar bar = new ProgressBar();
    private final Span text = new Span();

    ReadingProgress() {
        add(text, bar);
        addClassName("import-progress");
        setId("import-progress");
        setVisible(false);
        bar.setIndeterminate(true);
    }

    void begin(String what) {
        text.setText(what);
        bar.setIndeterminate(true);
        setVisible(true);
    }

    void end() {
        setVisible(false);
    }

    String text() {
        return text.getText();
    }

    /** Rows read so far, shown on the bar. */
    ImportProgress rows(UI ui) {
        return (sheet, row, lastRow) -> inUi(ui, () -> {
            if (lastRow > 0) {
                bar.setIndeterminate(false);
                bar.setValue(Math.min(1.0, row / (double) lastRow));
            }
            text.setText(getTranslation("imports.progress", sheet, row, lastRow));
        });
    }

    /** The job's place in the queue, shown while it waits; {@code finished} runs on the import thread at the end. */
    <T> ImportJob.Listener<T> queue(UI ui, Consumer<ImportJob<T>> finished) {
        return new ImportJob.Listener<>() {
            @Override
            public void waiting(int ahead) {
                inUi(ui, () -> text.setText(ahead == 0 ? getTranslation("imports.waiting.next")
                        : getTranslation("imports.waiting", ahead)));
            }

            @Override
            public void finished(ImportJob<T> job) {
                finished.accept(job);
            }
        };
    }

    private static void inUi(UI ui, Runnable change) {
        try {
            ui.access(change::run);
        } catch (UIDetachedException e) {
            // The page closed; the job goes on and its file is deleted when it ends.
        }
    }
}
