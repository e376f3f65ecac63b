package fr.vigie.testing;

import fr.vigie.store.AuditLog;
import fr.vigie.store.ExportRepository;
import fr.vigie.store.RunRepository;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A store database shared by a test and the CLI it runs: the test prepares or tampers with rows through
 * the store's own repositories (or plain SQL, as an attacker would), the CLI opens the same database
 * through {@code VIGIE_DB_URL} as users do. H2 (the embedded store, a file) or a fresh PostgreSQL
 * database.
 */
public final class TestStores {
    private static final List<String> VARIABLES = List.of("VIGIE_DB_URL", "VIGIE_DB_USER", "VIGIE_DB_PASSWORD");
    /**
     * One open connection per H2 database until {@link #forget()}. H2 closes a database when its last connection
     * closes; the test's plain connections and the in-process CLI's pool then took turns closing and reopening the
     * same file, and a reopening that raced a closing saw an older file (a missing table, missing entries): an
     * occasional failure of the audit tests, never of the product, whose processes each hold their pool open.
     */
    private static final List<Connection> OPEN = new ArrayList<>();

    private TestStores() {
    }

    /** The vendors every store test runs on. */
    public static Stream<String> vendors() {
        return Stream.of("h2", "postgresql");
    }

    /** One database, migrated, with the repositories a test uses to prepare it. */
    public record Db(String vendor, String url, String user, String password, DataSource dataSource) {
        public JdbcClient jdbc() {
            return JdbcClient.create(dataSource);
        }

        public TransactionTemplate tx() {
            return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        }

        public RunRepository runs() {
            return new RunRepository(jdbc(), tx());
        }

        public ExportRepository exports() {
            return new ExportRepository(jdbc(), tx());
        }

        public AuditLog audit() {
            return new AuditLog(jdbc(), tx());
        }

        /** Points the CLI run in this JVM at this database (cleared by {@link #forget()}). */
        public Db useForCli() {
            System.setProperty("VIGIE_DB_URL", url);
            System.setProperty("VIGIE_DB_USER", user);
            System.setProperty("VIGIE_DB_PASSWORD", password);
            return this;
        }

        @Override
        public String toString() {
            return vendor;
        }
    }

    /** A fresh, migrated database of {@code vendor}; an H2 one lives in {@code dir}. */
    public static Db fresh(String vendor, Path dir) {
        Db db;
        if (vendor.equals("h2")) {
            // AUTO_SERVER as the store's default URL: the test and the CLI may hold it open together.
            String url = "jdbc:h2:file:" + dir.resolve("vigie").toAbsolutePath() + ";AUTO_SERVER=TRUE";
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL(url);
            ds.setUser("sa");
            keepOpen(ds);
            db = new Db(vendor, url, "sa", "", ds);
        } else {
            TestDatabases.Pg pg = TestDatabases.freshPostgres();
            db = new Db(vendor, pg.url(), pg.user(), pg.password(), pg.dataSource());
        }
        TestDatabases.migrated(db.dataSource(), vendor);
        return db;
    }

    private static synchronized void keepOpen(DataSource ds) {
        try {
            OPEN.add(ds.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the test database", e);
        }
    }

    /** Clears what {@link Db#useForCli()} set, and closes the H2 databases the tests opened. */
    public static synchronized void forget() {
        VARIABLES.forEach(System::clearProperty);
        for (Connection c : OPEN) {
            try {
                c.close();
            } catch (SQLException e) {
                // the database is gone with its folder: nothing left to close
            }
        }
        OPEN.clear();
    }
}
