package ma.marsad.progress;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the thread that asks prepares, whoever prepares them (Hibernate, JdbcTemplate):
 * the application's data source is wrapped so each connection it hands out reports its statements here.
 * Other threads (scheduled jobs) are not counted.
 */
final class StatementCounter {

    private static final AtomicInteger COUNT = new AtomicInteger();
    private static volatile Thread counted;

    private StatementCounter() {
    }

    /** Runs {@code work} and returns how many statements this thread prepared meanwhile. */
    static int count(Runnable work) {
        COUNT.set(0);
        counted = Thread.currentThread();
        try {
            work.run();
        } finally {
            counted = null;
        }
        return COUNT.get();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Configuration {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource ds && !(bean instanceof Counting) ? new Counting(ds) : bean;
                }
            };
        }
    }

    private static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(super.getConnection(username, password));
        }

        private static Connection counting(Connection connection) {
            return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        String m = method.getName();
                        if ((m.equals("prepareStatement") || m.equals("createStatement") || m.equals("prepareCall"))
                                && Thread.currentThread() == counted) {
                            COUNT.incrementAndGet();
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
