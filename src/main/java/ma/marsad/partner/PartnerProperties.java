package ma.marsad.partner;

import java.nio.file.Path;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.util.unit.DataSize;

/**
 * Partners and their commitments (issue 23).
 *
 * @param seedFile        where partners, agreements and commitments are seeded from
 * @param reviewInterval  a review sets the next one this long after it
 * @param maxEvidenceSize the largest evidence file accepted (the upload limit of marsad.imports.max-file-size
 *                        applies before it)
 * @param evidenceDir     where evidence files are kept, by year and month, under names the server makes
 */
@ConfigurationProperties("marsad.partners")
public record PartnerProperties(@DefaultValue("classpath:seed/partners.json") Resource seedFile,
                                @DefaultValue("P3M") Period reviewInterval,
                                @DefaultValue("10MB") DataSize maxEvidenceSize,
                                @DefaultValue("./data/evidence") Path evidenceDir) {
}
