package fr.vigie.testing;

import fr.vigie.store.AuditLog;
import fr.vigie.store.ExportRepository;
import fr.vigie.store.RunRepository;
import java.nio.file.Path;
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
            db = new Db(vendor, url, "sa", "", ds);
        } else {
            TestDatabases.Pg pg = TestDatabases.freshPostgres();
            db = new Db(vendor, pg.url(), pg.user(), pg.password(), pg.dataSource());
        }
        TestDatabases.migrated(db.dataSource(), vendor);
        return db;
    }

    /** Clears what {@link Db#useForCli()} set. */
    public static void forget() {
        VARIABLES.forEach(System::clearProperty);
    }
}
