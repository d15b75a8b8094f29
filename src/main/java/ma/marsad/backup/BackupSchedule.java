package ma.marsad.backup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

import ma.marsad.base.Morocco;

/** The nightly backup (marsad.backup.cron, Morocco's time), when the database is one Marsad can back up. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class BackupSchedule implements SchedulingConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(BackupSchedule.class);

    private final BackupService backups;

    BackupSchedule(BackupService backups) {
        this.backups = backups;
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
        registrar.addCronTask(new CronTask(() -> backups.backUp("schedule"), new CronTrigger(cron, Morocco.ZONE)));
        LOG.info("Backups scheduled at \"{}\" (Morocco time) into {}, the newest {} kept", cron, backups.folder(),
                backups.keep());
    }
}
