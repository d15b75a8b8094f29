package ma.marsad.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

/**
 * What the server went through during the run, sampled twice a second: connections in use and requests waiting
 * for one (Hikari), Tomcat's request threads, and the machine's load average (/proc/loadavg).
 */
final class ServerWatch {

    private final HikariDataSource dataSource;
    private final AtomicInteger maxActive = new AtomicInteger();
    private final AtomicInteger maxWaiting = new AtomicInteger();
    private final AtomicInteger maxRequestThreads = new AtomicInteger();
    private final List<String> loadAverages = new CopyOnWriteArrayList<>();
    private volatile boolean running = true;
    private Thread sampler;

    private final long lockTimeoutMillis;

    private ServerWatch(HikariDataSource dataSource, long lockTimeoutMillis) {
        this.dataSource = dataSource;
        this.lockTimeoutMillis = lockTimeoutMillis;
    }

    /** Starts watching; the lock time-out is H2's, as a connection of the pool has it. */
    static ServerWatch start(HikariDataSource dataSource, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        ServerWatch watch = new ServerWatch(dataSource, jdbc.queryForObject("select lock_timeout()", Long.class));
        try {
            Files.deleteIfExists(Path.of("target", "load", "threads-waiting.txt"));
        } catch (IOException e) {
            // An old dump stays; its first line says how many requests were waiting then.
        }
        watch.loadAverages.add(loadAverage());
        watch.sampler = Thread.ofPlatform().daemon().name("load-watch").start(watch::sample);
        return watch;
    }

    void stop() throws InterruptedException {
        running = false;
        sampler.interrupt();
        sampler.join();
        loadAverages.add(loadAverage());
    }

    private void sample() {
        HikariPoolMXBean pool = dataSource.getHikariPoolMXBean();
        int ticks = 0;
        while (running) {
            if (pool != null) {
                maxActive.accumulateAndGet(pool.getActiveConnections(), Math::max);
                int waiting = pool.getThreadsAwaitingConnection();
                if (waiting > maxWaiting.getAndAccumulate(waiting, Math::max) && waiting >= 20) {
                    dumpThreads(waiting);
                }
            }
            maxRequestThreads.accumulateAndGet((int) Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().contains("-exec-") && t.getName().startsWith("http-nio")).count(), Math::max);
            if (++ticks % 60 == 0) {
                loadAverages.add(loadAverage());
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * The server's threads when requests queue for a connection, written to target/load/threads-waiting.txt: what
     * the threads holding the connections are doing is why the others wait.
     */
    private static void dumpThreads(int waiting) {
        StringBuilder dump = new StringBuilder(waiting + " requests waiting for a connection\n\n");
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (thread.getName().startsWith("http-nio")) {
                dump.append(thread.getName()).append(' ').append(thread.getState()).append('\n');
                for (StackTraceElement frame : stack) {
                    dump.append("    at ").append(frame).append('\n');
                }
                dump.append('\n');
            }
        });
        try {
            Files.writeString(Path.of("target", "load", "threads-waiting.txt"), dump);
        } catch (IOException e) {
            // A missing dump leaves the figures as they are.
        }
    }

    long lockTimeoutMillis() {
        return lockTimeoutMillis;
    }

    int poolSize() {
        return dataSource.getMaximumPoolSize();
    }

    long connectionTimeoutMillis() {
        return dataSource.getConnectionTimeout();
    }

    int maxActiveConnections() {
        return maxActive.get();
    }

    int maxWaitingForConnection() {
        return maxWaiting.get();
    }

    int maxRequestThreads() {
        return maxRequestThreads.get();
    }

    /** The load average at the start, every 30 s, and at the end. */
    List<String> loadAverages() {
        return List.copyOf(loadAverages);
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
