package fr.vigie.store;

import fr.vigie.testing.TestDatabases;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The store over each real database: H2 (embedded store) and PostgreSQL (production). {@link #h2} is public for the
 * tests of other packages that need a store of their own (the job's leases).
 */
public final class StoreTestSupport {
    private StoreTestSupport() {
    }

    public record Store(String name, DataSource dataSource, JdbcClient jdbc, TransactionTemplate tx) {
        RunRepository runs() {
            return new RunRepository(jdbc, tx);
        }

        ExportRepository exports() {
            return new ExportRepository(jdbc, tx);
        }

        AuditLog audit() {
            return new AuditLog(jdbc, tx);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Store store(String vendor, Path tempDir) {
        return vendor.equals("h2") ? h2(tempDir) : migrated(vendor, TestDatabases.freshPostgres().dataSource());
    }

    /** An H2 file store in {@code dir}, migrated, as the embedded store is. */
    public static Store h2(Path dir) {
        return migrated("h2", TestDatabases.h2(dir));
    }

    private static Store migrated(String vendor, DataSource ds) {
        TestDatabases.migrated(ds, vendor);
        return new Store(vendor, ds, JdbcClient.create(ds), new TransactionTemplate(new DataSourceTransactionManager(ds)));
    }

    static Stream<Arguments> vendors() {
        return Stream.of(Arguments.of("h2"), Arguments.of("postgresql"));
    }
}
