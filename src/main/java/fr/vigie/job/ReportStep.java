package fr.vigie.job;

import fr.vigie.ingest.IngestResult;
import fr.vigie.report.ComplianceReport;
import fr.vigie.report.Footprint;
import fr.vigie.report.HtmlReport;
import fr.vigie.report.RunStatus;
import fr.vigie.report.StageResults;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The report step: writes {@code report.json} and {@code report.html} under {@code store/reports/<run>/},
 * and records the end of the run (the work area goes once the job has committed, see {@link RunListener}).
 */
final class ReportStep {
    static final String NAME = "report";

    private ReportStep() {
    }

    static Step create(RunContext run, java.util.function.Supplier<Instant> startedAt, JobRepository repository, PlatformTransactionManager tx) {
        return new StepBuilder(NAME, repository).tasklet((contribution, chunk) -> {
            Footprint footprint = footprint(run);
            StageResults stages = ReportAssembler.stages(run, RunStatus.COMPLETED);
            int exitCode = ReportAssembler.exitCode(stages);
            ComplianceReport report = write(run, ReportAssembler.assemble(run, startedAt.get(), stages, null, exitCode,
                    footprint));
            Path html = run.settings().store().reports(run.runId()).resolve("report.html");
            // a document job reads no rows: its counts are 0
            IngestResult ingest = stages.ingest();
            run.runs().finished(run.runId(), RunStatus.COMPLETED.name(), exitCode,
                    ingest == null ? 0 : ingest.rowsRead(), ingest == null ? 0 : ingest.rowsAccepted(),
                    ingest == null ? 0 : ingest.rowsQuarantined(), ProjectPaths.relative(run, html),
                    report.summary().headline());
            run.runs().recordFootprint(run.runId(), footprint.cpuSeconds(), footprint.peakMemoryBytes(),
                    footprint.energyWh(), footprint.co2eGrams());
            run.audit().append(RunContext.PIPELINE, "RUN_COMPLETED", "run/" + run.runId(),
                    "status " + report.light() + ", exit code " + exitCode);
            return RepeatStatus.FINISHED;
        }, tx).build();
    }

    static Footprint footprint(RunContext run) {
        long bytesRead = run.ingest().map(IngestResult::bytesRead).orElse(0L);
        long bytesWritten = FileSizes.directorySize(run.settings().store().reports(run.runId()))
                + run.job().partners().stream().mapToLong(p -> FileSizes.directorySize(
                        run.settings().store().export(p.id(), run.job().id(), run.runId()))).sum()
                + FileSizes.directorySize(run.workspace().dir());
        return run.footprint().stop(bytesRead, bytesWritten, run.rules().footprint());
    }

    /**
     * Writes both files atomically, from the same report; returns the report as written. Column names are
     * withheld when one holds a value of an identifying column ({@link NameDisclosure}).
     */
    static ComplianceReport write(RunContext run, ComplianceReport assembled) {
        ComplianceReport report = NameDisclosure.withholdNames(assembled, run.workspace());
        Path dir = run.settings().store().reports(run.runId());
        try {
            Files.createDirectories(dir);
            writeAtomically(dir.resolve("report.json"), report.toJson());
            writeAtomically(dir.resolve("report.html"), HtmlReport.render(report));
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report in " + dir, e);
        }
    }

    private static void writeAtomically(Path file, String content) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
