package ma.marsad.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Words a reader sees come from the bundles, never from a string written in the code: this reads every source
 * file for a literal handed to something that shows text (a component's constructor, a label, a header, a
 * notification, a cell of a workbook, a chart's title). Ids, CSS and key names contain no space or start
 * with a lower-case key path, so a literal counts as text when it holds a letter and a space, or starts
 * with a capital letter (an HTTP header's name aside).
 */
class NoTextInCodeTest {

    private static final Pattern SHOWN = Pattern.compile(
            "(?:new\\s+(?:Span|H1|H2|H3|H4|H5|Paragraph|Button|Anchor|NativeLabel|Div|ListItem|Text|Details|Tab"
                    + "|Checkbox|TextField|TextArea|ComboBox|Select|DatePicker|NumberField|BigDecimalField"
                    + "|JFreeChart|TextTitle|CategoryAxis|NumberAxis|XSSFRichTextString)"
                    + "|\\.(?:setText|setLabel|setPlaceholder|setHelperText|setHeader|setTitle|setAriaLabel"
                    + "|setTooltipText|setSummaryText|setErrorMessage|setCellValue|setLabelText|setDropLabel"
                    + "|setHeaderText|setConfirmText|setCancelText|setRejectText|setSeriesKey|addValue|show))"
                    + "\\s*\\(\\s*\"([^\"\\\\]*)\"");
    private static final Pattern TEXT = Pattern.compile("(?=.*\\p{L}.*)(?:.*\\p{L}\\s+\\p{L}.*|\\p{Lu}.*)");
    /** An HTTP header's name such as WWW-Authenticate: a word for machines. */
    private static final Pattern HEADER_NAME = Pattern.compile("[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)+");

    @Test
    void noTextMeantForAReaderIsWrittenInTheCode() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher m = SHOWN.matcher(source);
                while (m.find()) {
                    if (TEXT.matcher(m.group(1)).matches() && !HEADER_NAME.matcher(m.group(1)).matches()) {
                        int line = source.substring(0, m.start()).split("\n", -1).length;
                        found.add(file + ":" + line + " \"" + m.group(1) + "\"");
                    }
                }
            }
        }
        assertThat(found).as("texts written in the code instead of the bundles").isEmpty();
    }
}
