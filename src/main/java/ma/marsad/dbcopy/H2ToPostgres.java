package ma.marsad.dbcopy;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.flywaydb.core.Flyway;

/**
 * Copies a Marsad H2 database into an empty PostgreSQL database: the schema is made by the same Flyway
 * migrations, up to the H2 database's version, then every row of every table (figures, imports, accounts,
 * locks and the whole history) is copied in one transaction, identity counters are moved past the copied ids,
 * and the row counts are compared. Nothing is written unless everything is copied. Marsad must be stopped (H2
 * allows one process); the H2 database is only read.
 */
public final class H2ToPostgres {

    /** Tables in an order where each row's references already exist; ids are kept. */
    static final List<String> TABLES = List.of("indicator", "indicator_milestone", "user_account",
            "user_account_role", "import_record", "progress_entry", "quarter_lock", "history_event", "partner", "agreement",
            "commitment", "evidence");
    /** Made by the migrations themselves or only meaningful while instances run. */
    static final Set<String> NOT_COPIED = Set.of("flyway_schema_history", "startup_turn", "shedlock",
            "sign_in_throttle");
    private static final int BATCH = 1_000;

    /** Where to read and where to write. */
    public record Databases(String h2Url, String h2User, String h2Password, String postgresUrl, String postgresUser,
                            String postgresPassword) {
    }

    /** Rows copied per table, in copy order. */
    public record Result(String version, Map<String, Long> rows) {
    }

    /** A copy that cannot be made, with what to do about it. */
    public static final class CopyRefused extends Exception {

        CopyRefused(String message) {
            super(message);
        }

        CopyRefused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private H2ToPostgres() {
    }

    public static Result copy(Databases databases) throws CopyRefused {
        String h2Url = existingOnly(databases.h2Url());
        try (Connection h2 = open(h2Url, databases.h2User(), databases.h2Password(), "H2");
             Connection pg = open(databases.postgresUrl(), databases.postgresUser(), databases.postgresPassword(),
                     "PostgreSQL")) {
            if (!pg.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                throw new CopyRefused("The target is not PostgreSQL but " + pg.getMetaData().getDatabaseProductName()
                        + ".");
            }
            String version = schemaVersion(h2);
            checkTables(h2);
            refuseUnlessEmpty(pg);
            migrate(databases, version);
            Map<String, Long> rows = new LinkedHashMap<>();
            pg.setAutoCommit(false);
            try {
                for (String table : TABLES) {
                    rows.put(table, copyTable(h2, pg, table));
                }
                moveIdentitiesPastCopiedIds(pg);
                for (String table : TABLES) {
                    long copied = count(pg, table);
                    if (copied != rows.get(table)) {
                        throw new CopyRefused("Table " + table + " has " + copied + " rows in PostgreSQL after the"
                                + " copy, not " + rows.get(table) + ". Nothing was kept.");
                    }
                }
                pg.commit();
            } catch (SQLException | CopyRefused | RuntimeException e) {
                pg.rollback();
                throw e;
            }
            return new Result(version, rows);
        } catch (SQLException e) {
            throw new CopyRefused("The copy failed and nothing was kept in PostgreSQL: " + e.getMessage()
                    + " (the schema made by Flyway may remain: drop and create the database before trying again).",
                    e);
        }
    }

    /** Never creates an empty H2 database by mistake when the path is wrong. */
    static String existingOnly(String h2Url) {
        return h2Url.toUpperCase(Locale.ROOT).contains("IFEXISTS=") ? h2Url : h2Url + ";IFEXISTS=TRUE";
    }

    private static Connection open(String url, String user, String password, String which) throws CopyRefused {
        try {
            return DriverManager.getConnection(url, user, password);
        } catch (SQLException e) {
            String hint = which.equals("H2") && e.getMessage() != null && e.getMessage().contains("in use")
                    ? " Stop Marsad first: H2 allows one process at a time." : "";
            throw new CopyRefused("Cannot open the " + which + " database " + url + ": " + e.getMessage() + hint, e);
        }
    }

    private static String schemaVersion(Connection h2) throws SQLException, CopyRefused {
        try (Statement s = h2.createStatement();
             ResultSet rs = s.executeQuery("select \"version\" from \"flyway_schema_history\" where \"success\""
                     + " and \"version\" is not null order by \"installed_rank\" desc fetch first 1 rows only")) {
            if (!rs.next()) {
                throw new CopyRefused("The H2 database has no migrations applied: it is not a Marsad database.");
            }
            return rs.getString(1);
        } catch (SQLException e) {
            throw new CopyRefused("The H2 database has no Flyway history: it is not a Marsad database ("
                    + e.getMessage() + ").", e);
        }
    }

