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

    private ServerWatch(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    static ServerWatch start(HikariDataSource dataSource) {
        ServerWatch watch = new ServerWatch(dataSource);
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
                maxWaiting.accumulateAndGet(pool.getThreadsAwaitingConnection(), Math::max);
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
