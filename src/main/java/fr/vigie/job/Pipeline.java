package fr.vigie.job;

import fr.vigie.model.ExitCode;
import fr.vigie.model.VigieException;
import fr.vigie.report.Footprint;
import fr.vigie.store.AuditLog;
import fr.vigie.store.ExportRepository;
import fr.vigie.store.JobLocks;
import fr.vigie.store.PartHeartbeats;
import fr.vigie.store.RunRecord;
import fr.vigie.store.RunRepository;
import fr.vigie.store.StepMetric;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Runs dataset jobs: builds the Spring Batch job of a job file (ingest, classify, anonymise once per
 * partner, bias scan, export, report), starts it, or resumes the last unfinished run of it from its
 * last committed chunk.
 */
public class Pipeline {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
    private static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    static final String RUN_PARAMETER = "run";

    private final JobOperator operator;
    private final JobRepository repository;
    private final PlatformTransactionManager tx;
    private final RunRepository runs;
    private final ExportRepository exports;
    private final AuditLog audit;
    private final VigieSettings settings;
    private final JobLocks locks;
    private final AuditCheckpoints checkpoints;
    private final PartHeartbeats heartbeats;

    /** The latest runs, of one job or of all ({@code jobId} null), newest first, for {@code vigie runs}. */
    public List<RunRecord> recentRuns(String jobId, int limit) {
        return runs.recent(jobId, limit);
    }

    /** The steps of a run, with their metrics. */
    public List<StepMetric> steps(String runId) {
        return runs.steps(runId);
    }

    /** The leases of the jobs, which the scheduler checks before starting a run. */
    public JobLocks locks() {
        return locks;
    }

    /** The record of runs, where the scheduler finds a job's last run. */
    public RunRepository runs() {
        return runs;
    }

    public Pipeline(JobOperator operator, JobRepository repository, PlatformTransactionManager tx, RunRepository runs,
            ExportRepository exports, AuditLog audit, JobLocks locks, VigieSettings settings,
            AuditCheckpoints checkpoints, PartHeartbeats heartbeats) {
        this.locks = locks;
        this.heartbeats = heartbeats;
        this.checkpoints = checkpoints;
        this.operator = operator;
        this.repository = repository;
        this.tx = tx;
        this.runs = runs;
        this.exports = exports;
        this.audit = audit;
        this.settings = settings;
    }

    /** Starts a new run of a job. Configuration errors are thrown before anything runs (exit code 2). */
    public RunOutcome run(JobDefinition job) {
        JobCheck.CheckedJob checked = JobCheck.check(job, settings);
        try (JobLease lease = JobLease.acquire(locks, job.id())) {
            String runId = job.id() + "-" + ZonedDateTime.now(ZoneOffset.UTC).format(RUN_TIME);
            while (runs.find(runId).isPresent()) {
                runId = runId + "x";
            }
            return execute(checked, runId);
        }
    }

    /**
     * Resumes the last run of a job if it did not complete (failed, stopped, or killed: a run left
     * STARTED by a dead process is first marked failed). Completed steps are not run again; the
     * interrupted step restarts from its last committed chunk.
     */
    public RunOutcome resume(JobDefinition job) {
        // Holding the job's lease proves no live process runs it: only then may a STARTED run be recovered.
        try (JobLease lease = JobLease.acquire(locks, job.id())) {
            return resumeLeased(job);
        }
    }

