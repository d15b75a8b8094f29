package ma.marsad.base;

import java.time.Duration;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

/**
 * Scheduled jobs that must run once per occasion however many instances share the database. Every instance
 * schedules the job; when the time comes, the first to take the job's row in the {@code shedlock} table runs
 * it and the others skip that run. Lock times are the database's own clock ({@code usingDbTime}), so the
 * instances' clocks need not agree; a lock measures real elapsed time, which is why it does not take the
 * application's Clock (that one is the business date, and tests fix it).
 */
@Component
public class SingleInstanceJobs {

    private static final Logger LOG = LoggerFactory.getLogger(SingleInstanceJobs.class);

    private final LockingTaskExecutor executor;

    SingleInstanceJobs(DataSource dataSource) {
        this.executor = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder()
                        .withJdbcTemplate(new JdbcTemplate(dataSource))
                        .usingDbTime()
                        .build()));
    }

    /**
     * Schedules {@code job} at {@code cron} (Morocco's time) on this instance, to run where the lock is taken.
     *
     * @param atMost  how long the lock holds if the instance running the job dies (then another may run it)
     * @param atLeast how long the lock holds even after a quick run, so that an instance whose trigger
     *                fires a little later does not run the same occasion again
     */
    public void schedule(ScheduledTaskRegistrar registrar, String name, String cron, Duration atMost,
                         Duration atLeast, Runnable job) {
        registrar.addCronTask(new CronTask(() -> runOnce(name, atMost, atLeast, job),
                new CronTrigger(cron, Morocco.ZONE)));
    }

    /** Runs the job unless another instance holds its lock; true when it ran here. */
    public boolean runOnce(String name, Duration atMost, Duration atLeast, Runnable job) {
        LockingTaskExecutor.TaskResult<Boolean> result;
        try {
            result = executor.executeWithLock(() -> {
                job.run();
                return Boolean.TRUE;
            }, new LockConfiguration(ClockProvider.now(), name, atMost, atLeast));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Scheduled job " + name + " failed", e);
        }
        if (!result.wasExecuted()) {
            LOG.info("Scheduled job {} skipped here: another instance runs it", name);
        }
        return result.wasExecuted();
    }
}
