package ma.marsad.backup;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Backups of the built-in H2 database.
 *
 * @param folder where the backups are written (created when missing)
 * @param keep   how many backups are kept: after each new one, the oldest beyond this number are deleted
 * @param cron   when the scheduled backup runs, in Morocco's time (second minute hour day month weekday);
 *               "-" for none
 */
@ConfigurationProperties("marsad.backup")
public record BackupProperties(@DefaultValue("./data/backups") Path folder,
                               @DefaultValue("14") int keep,
                               @DefaultValue("0 0 2 * * *") String cron) {

    public BackupProperties {
        if (keep < 1) {
            throw new IllegalArgumentException("marsad.backup.keep must be at least 1, not " + keep);
        }
    }
}
