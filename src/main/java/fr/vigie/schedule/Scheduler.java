package fr.vigie.schedule;

import fr.vigie.job.JobDefinition;
import fr.vigie.job.JobFiles;
import fr.vigie.job.JobLease;
import fr.vigie.job.Pipeline;
import fr.vigie.job.RunOutcome;
import fr.vigie.job.VigieSettings;
import fr.vigie.model.VigieException;
import fr.vigie.store.JobLocks;
import fr.vigie.store.RunRecord;
import fr.vigie.store.RunRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code vigie schedule}: a long-lived process that starts each job at its cron time. It reloads job
 * files when they change, takes a lock in the database before running a job (two schedulers on one
 * store never run the same job at once; the lock of a dead scheduler expires), catches up a missed run
 * once when the job's policy says so, and resumes a run left unfinished by a process that died.
 */
public class Scheduler {
    private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);

    private final Pipeline pipeline;
    private final JobLocks locks;
    private final RunRepository runs;
    private final VigieSettings settings;
    private final Clock clock;
    private final RunMetrics metrics;
    private final ExecutorService workers;
    private final Map<String, Instant> nextFire = new HashMap<>();
    /** Jobs submitted by this scheduler and not ended: a job never overlaps itself here. */
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private List<JobDefinition> jobs = List.of();
    private String jobsFingerprint = "";

    /** A scheduler over the pipeline's own job leases and record of runs. */
    public Scheduler(Pipeline pipeline, VigieSettings settings, Clock clock, int workers, RunMetrics metrics) {
        this(pipeline, pipeline.locks(), pipeline.runs(), settings, clock, workers, metrics);
    }

    public Scheduler(Pipeline pipeline, JobLocks locks, RunRepository runs, VigieSettings settings, Clock clock,
            int workers, RunMetrics metrics) {
        this.pipeline = pipeline;
        this.locks = locks;
        this.runs = runs;
        this.settings = settings;
        this.clock = clock;
        this.metrics = metrics;
        this.workers = Executors.newFixedThreadPool(workers);
    }

    /** Runs until the thread is interrupted, checking every second what is due. */
    public void runForever() throws InterruptedException {
        start();
        while (!Thread.currentThread().isInterrupted()) {
            tick();
            Thread.sleep(1_000);
        }
    }

    /** Loads the jobs, resumes runs left unfinished, and catches up missed runs. */
    public void start() {
        reloadIfChanged();
        Instant now = clock.instant();
        for (JobDefinition job : jobs) {
            Optional<RunRecord> last = runs.recent(job.id(), 1).stream().findFirst();
            if (last.isPresent() && "RUNNING".equals(last.get().status()) && !locks.isHeld(job.id())) {
                LOG.info("Job {}: run {} was left unfinished by a process that stopped; resuming it", job.id(),
                        last.get().runId());
                submit(job, true);
            } else if (missed(job, last.orElse(null), now)) {
                LOG.info("Job {}: its run at {} was missed; running it once now", job.id(),
                        schedule(job).previous(now));
                submit(job, false);
            }
        }
    }

    /** Starts the jobs whose fire time has come; reloads job files first if they changed. */
    public void tick() {
        reloadIfChanged();
        Instant now = clock.instant();
        for (JobDefinition job : jobs) {
            Instant due = nextFire.get(job.id());
            if (due != null && !due.isAfter(now)) {
                nextFire.put(job.id(), schedule(job).next(now));
                submit(job, false);
            }
        }
    }

    /** Whether a scheduled run was missed: the last fire time is after the last run (and the job ran before). */
    boolean missed(JobDefinition job, RunRecord last, Instant now) {
        if (job.schedule().cron() == null || job.schedule().missedRuns() != JobDefinition.MissedRuns.RUN_ONCE
                || last == null) {
            return false;
        }
        Instant previous = schedule(job).previous(now);
        return previous != null && last.startedAt().isBefore(previous);
    }

    private void submit(JobDefinition job, boolean resume) {
        if (!inFlight.add(job.id())) {
            LOG.info("Job {} is still running from its previous start; this start is skipped", job.id());
            return;
        }
        workers.submit(() -> {
            try {
                run(job, resume);
            } finally {
                inFlight.remove(job.id());
            }
        });
    }

    /** Runs a job; the pipeline holds the job's lease in the store while it runs. */
    void run(JobDefinition job, boolean resume) {
        try {
            RunOutcome outcome = resume ? pipeline.resume(job) : pipeline.run(job);
            LOG.info("Job {}: run {} ended {} (exit code {})", job.id(), outcome.runId(), outcome.status(),
                    outcome.exitCode());
            metrics.recordRun(outcome, runs.find(outcome.runId()).orElse(null));
        } catch (JobLease.JobBusyException busy) {
            LOG.info("Job {} is being run by another process; skipped", job.id());
        } catch (VigieException e) {
            LOG.error("Job {}: {}", job.id(), e.getMessage());
            metrics.recordError(job.id(), e.exitCode());
        } catch (RuntimeException e) {
            // The class only: an unexpected message may quote data.
            LOG.error("Job {} failed unexpectedly: {}", job.id(), e.getClass().getName());
            metrics.recordError(job.id(), 1);
        }
    }

    private void reloadIfChanged() {
        String fingerprint = fingerprint(settings.jobsDir());
        if (fingerprint.equals(jobsFingerprint)) {
            return;
        }
        try {
            List<JobDefinition> loaded = JobFiles.loadAll(settings.jobsDir(), settings.projectDir());
            Instant now = clock.instant();
            Map<String, String> oldCrons = new HashMap<>();
            jobs.forEach(j -> oldCrons.put(j.id(), j.schedule().cron()));
            Map<String, Instant> due = new HashMap<>();
            for (JobDefinition job : loaded) {
                String cron = job.schedule().cron();
                if (cron == null) {
                    continue;
                }
                // An unchanged schedule keeps its due time: saving a file must not skip tonight's run.
                boolean unchanged = cron.equals(oldCrons.get(job.id())) && nextFire.containsKey(job.id());
                due.put(job.id(), unchanged ? nextFire.get(job.id()) : schedule(job).next(now));
            }
            nextFire.clear();
            nextFire.putAll(due);
            LOG.info("{} job files loaded from {}; next runs: {}", loaded.size(), settings.jobsDir(), nextFire);
            jobs = loaded;
        } catch (VigieException e) {
            // Keep running the jobs we had: a typo saved in one file must not stop every night.
            LOG.error("Job files not reloaded: {}", e.getMessage());
        }
        jobsFingerprint = fingerprint;
    }

    private CronSchedule schedule(JobDefinition job) {
        return new CronSchedule(job.schedule().cron(), clock.getZone());
    }

    /** Names, sizes and modification times of the job files: cheap to compute every second. */
    static String fingerprint(Path jobsDir) {
        try (Stream<Path> files = Files.list(jobsDir)) {
            StringBuilder sb = new StringBuilder();
            for (Path f : files.sorted().toList()) {
                sb.append(f.getFileName()).append(':').append(Files.size(f)).append(':')
                        .append(Files.getLastModifiedTime(f).toMillis()).append(';');
            }
            return sb.toString();
        } catch (IOException e) {
            return "unreadable";
        }
    }

    /** Stops accepting work and waits for running jobs to end. */
    public void shutdown() throws InterruptedException {
        workers.shutdown();
        workers.awaitTermination(1, TimeUnit.HOURS);
    }
}
