package fr.vigie.job;

import fr.vigie.ingest.IngestResult;
import fr.vigie.report.Footprint;
import fr.vigie.store.AuditLog;
import fr.vigie.store.ExportRepository;
import fr.vigie.store.RunRepository;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything the steps of one run share: the job, the source files its path matched when the run
 * began, the run's identity and work area, the rules loaded (and validated) before the run started, and
 * the store.
 */
record RunContext(
        JobDefinition job,
        List<Path> sourceFiles,
        String runId,
        VigieSettings settings,
        RunWorkspace workspace,
        LoadedRules rules,
        RunRepository runs,
        ExportRepository exports,
        AuditLog audit,
        Footprint.Meter footprint) {

    /** The actor recorded in the audit log for what the pipeline itself does. */
    static final String PIPELINE = "vigie-pipeline";

    /**
     * Streams the rows of one of the run's files (accepted rows, a released table) to {@code sink} on the calling
     * thread, in file order, showing progress under {@code label}. Returns the number of rows. With more than one
     * of the job's {@code workers}, chunks of the file are parsed on that many threads while {@code sink} works
     * ({@link StagingChunks#forEachRow}): the sink sees the same rows in the same order.
     */
    long streamRows(String label, Path file, java.util.function.Consumer<String[]> sink) {
        long expected = ingest().map(IngestResult::rowsAccepted).orElse(-1L);
        Progress progress = Progress.start(label, () -> expected);
        try {
            return StagingChunks.forEachRow(file, job.workers(), progress.counting(sink));
        } finally {
            progress.done();
        }
    }

    /** What the ingest step handed over, once it has run. */
    java.util.Optional<IngestResult> ingest() {
        return workspace.find(IngestStep.NAME, IngestResult.class);
    }

    Path quarantineFile() {
        return settings.store().quarantine(runId).resolve("quarantine.csv");
    }

    String jobFile() {
        Path file = job.file().toAbsolutePath().normalize();
        return file.startsWith(settings.projectDir()) ? settings.projectDir().relativize(file).toString()
                : file.toString();
    }
}
