package ma.marsad.excelimport;

import ma.marsad.excelimport.UnreadableWorkbookException.Reason;

/**
 * How much of a file the readers hold in memory at most, counted while they read: past a limit the reading
 * stops and the file is refused with a reason that names the limit. Together they bound the memory one upload
 * takes, whatever the file holds (docs/reliability.md, "Limits").
 *
 * @param maxCellLength    characters in one cell
 * @param maxCellsPerRow   cells in one row
 * @param maxRowLength     characters in all the cells of one row
 * @param maxSharedStrings bytes of the shared-strings table in memory (2 a character, 40 a string)
 */
record ReadingLimits(int maxCellLength, int maxCellsPerRow, long maxRowLength, long maxSharedStrings) {

    /** What a string costs in memory beyond its characters: the String, its array's header, the list's slot. */
    static final int BYTES_PER_STRING = 40;

    /** The defaults of application.yml: for readers outside an upload (tests, benchmarks). */
    static final ReadingLimits DEFAULT = new ReadingLimits(32_767, 16_384, 1_000_000, 20L * 1024 * 1024);

    static ReadingLimits of(ImportProperties properties) {
        return new ReadingLimits(properties.maxCellLength(), properties.maxCellsPerRow(),
                properties.maxRowLength(), properties.maxSharedStrings().toBytes());
    }

    /** What one shared string of {@code length} characters costs. */
    static long sharedStringCost(int length) {
        return BYTES_PER_STRING + 2L * length;
    }

    void checkCell(int length) {
        if (length > maxCellLength) {
            throw new ReadingDeadline.StopReading(Reason.CELL_TOO_LONG,
                    "a cell holds more than " + maxCellLength + " characters");
        }
    }

    void checkSharedStrings(long bytes) {
        if (bytes > maxSharedStrings) {
            throw new ReadingDeadline.StopReading(Reason.SHARED_STRINGS_TOO_LARGE,
                    "the shared strings take more than " + maxSharedStrings + " bytes");
        }
    }
}
