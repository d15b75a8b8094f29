package ma.marsad.progress;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.YamlProcessor.MatchStatus;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import ma.marsad.audit.HistoryLog;
import ma.marsad.base.Quarter;
import ma.marsad.base.Region;

/**
 * A large import (2 indicators × 200 quarters × 13 regions = 5,200 figures, far more than a quarter's file)
 * stored on a file H2 database the way {@code ImportService.importFile} stores one: an import record and every
 * figure with its history in one transaction, through the application's own {@link FigureStore} (with {@link QuarterLocks} and
 * {@link HistoryLog}) in a minimal Spring context with transaction proxies. Reading a workbook is left out:
 * it stores nothing, and a 5,200-row workbook would make each run slower without testing the database more.
 *
 * <p>Run as a program (the child JVM of {@code ImportKilledMidwayTest}), it prints a line {@code MARK ...} at
 * each step (each batch of 1,000 rows sent, the commit) and can stop at one of them until it is killed:
 * {@code java ma.marsad.progress.LargeImport <url> <none|before-transaction|before-commit|after-commit>}.
 */
public final class LargeImport {

    public static final String USER = "large-import";
    static final int INDICATORS = 2;
    static final int QUARTERS = 200;
    public static final int FIGURES = INDICATORS * QUARTERS * Region.values().length;
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private LargeImport() {
    }

    /** What the import left in a database: counts, and a checksum of every figure's indicator, key and value. */
    public record Contents(int figures, int history, int imports, String sha256) {

        public boolean empty() {
            return figures == 0 && history == 0 && imports == 0;
        }

        /** The contents a complete import gives, checked in as src/test/resources/expected/large-import.properties. */
        public static Contents expected() throws IOException {
            Properties expected = new Properties();
            try (var in = new ClassPathResource("expected/large-import.properties").getInputStream()) {
                expected.load(in);
            }
            return new Contents(Integer.parseInt(expected.getProperty("figures")),
                    Integer.parseInt(expected.getProperty("history")),
                    Integer.parseInt(expected.getProperty("imports")), expected.getProperty("sha256"));
        }
    }

    /** Progress lines for the test that runs this program; silent in-process. */
    interface Markers {
        Markers NONE = new Markers() {
        };

        default void batch(int number, int rows) {
        }

        default void beforeCommit() {
        }

        default void afterCommit() {
        }
    }

    /**
     * The application's H2 URL (application.yml, spring.datasource.url) with its settings (WRITE_DELAY=0 …)
     * for a database at {@code file} (without .mv.db).
     */
    public static String applicationUrl(Path file) {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        // Only the documents every profile reads: the postgres profile's document names another URL.
        yaml.setDocumentMatchers(properties -> properties.containsKey("spring.config.activate.on-profile")
                ? MatchStatus.NOT_FOUND
                : MatchStatus.FOUND);
        String url = yaml.getObject().getProperty("spring.datasource.url");
        if (!url.startsWith("jdbc:h2:file:")) {
            throw new IllegalStateException("The default database is no longer an H2 file: " + url);
        }
        int settings = url.indexOf(';');
        return "jdbc:h2:file:" + file.toAbsolutePath() + (settings < 0 ? "" : url.substring(settings));
    }

