package ma.marsad.excelimport;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Clerks' imports. The limits bound the memory and the time one upload can take, whatever the file holds
 * (docs/reliability.md, "Limits").
 *
 * @param maxFileSize      the largest file accepted; the servlet's multipart limit follows it (application.yml)
 * @param storageDir       where every imported file is kept, so figures can be traced back to it
 * @param maxListedErrors  how many errors a response lists (all found are counted, and marked in the annotated copy)
 * @param parseTimeout     how long one file may take, from the moment it joins the queue to the end of its
 *                         reading, before it is refused and nothing stored
 * @param maxCellLength    the most characters one cell may hold (Excel's own limit: 32,767)
 * @param maxCellsPerRow   the most cells one row may hold (Excel's own limit: 16,384 columns)
 * @param maxRowLength     the most characters all the cells of one row may hold together
 * @param maxSharedStrings the largest shared-strings table read into memory (counted as the strings' size in
 *                         memory: 2 bytes a character and 40 a string)
 * @param stopAfterErrors  the check stops once it has found this many errors: the file is refused with the
 *                         errors found so far and the rows read, and the rest of it is not read
 * @param maxConcurrent    checks, imports and annotated copies read at once across the server
 * @param queueLength      how many more may wait for their turn; past that, uploads are turned away (503)
 * @param retryAfter       what a client turned away is told to wait (the Retry-After header)
 */
@ConfigurationProperties("marsad.imports")
public record ImportProperties(@DefaultValue("10MB") DataSize maxFileSize,
                               @DefaultValue("./data/imports") Path storageDir,
                               @DefaultValue("1000") int maxListedErrors,
                               @DefaultValue("60s") Duration parseTimeout,
                               @DefaultValue("32767") int maxCellLength,
                               @DefaultValue("16384") int maxCellsPerRow,
                               @DefaultValue("1000000") int maxRowLength,
                               @DefaultValue("20MB") DataSize maxSharedStrings,
                               @DefaultValue("10000") int stopAfterErrors,
                               @DefaultValue("2") int maxConcurrent,
                               @DefaultValue("20") int queueLength,
                               @DefaultValue("30s") Duration retryAfter) {
}
