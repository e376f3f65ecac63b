package fr.vigie.store;

import fr.vigie.testing.TestDatabases;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The store over each real database: H2 (embedded store) and PostgreSQL (production). */
final class StoreTestSupport {
    private StoreTestSupport() {
    }

    record Store(String name, JdbcClient jdbc, TransactionTemplate tx) {
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
        DataSource ds = vendor.equals("h2") ? TestDatabases.h2(tempDir)
                : TestDatabases.freshPostgres().dataSource();
        TestDatabases.migrated(ds, vendor);
        return new Store(vendor, JdbcClient.create(ds), new TransactionTemplate(new DataSourceTransactionManager(ds)));
    }

    static Stream<Arguments> vendors() {
        return Stream.of(Arguments.of("h2"), Arguments.of("postgresql"));
    }
}
