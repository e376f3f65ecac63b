package fr.vigie.job;

import fr.vigie.report.Footprint;
import fr.vigie.store.AuditLog;
import fr.vigie.store.ExportRepository;
import fr.vigie.store.RunRepository;
import java.nio.file.Path;

/**
 * Everything the steps of one run share: the job, the run's identity and work area, the rules loaded
 * (and validated) before the run started, and the store.
 */
record RunContext(
        JobDefinition job,
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

    Path quarantineFile() {
        return settings.store().quarantine(runId).resolve("quarantine.csv");
    }

    String jobFile() {
        Path file = job.file().toAbsolutePath().normalize();
        return file.startsWith(settings.projectDir()) ? settings.projectDir().relativize(file).toString()
                : file.toString();
    }
}
