package fr.vigie.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The hash-chained audit log on H2 and on a real PostgreSQL server. */
class AuditLogTest {
    @TempDir
    Path tempDir;

    private AuditLog logWithThreeEntries(StoreTestSupport.Store store) {
        AuditLog audit = store.audit();
        audit.append("vigie-pipeline", "RUN_STARTED", "run/r1", "job ccas");
        audit.append("dpo@montpellier3m.fr", "EXPORT_APPROVED", "export/p/d/r1", "ok");
        audit.append("vigie-pipeline", "RUN_COMPLETED", "run/r1", null);
        return audit;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.vigie.store.StoreTestSupport#vendors")
    void anUntouchedChainVerifies(String vendor) {
        AuditLog audit = logWithThreeEntries(StoreTestSupport.store(vendor, tempDir));
        AuditVerification result = audit.verify();
        assertThat(result.problems()).isEmpty();
        assertThat(result.entries()).isEqualTo(3);
        assertThat(audit.entries("run/")).extracting(AuditEntry::action).containsExactly("RUN_STARTED", "RUN_COMPLETED");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.vigie.store.StoreTestSupport#vendors")
    void detectsAnEditedEntry(String vendor) {
        StoreTestSupport.Store store = StoreTestSupport.store(vendor, tempDir);
        AuditLog audit = logWithThreeEntries(store);
        store.jdbc().sql("UPDATE vigie_audit SET actor = 'someone-else' WHERE seq = 2").update();
        assertThat(audit.verify().problems()).anySatisfy(p -> assertThat(p).contains("entry 2").contains("edited"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.vigie.store.StoreTestSupport#vendors")
    void detectsADeletedEntryInTheMiddle(String vendor) {
        StoreTestSupport.Store store = StoreTestSupport.store(vendor, tempDir);
        AuditLog audit = logWithThreeEntries(store);
        store.jdbc().sql("DELETE FROM vigie_audit WHERE seq = 2").update();
        assertThat(audit.verify().problems()).anySatisfy(p -> assertThat(p).contains("entry 2").contains("missing"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.vigie.store.StoreTestSupport#vendors")
    void detectsTheLastEntryDeleted(String vendor) {
        StoreTestSupport.Store store = StoreTestSupport.store(vendor, tempDir);
        AuditLog audit = logWithThreeEntries(store);
        store.jdbc().sql("DELETE FROM vigie_audit WHERE seq = 3").update();
        assertThat(audit.verify().intact()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.vigie.store.StoreTestSupport#vendors")
    void concurrentWritersNeverForkTheChain(String vendor) throws Exception {
        AuditLog audit = StoreTestSupport.store(vendor, tempDir).audit();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<AuditEntry>> futures = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            futures.add(pool.submit(() -> audit.append("writer", "TEST", "subject/" + n, null)));
        }
        for (Future<AuditEntry> f : futures) {
            f.get();
        }
        pool.shutdown();
        AuditVerification result = audit.verify();
        assertThat(result.problems()).isEmpty();
        assertThat(result.entries()).isEqualTo(40);
    }
}