    public static DataSource dataSource(String url) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        return dataSource;
    }

    /** Applies every migration, as the application does at start-up. */
    public static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).load().migrate();
    }

    /** Two indicators LARGE_1 and LARGE_2, committed, if they are not there yet; their ids. */
    public static List<Long> seedIndicators(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= INDICATORS; i++) {
            String code = "LARGE_" + i;
            if (jdbc.queryForObject("select count(*) from indicator where code = ?", Integer.class, code) == 0) {
                jdbc.update("insert into indicator (code, name_fr, name_en, name_ar, unit_fr, unit_en, unit_ar, kind,"
                        + " target_value, start_date, deadline, owner_fr, owner_en, owner_ar, source_file, source_quote)"
                        + " values (?, ?, ?, ?, 'u', 'u', 'u', 'CUMULATIVE', 1000000, date '1950-01-01',"
                        + " date '2050-12-31', 'o', 'o', 'o', 'test', 'test')", code, code, code, code);
            }
            ids.add(jdbc.queryForObject("select id from indicator where code = ?", Long.class, code));
        }
        return ids;
    }

    /** The figures of the import: every indicator, quarter 1950-Q1 … 1999-Q4 and region, values from a formula. */
    public static List<IncomingFigure> figures(List<Long> indicatorIds) {
        List<IncomingFigure> figures = new ArrayList<>(FIGURES);
        for (int i = 0; i < indicatorIds.size(); i++) {
            Quarter quarter = new Quarter(1950, 1);
            for (int q = 0; q < QUARTERS; q++, quarter = quarter.next()) {
                for (Region region : Region.values()) {
                    long amount = (i * 7919L + q * 104729L + region.ordinal() * 31L) % 1_000_000;
                    String comment = figures.size() % 10 == 0 ? "row " + figures.size() : null;
                    figures.add(new IncomingFigure(indicatorIds.get(i), quarter, region, BigDecimal.valueOf(amount),
                            comment, true));
                }
            }
        }
        return figures;
    }

    /** Stores the figures as one import, in one transaction; the import's id. */
    public static long store(DataSource dataSource, List<IncomingFigure> figures) {
        return store(dataSource, figures, Markers.NONE);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableTransactionManagement
    static class Transactions {
    }

    static long store(DataSource dataSource, List<IncomingFigure> figures, Markers markers) {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.registerBean(JdbcTemplate.class, () -> new MarkingJdbcTemplate(dataSource, markers));
            context.registerBean(PlatformTransactionManager.class, () -> new MarkingTransactions(dataSource, markers));
            context.registerBean(Clock.class, () -> Clock.fixed(NOW, ZoneOffset.UTC));
            context.register(Transactions.class);
            context.registerBean(QuarterLocks.class);
            context.registerBean(HistoryLog.class);
            context.registerBean(FigureStore.class);
            context.refresh();
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            FigureStore store = context.getBean(FigureStore.class);
            return new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).execute(status -> {
                GeneratedKeyHolder key = new GeneratedKeyHolder();
                jdbc.update(c -> {
                    PreparedStatement insert = c.prepareStatement("insert into import_record (file_name, sha256,"
                            + " size_bytes, stored_path, uploaded_by, uploaded_at, rows_read, accepted, rejected,"
                            + " created_count, updated_count, unchanged_count, outcome)"
                            + " values ('large.xlsx', 'none', 0, 'none', ?, ?, 0, 0, 0, 0, 0, 0, 'IMPORTED')",
                            new String[] {"id"});
                    insert.setString(1, USER);
                    insert.setTimestamp(2, Timestamp.from(NOW));
                    return insert;
                }, key);
                long id = key.getKey().longValue();
                FigureChanges changes = store.storeImport(figures, id, USER);
                jdbc.update("update import_record set rows_read = ?, accepted = ?, created_count = ?,"
                        + " updated_count = ?, unchanged_count = ? where id = ?", figures.size(), figures.size(),
                        changes.created(), changes.updated(), changes.unchanged(), id);
                return id;
            });
        }
    }

    /** What the import left: its figures, their history rows and its import record. */
    public static Contents contents(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        int[] figures = {0};
        jdbc.query("select i.code, e.quarter_code, e.region_code, e.amount, e.comment_text, e.status, e.version"
                + " from progress_entry e join indicator i on i.id = e.indicator_id where e.entered_by = ?"
                + " order by i.code, e.quarter_code, e.region_code", rs -> {
                    figures[0]++;
                    String line = rs.getString(1) + "," + rs.getString(2) + "," + rs.getString(3) + ","
                            + rs.getBigDecimal(4).stripTrailingZeros().toPlainString() + "," + rs.getString(5) + ","
                            + rs.getString(6) + "," + rs.getLong(7) + "\n";
                    digest.update(line.getBytes(StandardCharsets.UTF_8));
                }, USER);
        int history = jdbc.queryForObject("select count(*) from history_event where changed_by = ?", Integer.class,
                USER);
        int imports = jdbc.queryForObject("select count(*) from import_record where uploaded_by = ?", Integer.class,
                USER);
        return new Contents(figures[0], history, imports, HexFormat.of().formatHex(digest.digest()));
    }

    /** The child JVM: migrate, seed, import, printing each step, and wait to be killed where told. */
    public static void main(String[] args) throws IOException {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        String url = args[0];
        String pause = args.length > 1 ? args[1] : "none";
        DataSource dataSource = dataSource(url);
        migrate(dataSource);
        List<Long> ids = seedIndicators(dataSource);
        Path file = Path.of(url.substring("jdbc:h2:file:".length(), url.indexOf(';')) + ".mv.db");
        mark("seeded " + Files.size(file));
        List<IncomingFigure> figures = figures(ids);
        if (pause.equals("before-transaction")) {
            waitToBeKilled(pause);
        }
        store(dataSource, figures, new Markers() {
            @Override
            public void batch(int number, int rows) {
                mark("batch " + number + " " + rows);
            }

            @Override
            public void beforeCommit() {
                if (pause.equals("before-commit")) {
                    waitToBeKilled(pause);
                }
                mark("committing");
            }

            @Override
            public void afterCommit() {
                mark("committed");
                if (pause.equals("after-commit")) {
                    waitToBeKilled(pause);
                }
            }
        });
        mark("done");
    }

    private static void mark(String what) {
        System.out.println("MARK " + what);
        System.out.flush();
    }

    private static void waitToBeKilled(String where) {
        mark("paused " + where);
        try {
            while (System.in.read() >= 0) {
                // The test kills this process; it never writes.
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("The test closed its end instead of killing this process");
    }

    /** The application's JdbcTemplate, telling each batch of figures sent. */
    private static final class MarkingJdbcTemplate extends JdbcTemplate {
        private final Markers markers;
        private int batches;
        private int rows;

        MarkingJdbcTemplate(DataSource dataSource, Markers markers) {
            super(dataSource);
            this.markers = markers;
        }

        @Override
        public int[] batchUpdate(String sql, BatchPreparedStatementSetter setter) {
            int[] counts = super.batchUpdate(sql, setter);
            rows += counts.length;
            markers.batch(++batches, rows);
            return counts;
        }
    }

    /** A plain DataSourceTransactionManager (as Spring Boot's JDBC one), telling when it commits. */
    private static final class MarkingTransactions extends DataSourceTransactionManager {
        private final transient Markers markers;

        MarkingTransactions(DataSource dataSource, Markers markers) {
            super(dataSource);
            this.markers = markers;
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            markers.beforeCommit();
            super.doCommit(status);
            markers.afterCommit();
        }
    }
}
