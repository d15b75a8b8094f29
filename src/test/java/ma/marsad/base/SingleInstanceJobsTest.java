package ma.marsad.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.marsad.MarsadSpringTest;

/**
 * Two instances sharing one database (here two lock holders on the same data source, as two processes would
 * have) schedule the same job: whichever takes the lock runs it, the other skips that occasion. Runs on H2
 * and, in the postgres execution, on PostgreSQL.
 */
@MarsadSpringTest
class SingleInstanceJobsTest {

    private static final Duration AT_MOST = Duration.ofMinutes(1);

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forgetTheLocks() {
        jdbc.update("delete from shedlock");
    }

    @Test
    void whenTwoInstancesFireTheSameJobAtOnceItRunsOnOneOnly() throws Exception {
        SingleInstanceJobs one = new SingleInstanceJobs(dataSource);
        SingleInstanceJobs two = new SingleInstanceJobs(dataSource);
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        Runnable job = () -> {
            runs.incrementAndGet();
            sleep(300);
        };

        CompletableFuture<Boolean> onOne = CompletableFuture.supplyAsync(() -> fire(start, one, job));
        CompletableFuture<Boolean> onTwo = CompletableFuture.supplyAsync(() -> fire(start, two, job));
        start.countDown();

        assertThat(new boolean[] {onOne.get(30, TimeUnit.SECONDS), onTwo.get(30, TimeUnit.SECONDS)})
                .as("ran here, on each instance").containsExactlyInAnyOrder(true, false);
        assertThat(runs).hasValue(1);
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'test-job'", Long.class))
                .isEqualTo(1);
    }

    @Test
    void anInstanceFiringALittleLaterSkipsTheOccasionUntilLockAtLeastIsOver() {
        SingleInstanceJobs one = new SingleInstanceJobs(dataSource);
        SingleInstanceJobs two = new SingleInstanceJobs(dataSource);
        AtomicInteger runs = new AtomicInteger();

        assertThat(one.runOnce("test-job", AT_MOST, Duration.ofSeconds(2), runs::incrementAndGet)).isTrue();
        assertThat(two.runOnce("test-job", AT_MOST, Duration.ofSeconds(2), runs::incrementAndGet))
                .as("the same occasion, fired late on the other instance").isFalse();
        sleep(2_500);
        assertThat(two.runOnce("test-job", AT_MOST, Duration.ofSeconds(2), runs::incrementAndGet))
                .as("the next occasion").isTrue();
        assertThat(runs).hasValue(2);
    }

    private static boolean fire(CountDownLatch start, SingleInstanceJobs jobs, Runnable job) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return jobs.runOnce("test-job", AT_MOST, Duration.ofSeconds(1), job);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
