package ma.marsad.excelimport;

import static ma.marsad.excelimport.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import ma.marsad.excelimport.UnreadableWorkbookException.Reason;

/**
 * Issue 18, finding 1, at the reader: the two workbooks the probe sent (generated here as it built them) are
 * refused by the limit they break, counted while reading, long before their text is in memory; and the .xls
 * reader keeps the same limits.
 */
@Timeout(60)
class ReadingLimitsTest {

    @TempDir
    Path dir;

    @Test
    void aRowOf16384CellsOf32000CharactersIsRefusedOnceTheRowPassesItsLimit() throws IOException {
        Path file = MemoryAttackFiles.wideRowOfLongCells(dir);
        assertThat(Files.size(file)).as("the probe's 6.5 MB").isBetween(5_500_000L, 7_500_000L);

        AtomicInteger rows = new AtomicInteger();
        UnreadableWorkbookException refusal = refusal(file, ReadingLimits.DEFAULT, rows);

        assertThat(refusal.reason()).isEqualTo(Reason.ROW_TOO_LONG);
        assertThat(refusal.getMessage()).contains("row 2 holds more than 1000000 characters");
        assertThat(rows).as("only the header row reached the sink").hasValue(1);
    }

    @Test
    void sharedStringsOf800MegabytesAreRefusedOnceTheyPassTheirLimit() throws IOException {
        Path file = MemoryAttackFiles.hugeSharedStrings(dir);
        assertThat(Files.size(file)).as("the probe's 9.8 MB, under the upload limit")
                .isBetween(8_500_000L, 10L * 1024 * 1024);

        UnreadableWorkbookException refusal = refusal(file, ReadingLimits.DEFAULT, new AtomicInteger());

        assertThat(refusal.reason()).isEqualTo(Reason.SHARED_STRINGS_TOO_LARGE);
        assertThat(refusal.getMessage()).contains("more than " + 20 * 1024 * 1024 + " bytes");
    }

    @Test
    void aRowWithMoreCellsThanTheLimitIsRefused() throws IOException {
        Path xfd = BadFiles.sixteenThousandColumns(dir);
        ReadingLimits hundredCells = new ReadingLimits(32_767, 100, 1_000_000, 20L << 20);

        assertThat(refusal(xfd, hundredCells, new AtomicInteger()).reason()).isEqualTo(Reason.ROW_TOO_WIDE);
    }

    @Test
    void anXlsFileIsHeldToTheSameLimits() throws IOException {
        Path xls = TestWorkbook.xls().progress(row("UNICORNS", "2026-Q3", "", 1, "x".repeat(5_000)))
                .writeTo(dir.resolve("long-comment.xls"));

        assertThat(refusal(xls, new ReadingLimits(4_000, 16_384, 1_000_000, 20L << 20), new AtomicInteger())
                .reason()).isEqualTo(Reason.CELL_TOO_LONG);
        assertThat(refusal(xls, new ReadingLimits(32_767, 16_384, 1_000, 20L << 20), new AtomicInteger())
                .reason()).isEqualTo(Reason.ROW_TOO_LONG);
        assertThat(refusal(xls, new ReadingLimits(32_767, 16_384, 1_000_000, 5_000), new AtomicInteger())
                .reason()).isEqualTo(Reason.SHARED_STRINGS_TOO_LARGE);
    }

    @Test
    void aFileWithinTheLimitsIsReadWhole() throws Exception {
        Path xlsx = TestWorkbook.xlsx().progress(row("UNICORNS", "2026-Q3", "", 1, "x".repeat(32_767)))
                .writeTo(dir.resolve("longest-comment.xlsx"));
        AtomicInteger rows = new AtomicInteger();

        WorkbookReader.read(xlsx, counting(rows), ReadingDeadline.NONE, ReadingLimits.DEFAULT);

        assertThat(rows).hasValue(2);
    }

    private static UnreadableWorkbookException refusal(Path file, ReadingLimits limits, AtomicInteger rows) {
        return catchThrowableOfType(UnreadableWorkbookException.class,
                () -> WorkbookReader.read(file, counting(rows), ReadingDeadline.NONE, limits));
    }

    private static RowSink counting(AtomicInteger rows) {
        return new RowSink() {
            @Override
            public void sheetStarted(String sheet, int lastRowHint) {
            }

            @Override
            public void row(SheetRow row) {
                rows.incrementAndGet();
            }

            @Override
            public void sheetEnded(String sheet) {
            }
        };
    }
}
