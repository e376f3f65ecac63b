package fr.vigie.job;

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
     * Streams the rows of one of the run's files (accepted rows, a released table) to {@code sink},
     * showing progress under {@code label}. Returns the number of rows.
     */
    long streamRows(String label, Path file, java.util.function.Consumer<String[]> sink) {
        long expected = workspace.tree(IngestStep.NAME).map(i -> i.path("rowsAccepted").asLong(-1)).orElse(-1L);
        Progress progress = Progress.start(label, () -> expected);
        long rows = StagingFile.forEachRow(file, progress.counting(sink));
        progress.done();
        return rows;
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
