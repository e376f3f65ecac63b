package fr.vigie.store;

import java.nio.file.Path;

/**
 * Where the store keeps its files. Everything lives under one root ({@code store/} by default):
 * the embedded database, reports, export packages, partner outboxes, quarantined rows, the signed
 * checkpoints of the audit log and the per-run work area that holds intermediate files until the run ends.
 */
public record StoreLayout(Path root) {

    public StoreLayout {
        root = root.toAbsolutePath().normalize();
    }

    /** The embedded H2 database file (without H2's {@code .mv.db} suffix). */
    public Path database() {
        return root.resolve("db").resolve("vigie");
    }

    public Path reports(String runId) {
        return root.resolve("reports").resolve(runId);
    }

    public Path exportsRoot() {
        return root.resolve("exports");
    }

    public Path export(String partner, String dataset, String runId) {
        return exportsRoot().resolve(partner).resolve(dataset).resolve(runId);
    }

    public Path outbox(String partner) {
        return root.resolve("outbox").resolve(partner);
    }

    public Path quarantine(String runId) {
        return root.resolve("quarantine").resolve(runId);
    }

    /** The signed checkpoints of the audit log (see {@link AuditCheckpoint}). */
    public Path auditCheckpoints() {
        return root.resolve("audit").resolve("checkpoints");
    }

    /** Intermediate files of a run (accepted rows, stage results); removed once the run succeeds. */
    public Path work(String runId) {
        return root.resolve("work").resolve(runId);
    }
}
