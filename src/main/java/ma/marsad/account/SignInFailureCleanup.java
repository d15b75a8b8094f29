package ma.marsad.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import ma.marsad.base.SingleInstanceJobs;
import ma.marsad.base.security.SignInThrottleProperties;

/**
 * Every night, removes the sign-in counts that no longer count: no wrong password added to them for
 * marsad.login.forget-after and their wait is over. The throttle keeps a row for any name and address that
 * failed, so without this the table would grow with every mistyped or invented name. One instance runs it
 * (SingleInstanceJobs).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SignInFailureCleanup implements SchedulingConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(SignInFailureCleanup.class);
    static final String JOB = "sign-in-failure-cleanup";

    private final JdbcTemplate jdbc;
    private final SingleInstanceJobs jobs;
    private final SignInThrottleProperties properties;
    private final Clock clock;
    private final String cron;

    SignInFailureCleanup(JdbcTemplate jdbc, SingleInstanceJobs jobs, SignInThrottleProperties properties, Clock clock,
                         @Value("${marsad.login.cleanup-cron}") String cron) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.properties = properties;
        this.clock = clock;
        this.cron = cron;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if ("-".equals(cron)) {
            return;
        }
        jobs.schedule(registrar, JOB, cron, Duration.ofMinutes(10), Duration.ofSeconds(4), this::removeExpired);
    }

    /** How many rows were removed. */
    int removeExpired() {
        Instant now = clock.instant();
        OffsetDateTime forgotten = now.minus(properties.forgetAfter()).atOffset(ZoneOffset.UTC);
        int removed = jdbc.update("delete from sign_in_throttle where last_failure_at <= ?"
                + " and (wait_until is null or wait_until <= ?)", forgotten, now.atOffset(ZoneOffset.UTC));
        LOG.info("Sign-in failures clean-up ran on this instance: {} expired rows removed", removed);
        return removed;
    }
}