    private RunOutcome resumeLeased(JobDefinition job) {
        JobInstance last = repository.getLastJobInstance(job.id());
        JobExecution execution = last == null ? null : repository.getLastJobExecution(last);
        if (execution == null) {
            throw new VigieException(ExitCode.BAD_CONFIGURATION, "job " + job.id() + " has no run to resume");
        }
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            throw new VigieException(ExitCode.BAD_CONFIGURATION, "the last run of job " + job.id() + " ("
                    + execution.getJobParameters().getString(RUN_PARAMETER) + ") completed: nothing to resume");
        }
        if (execution.getStatus().isRunning()) {
            LOG.info("Run {} was left {} by a process that stopped; marking it failed before resuming",
                    execution.getJobParameters().getString(RUN_PARAMETER), execution.getStatus());
            operator.recover(execution);
        }
        return execute(JobCheck.check(job, settings), execution.getJobParameters().getString(RUN_PARAMETER));
    }

    private RunOutcome execute(JobCheck.CheckedJob checked, String runId) {
        JobDefinition job = checked.job();
        runs.upsertDataset(job.id(), job.department(), job.description(), job.purpose(), job.file().toString());
        RunContext run = new RunContext(job, checked.files(), runId, settings,
                new RunWorkspace(settings.store().work(runId)), checked.rules(),
                runs, exports, audit, Footprint.start());
        RunListener listener = new RunListener(run);
        JobParameters parameters = new JobParametersBuilder().addString(RUN_PARAMETER, runId).toJobParameters();
        JobExecution execution;
        RunRecord record;
        try (Broker broker = job.broker() == null || job.documents() ? null : Broker.open(job.broker())) {
            execution = operator.start(build(run, listener, broker), parameters);
            record = runs.find(runId).orElseThrow();
        } catch (Exception e) {
            if (StoreOutage.isCause(e)) {
                throw new VigieException(ExitCode.FAILED, "run " + runId + " stopped: the store's database is"
                        + " unreachable (" + StoreOutage.describe(e) + "). Once it is back, resume the run with: vigie run "
                        + job.id() + " --resume", e);
            }
            throw new VigieException(ExitCode.FAILED, "run " + runId + " failed: " + RunListener.failure(List.of(e)), e);
        } finally {
            // One signed checkpoint per run: its entries can no longer be rewritten unseen.
            checkpoints.writeAfter("run " + runId);
        }
        Path report = record.reportPath() == null ? null : settings.projectDir().resolve(record.reportPath());
        int exitCode = record.exitCode() == null ? ExitCode.FAILED : record.exitCode();
        return new RunOutcome(job.id(), runId, execution.getStatus().name(), exitCode, report, record.message());
    }

    private Job build(RunContext run, RunListener listener, Broker broker) {
        if (run.job().documents()) {
            return new JobBuilder(run.job().id(), repository).listener(listener)
                    .start(DocumentScanStep.create(run, repository, tx))
                    .next(ReportStep.create(run, listener::startedAt, repository, tx)).build();
        }
        FlowBuilder<SimpleFlow> steps = new FlowBuilder<SimpleFlow>(run.job().id() + "-steps")
                .start(ingest(run, broker))
                .next(ClassifyStep.create(run, repository, tx));
        List<Flow> afterClassify = new ArrayList<>();
        if (!run.job().partners().isEmpty()) {
            afterClassify.add(release(run));
        }
        if (run.job().bias().enabled()) {
            afterClassify.add(new FlowBuilder<SimpleFlow>("bias").start(BiasStep.create(run, repository, tx)).build());
        }
        if (afterClassify.size() == 1) {
            steps.next(afterClassify.get(0));
        } else if (afterClassify.size() == 2) {
            // The bias scan and the release (anonymise, export) read the same accepted rows and nothing of each
            // other: they run side by side, each on a core of its own.
            steps.next(new FlowBuilder<SimpleFlow>("release-and-bias").split(new SimpleAsyncTaskExecutor("vigie-"))
                    .add(afterClassify.toArray(Flow[]::new)).build());
        }
        steps.next(ReportStep.create(run, listener::startedAt, repository, tx));
        return new JobBuilder(run.job().id(), repository).listener(listener).start(steps.build()).end().build();
    }

    /** Anonymise for each partner, one after the other, then export. */
    private Flow release(RunContext run) {
        FlowBuilder<SimpleFlow> release = new FlowBuilder<>("release");
        List<JobDefinition.Partner> partners = run.job().partners();
        release.start(AnonymiseStep.create(run, partners.get(0), repository, tx));
        for (JobDefinition.Partner partner : partners.subList(1, partners.size())) {
            release.next(AnonymiseStep.create(run, partner, repository, tx));
        }
        return release.next(ExportStep.create(run, repository, tx)).build();
    }

    /** One stream, partitions read by this process's threads, or partitions sent to workers. */
    private Step ingest(RunContext run, Broker broker) {
        if (broker != null) {
            return PartitionedIngest.createRemote(run, repository, broker.connectionFactory(), heartbeats);
        }
        return run.job().workers() > 1 ? PartitionedIngest.create(run, repository, tx)
                : IngestStep.create(run, repository, tx);
    }
}
