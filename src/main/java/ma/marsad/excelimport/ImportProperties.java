package ma.marsad.excelimport;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Clerks' imports.
 *
 * @param maxFileSize     the largest file accepted; the servlet's multipart limit follows it (application.yml)
 * @param storageDir      where every imported file is kept, so figures can be traced back to it
 * @param maxListedErrors how many errors a response lists (all are counted, and all are in the annotated copy)
 * @param parseTimeout    how long reading one file may take before it is refused and nothing stored
 */
@ConfigurationProperties("marsad.imports")
public record ImportProperties(@DefaultValue("10MB") DataSize maxFileSize,
                               @DefaultValue("./data/imports") Path storageDir,
                               @DefaultValue("1000") int maxListedErrors,
                               @DefaultValue("60s") Duration parseTimeout) {
}
