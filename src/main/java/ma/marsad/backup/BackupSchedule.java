package ma.marsad.backup;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import ma.marsad.base.SingleInstanceJobs;

/** The nightly backup (marsad.backup.cron, Morocco's time), when the database is one Marsad can back up. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class BackupSchedule implements SchedulingConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(BackupSchedule.class);

    private final BackupService backups;
    private final SingleInstanceJobs jobs;

    BackupSchedule(BackupService backups, SingleInstanceJobs jobs) {
        this.backups = backups;
        this.jobs = jobs;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        String cron = backups.schedule();
        if ("-".equals(cron)) {
            LOG.info("No scheduled backups: marsad.backup.cron is \"-\"");
            return;
        }
        Availability availability = backups.availability();
        if (availability != Availability.AVAILABLE) {
            LOG.info("No scheduled backups: the database ({}) is {}", backups.databaseName(), availability);
            return;
        }
        // A backup of a large file takes minutes; the lock outlives a crashed run after two hours.
        jobs.schedule(registrar, "backup", cron, Duration.ofHours(2), Duration.ofMinutes(1),
                () -> backups.backUp("schedule"));
        LOG.info("Backups scheduled at \"{}\" (Morocco time) into {}, the newest {} kept", cron, backups.folder(),
                backups.keep());
    }
}
