package fr.vigie.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The real databases the store tests run against: an H2 file (the embedded store) and a PostgreSQL
 * server — the one named by {@code VIGIE_TEST_PG_URL} when set, otherwise an embedded server started
 * once per test JVM from Maven artifacts. Each test gets a fresh database on the server.
 */
public final class TestDatabases {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres embedded;

    private TestDatabases() {
    }

    /** A JDBC URL, user and password for a fresh, empty PostgreSQL database. */
    public record Pg(String url, String user, String password) {
        public DataSource dataSource() {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setUrl(url);
            ds.setUser(user);
            ds.setPassword(password);
            return ds;
        }
    }

    public static synchronized Pg freshPostgres() {
        String external = System.getenv("VIGIE_TEST_PG_URL");
        String user = System.getenv().getOrDefault("VIGIE_TEST_PG_USER", "postgres");
        String password = System.getenv().getOrDefault("VIGIE_TEST_PG_PASSWORD", "");
        String adminUrl;
        if (external != null && !external.isBlank()) {
            adminUrl = external;
        } else {
            adminUrl = server().getJdbcUrl("postgres", "postgres");
            user = "postgres";
            password = "";
        }
        String name = "vigie_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        Pg admin = new Pg(adminUrl, user, password);
        try (Connection c = admin.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + adminUrl, e);
        }
        int slash = adminUrl.lastIndexOf('/');
        int query = adminUrl.indexOf('?', slash);
        String url = adminUrl.substring(0, slash + 1) + name + (query < 0 ? "" : adminUrl.substring(query));
        return new Pg(url, user, password);
    }

    private static EmbeddedPostgres server() {
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        return embedded;
    }

    /** An H2 file database in {@code dir}, as the embedded store uses. */
    public static DataSource h2(Path dir) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("vigie").toAbsolutePath());
        ds.setUser("sa");
        return ds;
    }

    /** Applies Vigie's Flyway migrations, as the application does at start-up. */
    public static DataSource migrated(DataSource ds, String vendor) {
        Flyway.configure().dataSource(ds)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .load().migrate();
        return ds;
    }
}
