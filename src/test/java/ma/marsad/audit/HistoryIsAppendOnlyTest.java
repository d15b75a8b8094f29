package ma.marsad.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The history is append-only: the application has no code path that updates or deletes a history row.
 * This reads every source file and every migration after the one that created the table.
 */
class HistoryIsAppendOnlyTest {

    private static final Pattern REWRITE = Pattern.compile(
            "(?is)(update\\s+history_event|delete\\s+from\\s+history_event|truncate\\s+(table\\s+)?history_event"
                    + "|drop\\s+table\\s+(if\\s+exists\\s+)?history_event|alter\\s+table\\s+history_event\\s+drop\\s+(?!constraint\\s+ck_))");

    @Test
    void noApplicationCodeOrLaterMigrationRewritesTheHistory() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")),
                Files.walk(Path.of("src/main/resources/db")))) {
            offenders = files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".sql"))
                    .filter(f -> REWRITE.matcher(read(f)).find())
                    .map(Path::toString)
                    .toList();
        }
        assertThat(offenders).as("files that update or delete history rows").isEmpty();
    }

    @Test
    void onlyTheHistoryLogWritesToTheHistoryTable() throws IOException {
        Pattern insert = Pattern.compile("(?is)insert\\s+into\\s+history_event");
        List<String> writers;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            writers = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> insert.matcher(read(f)).find())
                    .map(f -> f.getFileName().toString())
                    .sorted()
                    .toList();
        }
        // FigureStore writes an import's creations in one INSERT ... SELECT: the same append, set-based.
        assertThat(writers).containsExactly("FigureStore.java", "HistoryLog.java");
    }

    @Test
    void theCheckFindsARewriteWhereThereIsOne() {
        assertThat(REWRITE.matcher("jdbc.update(\"UPDATE  history_event set reason = ?\")").find()).isTrue();
        assertThat(REWRITE.matcher("delete from history_event where id = ?").find()).isTrue();
        assertThat(REWRITE.matcher("insert into history_event (kind) values (?)").find()).isFalse();
        assertThat(REWRITE.matcher("alter table history_event drop column reason").find()).isTrue();
        // Replacing a check constraint (a new kind of source) leaves every row as it was.
        assertThat(REWRITE.matcher("alter table history_event drop constraint ck_history_source").find()).isFalse();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