    private static void checkTables(Connection h2) throws SQLException, CopyRefused {
        Set<String> unknown = new TreeSet<>(tables(h2, "PUBLIC"));
        unknown.removeAll(TABLES);
        unknown.removeAll(NOT_COPIED);
        if (!unknown.isEmpty()) {
            throw new CopyRefused("The H2 database has tables this copy does not know: " + unknown
                    + ". Use the copy command of the Marsad version that made the database.");
        }
    }

    private static void refuseUnlessEmpty(Connection pg) throws SQLException, CopyRefused {
        Set<String> existing = tables(pg, pg.getSchema());
        if (!existing.isEmpty()) {
            throw new CopyRefused("The PostgreSQL database is not empty (tables " + existing + "). Give an empty"
                    + " database: the copy never mixes rows with existing ones.");
        }
    }

    private static Set<String> tables(Connection c, String schema) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (ResultSet rs = c.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    private static void migrate(Databases databases, String version) {
        Flyway.configure()
                .dataSource(databases.postgresUrl(), databases.postgresUser(), databases.postgresPassword())
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                .target(version)
                .load()
                .migrate();
    }

    private static long copyTable(Connection h2, Connection pg, String table) throws SQLException {
        long copied = 0;
        try (Statement read = h2.createStatement()) {
            read.setFetchSize(BATCH);
            try (ResultSet rs = read.executeQuery("select * from " + table)) {
                ResultSetMetaData meta = rs.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
                }
                String insert = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                        + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
                try (PreparedStatement write = pg.prepareStatement(insert)) {
                    while (rs.next()) {
                        for (int i = 1; i <= columns.size(); i++) {
                            write.setObject(i, rs.getObject(i));
                        }
                        write.addBatch();
                        if (++copied % BATCH == 0) {
                            write.executeBatch();
                        }
                    }
                    write.executeBatch();
                }
            }
        }
        return copied;
    }

    private static void moveIdentitiesPastCopiedIds(Connection pg) throws SQLException {
        List<String> withIdentity = new ArrayList<>();
        try (PreparedStatement s = pg.prepareStatement("select table_name from information_schema.columns"
                + " where table_schema = current_schema() and column_name = 'id' and is_identity = 'YES'");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                withIdentity.add(rs.getString(1));
            }
        }
        for (String table : withIdentity) {
            try (Statement s = pg.createStatement()) {
                s.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'),"
                        + " (select coalesce(max(id), 0) + 1 from " + table + "), false)");
            }
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * {@code --from=jdbc:h2:file:./data/db/marsad} (the default) and the PostgreSQL database from MARSAD_DB_URL,
     * MARSAD_DB_USERNAME and MARSAD_DB_PASSWORD, as the postgres profile reads them (or --to, --to-user,
     * --to-password). Exit code 0 when copied, 2 when refused.
     */
    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                err.println("Unknown argument " + arg + ". Use --from=, --from-user=, --from-password=, --to=,"
                        + " --to-user=, --to-password=.");
                return 2;
            }
            options.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        String to = options.getOrDefault("to", env.get("MARSAD_DB_URL"));
        if (to == null || to.isBlank()) {
            err.println("Say which PostgreSQL database to copy into: MARSAD_DB_URL=jdbc:postgresql://host:5432/marsad"
                    + " (with MARSAD_DB_USERNAME and MARSAD_DB_PASSWORD), or --to=.");
            return 2;
        }
        Databases databases = new Databases(options.getOrDefault("from", "jdbc:h2:file:./data/db/marsad"),
                options.getOrDefault("from-user", "sa"), options.getOrDefault("from-password", ""), to,
                options.getOrDefault("to-user", env.getOrDefault("MARSAD_DB_USERNAME", "")),
                options.getOrDefault("to-password", env.getOrDefault("MARSAD_DB_PASSWORD", "")));
        try {
            Result result = copy(databases);
            out.println("Copied the H2 database (schema version " + result.version() + ") into " + to + ":");
            result.rows().forEach((table, rows) -> out.printf("  %-20s %,d rows%n", table, rows));
            out.println("Start Marsad with SPRING_PROFILES_ACTIVE=postgres (and prod): it applies any newer"
                    + " migrations. Keep the H2 files until you have checked the figures.");
            return 0;
        } catch (CopyRefused e) {
            err.println("Nothing copied. " + e.getMessage());
            return 2;
        }
    }
}
