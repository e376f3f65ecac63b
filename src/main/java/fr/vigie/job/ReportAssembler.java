package fr.vigie.job;

import fr.vigie.anonymise.AnonymisationOutcome;
import fr.vigie.bias.BiasReport;
import fr.vigie.classify.ClassificationResult;
import fr.vigie.export.ExportSummary;
import fr.vigie.ingest.DocumentResult;
import fr.vigie.model.ExitCode;
import fr.vigie.report.AuditLine;
import fr.vigie.report.ComplianceReport;
import fr.vigie.report.Footprint;
import fr.vigie.report.RunHeader;
import fr.vigie.report.RunStatus;
import fr.vigie.report.StageResults;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Gathers what the steps of a run left in its work area, typed, and hands it to the report
 * ({@link ComplianceReport#of}), with the run's header and its audit entries.
 */
final class ReportAssembler {
    private ReportAssembler() {
    }

    /** The stages' results of the run so far (null for a stage not reached). */
    static StageResults stages(RunContext run, RunStatus status) {
        RunWorkspace ws = run.workspace();
        List<AnonymisationOutcome> anonymisation = run.job().partners().stream()
                .flatMap(p -> ws.find(AnonymiseStep.name(p), AnonymisationOutcome.class).stream()).toList();
        return new StageResults(status, run.ingest().orElse(null),
                ws.find(ClassifyStep.NAME, ClassificationResult.class).orElse(null), anonymisation,
                ws.find(BiasStep.NAME, BiasReport.class).orElse(null),
                ws.find(DocumentScanStep.NAME, DocumentResult[].class).map(Arrays::asList).orElse(null),
                ws.find(ExportStep.NAME, ExportSummary[].class).map(Arrays::asList).orElse(null));
    }

    /** 3 when a partner's policy could not be met (refused by policy), else 0. */
    static int exitCode(StageResults stages) {
        return stages.anonymisation().stream().anyMatch(a -> a.status() == AnonymisationOutcome.Status.REFUSED)
                ? ExitCode.REFUSED_BY_POLICY : ExitCode.OK;
    }

    static ComplianceReport assemble(RunContext run, Instant startedAt, StageResults stages, String failure,
            int exitCode, Footprint footprint) {
        RunHeader header = new RunHeader(run.runId(), run.job().id(), run.jobFile(), run.job().id(),
                run.job().department(), run.job().description(), run.job().purpose(), run.job().controller(),
                startedAt, Instant.now(), stages.runStatus(), failure, exitCode);
        List<AuditLine> audit = run.audit().mentioning(run.runId()).stream().map(e -> new AuditLine(e.seq(), e.at(),
                e.actor(), e.action(), e.subject(), e.details(), e.hash())).toList();
        return ComplianceReport.of(header, stages, footprint, audit);
    }
}
