package fr.vigie.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The review workflow's records on H2 and on a real PostgreSQL server. */
class ExportRepositoryTest {
    @TempDir
    Path tempDir;

    private static ExportRecord pending(String run) {
        return new ExportRecord(ExportRecord.idOf("metropole-toulouse", "ccas-aides", run), run, "metropole-toulouse",
                "ccas-aides", "rules/policies/p.yml", "/store/exports/x", ExportStatus.PENDING_REVIEW, 4900,
                "ab".repeat(32), Instant.parse("2026-11-23T02:30:00Z"), null);
    }

    private static StoreTestSupport.Store withRun(String vendor, Path dir) {
        StoreTestSupport.Store store = StoreTestSupport.store(vendor, dir);
        store.runs().upsertDataset("ccas-aides", "CCAS", "d", "purpose", "jobs/ccas-aides.yml");
        store.runs().started("run-1", "ccas-aides", Instant.now());
        return store;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.vigie.store.StoreTestSupport#vendors")
    void aPackageIsPendingUntilDecidedAndCanBeDecidedOnlyOnce(String vendor) {
        StoreTestSupport.Store store = withRun(vendor, tempDir);
        ExportRepository exports = store.exports();
        exports.add(pending("run-1"));
        String id = pending("run-1").exportId();
        assertThat(exports.list(ExportStatus.PENDING_REVIEW)).extracting(ExportRecord::exportId).containsExactly(id);

        boolean approved = exports.decide(new Review(id, ExportStatus.RELEASED, "dpo", "ok", Instant.now()), "/outbox");
        boolean rejectedAfter = exports.decide(new Review(id, ExportStatus.REJECTED, "other", "no", Instant.now()), null);

        assertThat(approved).isTrue();
        assertThat(rejectedAfter).isFalse();
        assertThat(exports.find(id)).get().satisfies(e -> {
            assertThat(e.status()).isEqualTo(ExportStatus.RELEASED);
            assertThat(e.outboxPath()).isEqualTo("/outbox");
        });
        assertThat(exports.reviews(id)).singleElement().extracting(Review::reviewer).isEqualTo("dpo");
        assertThat(exports.list(ExportStatus.PENDING_REVIEW)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.vigie.store.StoreTestSupport#vendors")
    void runsKeepTheirCountsAndSteps(String vendor) {
        StoreTestSupport.Store store = withRun(vendor, tempDir);
        RunRepository runs = store.runs();
        runs.recordStep("run-1", new StepMetric("ingest", "COMPLETED", 5000, 4990, 10, 1234));
        runs.finished("run-1", "COMPLETED", 0, 5000L, 4990L, 10L, "store/reports/run-1/report.html", "ok");
        runs.recordFootprint("run-1", 12.5, 300_000_000L, 0.035, 0.0018);
        assertThat(runs.find("run-1")).get().satisfies(r -> {
            assertThat(r.status()).isEqualTo("COMPLETED");
            assertThat(r.rowsQuarantined()).isEqualTo(10L);
            assertThat(r.exitCode()).isZero();
            assertThat(r.cpuSeconds()).isEqualTo(12.5);
            assertThat(r.co2eGrams()).isEqualTo(0.0018);
        });
        assertThat(runs.steps("run-1")).singleElement().extracting(StepMetric::rowsWritten).isEqualTo(4990L);
        runs.saveClassification("run-1", java.util.List.of(new ClassificationRow(0, "nir", "IDENTIFYING", "FR_NIR", null,
                null, 0.99, null, "{\"nameMatch\":\"nir\"}")));
        runs.saveFindings("run-1", java.util.List.of(new FindingRow("F1", "OUTCOME_RATE", "GENDER", "F", "M",
                "DISPARATE_IMPACT", 0.62, 0.001, 0.004, "HIGH", "62 % contre 78 %")));
        assertThat(runs.classification("run-1")).singleElement().extracting(ClassificationRow::infoType)
                .isEqualTo("FR_NIR");
        assertThat(runs.findings("run-1")).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualTo(0.62);
            assertThat(f.severity()).isEqualTo("HIGH");
        });
        assertThat(runs.recent(null, 5)).extracting(RunRecord::runId).containsExactly("run-1");
    }
}
