package fr.vigie.job;

import fr.vigie.model.ExitCode;
import fr.vigie.report.Footprint;
import fr.vigie.report.HtmlReport;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

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
            ObjectNode report = ReportAssembler.assemble(run, startedAt.get(), "COMPLETED", null, footprint);
            int exitCode = exitCode(report);
            ((ObjectNode) report.get("run")).put("exitCode", exitCode);
            Path html = write(run, report);
            JsonNode ingest = report.path("ingest");
            run.runs().finished(run.runId(), "COMPLETED", exitCode, ingest.path("rowsRead").asLong(),
                    ingest.path("rowsAccepted").asLong(), ingest.path("rowsQuarantined").asLong(),
                    IngestStep.relative(run, html), report.path("summary").path("headline").asString());
            run.runs().recordFootprint(run.runId(), footprint.cpuSeconds(), footprint.peakMemoryBytes(),
                    footprint.energyWh(), footprint.co2eGrams());
            run.audit().append(RunContext.PIPELINE, "RUN_COMPLETED", "run/" + run.runId(),
                    "status " + report.path("summary").path("status").asString() + ", exit code " + exitCode);
            return RepeatStatus.FINISHED;
        }, tx).build();
    }

    /** 3 when a partner's policy could not be met (refused by policy), else 0. */
    static int exitCode(JsonNode report) {
        for (JsonNode a : report.path("anonymisation")) {
            if (AnonymiseStep.AnonymisationOutcome.REFUSED.equals(a.path("status").asString())) {
                return ExitCode.REFUSED_BY_POLICY;
            }
        }
        return ExitCode.OK;
    }

    static Footprint footprint(RunContext run) {
        long bytesRead = run.workspace().tree(IngestStep.NAME).map(i -> i.path("bytesRead").asLong(0)).orElse(0L);
        long bytesWritten = directorySize(run.settings().store().reports(run.runId()))
                + run.job().partners().stream().mapToLong(p -> directorySize(
                        run.settings().store().export(p.id(), run.job().id(), run.runId()))).sum()
                + directorySize(run.workspace().dir());
        return run.footprint().stop(bytesRead, bytesWritten, run.rules().footprint());
    }

    /**
     * Writes both files atomically; returns the HTML file. Column names are withheld when one holds a value
     * of an identifying column ({@link NameDisclosure}).
     */
    static Path write(RunContext run, ObjectNode assembled) {
        ObjectNode report = NameDisclosure.withholdNames(assembled, run.workspace());
        Path dir = run.settings().store().reports(run.runId());
        try {
            Files.createDirectories(dir);
            writeAtomically(dir.resolve("report.json"), RunWorkspace.JSON.writeValueAsString(report));
            Path html = dir.resolve("report.html");
            writeAtomically(html, HtmlReport.render(report));
            return html;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report in " + dir, e);
        }
    }

    private static void writeAtomically(Path file, String content) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static long directorySize(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (var walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(IngestStep::size).sum();
        } catch (IOException e) {
            return 0;
        }
    }
}
