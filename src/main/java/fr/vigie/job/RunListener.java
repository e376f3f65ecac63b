package fr.vigie.job;

import fr.vigie.model.ExitCode;
import fr.vigie.model.VigieException;
import fr.vigie.store.StepMetric;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import fr.vigie.ingest.IngestResult;
import fr.vigie.report.RunStatus;

/**
 * Records a run in the store as it starts and ends: the run row, the audit entries, the metrics of
 * each step; and, when the run fails, a report saying what failed (the success report is a step).
 */
final class RunListener implements JobExecutionListener {
    private static final Logger LOG = LoggerFactory.getLogger(RunListener.class);

    private final RunContext run;
    private Instant startedAt;

    RunListener(RunContext run) {
        this.run = run;
    }

    Instant startedAt() {
        return startedAt == null ? Instant.now() : startedAt;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        startedAt = Instant.now();
        boolean resumed = run.runs().find(run.runId()).isPresent();
        run.runs().started(run.runId(), run.job().id(), startedAt);
        run.audit().append(RunContext.PIPELINE, resumed ? "RUN_RESUMED" : "RUN_STARTED", "run/" + run.runId(),
                "job " + run.job().id() + " from " + run.jobFile());
    }

    @Override
    public void afterJob(JobExecution execution) {
        try {
            record(execution);
        } catch (RuntimeException e) {
            // The store itself may be what failed: the run is then resumed once it is back.
            LOG.error("Run {}: could not record its end in the store: {}", run.runId(),
                    StoreOutage.isCause(e) ? StoreOutage.describe(e) : e.toString());
        }
    }

    private void record(JobExecution execution) {
        for (StepExecution step : execution.getStepExecutions()) {
            run.runs().recordStep(run.runId(), metric(step));
        }
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            removeWorkAreas();
            return;
        }
        String failure = failure(execution.getAllFailureExceptions());
        int exitCode = exitCode(execution.getAllFailureExceptions());
        LOG.error("Run {} failed: {}", run.runId(), failure);
        for (Throwable t : execution.getAllFailureExceptions()) {
            LOG.debug("Run {}: where it failed", run.runId(), t);
        }
        String reportPath = null;
        String status = execution.getStatus().name();
        try {
            ReportStep.write(run, ReportAssembler.assemble(run, startedAt(),
                    ReportAssembler.stages(run, RunStatus.of(status)), failure, exitCode, ReportStep.footprint(run)));
            reportPath = ProjectPaths.relative(run,
                    run.settings().store().reports(run.runId()).resolve("report.html"));
        } catch (RuntimeException e) {
            LOG.error("Run {}: the failure report could not be written either: {}", run.runId(), e.toString());
        }
        IngestResult ingest = run.ingest().orElse(null);
        run.runs().finished(run.runId(), status, exitCode, ingest == null ? null : ingest.rowsRead(),
                ingest == null ? null : ingest.rowsAccepted(), ingest == null ? null : ingest.rowsQuarantined(),
                reportPath, failure);
        run.audit().append(RunContext.PIPELINE, "RUN_FAILED", "run/" + run.runId(), failure);
    }

    /**
     * Once the run is committed, its work area (a copy of the accepted rows) has no use left; nor have
     * those of earlier runs of the job that failed and were never resumed: a newer run superseded them.
     */
    private void removeWorkAreas() {
        Path work = run.settings().store().work(run.runId()).getParent();
        try (Stream<Path> areas = Files.exists(work) ? Files.list(work) : Stream.empty()) {
            for (Path area : areas.toList()) {
                String name = area.getFileName().toString();
                boolean superseded = run.runs().find(name)
                        .filter(r -> r.jobId().equals(run.job().id()) && !"RUNNING".equals(r.status())).isPresent();
                if (name.equals(run.runId()) || superseded) {
                    new RunWorkspace(area).delete();
                }
            }
        } catch (java.io.IOException e) {
            LOG.warn("Run {}: work areas not cleaned ({})", run.runId(), e.getClass().getSimpleName());
        }
    }

    private static StepMetric metric(StepExecution step) {
        LocalDateTime start = step.getStartTime();
        LocalDateTime end = step.getEndTime() == null ? LocalDateTime.now() : step.getEndTime();
        long millis = start == null ? 0 : Duration.between(start.atZone(ZoneId.systemDefault()),
                end.atZone(ZoneId.systemDefault())).toMillis();
        return new StepMetric(step.getStepName(), step.getStatus().name(), step.getReadCount(), step.getWriteCount(),
                step.getFilterCount() + step.getProcessSkipCount(), millis);
    }

    /** The first failure's message: written for users (file, line, key), never carrying a raw value. */
    static String failure(List<Throwable> failures) {
        if (failures.isEmpty()) {
            return "the run stopped before its end";
        }
        for (Throwable failure : failures) {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof VigieException) {
                    return t.getMessage();
                }
            }
        }
        if (StoreOutage.isCause(failures.get(0))) {
            return "the store's database became unreachable; resume the run once it is back";
        }
        // Only the class: an unexpected message (a driver's, a library's) may quote a value from the data.
        return "unexpected failure (" + failures.get(0).getClass().getName() + "); resume the run after the cause is"
                + " fixed; the log at debug level (VIGIE_LOG_LEVEL=debug) shows where it happened";
    }

    static int exitCode(List<Throwable> failures) {
        for (Throwable failure : failures) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof VigieException v) {
                    return v.exitCode();
                }
                if (t.getCause() == t) {
                    break;
                }
            }
        }
        return ExitCode.FAILED;
    }
}
