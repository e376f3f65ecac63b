package fr.vigie.job;

import fr.vigie.model.ExitCode;
import fr.vigie.model.VigieException;
import fr.vigie.store.PartHeartbeats;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Watches, while the manager's ingest step waits for its workers, the partitions it sent: one whose worker
 * fell silent (no chunk committed, no heartbeat) for longer than the worker timeout, one whose worker beats
 * but read no row for that long (stuck), or one that no worker took while no partition made progress for
 * that long, is given up ({@link SilentPartitions} decides). Its step
 * execution is marked FAILED in the job repository, which ends Spring Batch's wait for it; the step then
 * fails, naming the partitions, once the living workers have finished theirs. A resumed run sends only the
 * partitions that did not complete.
 *
 * <p>Marking a step execution failed raises its version: a worker that was only cut off or stuck, not dead,
 * fails at its next chunk commit (optimistic locking), or before it opens the partition's files, rather than
 * writing on beside the resumed run.
 */
final class WorkerWatch implements StepExecutionListener {
    private static final Logger LOG = LoggerFactory.getLogger(WorkerWatch.class);
    private static final String PREFIX = PartitionedIngest.PART_STEP + ":";
    private static final PartHeartbeats.Beat NO_BEAT = new PartHeartbeats.Beat(0, 0);

    private final JobRepository repository;
    private final PartHeartbeats heartbeats;
    private final Duration timeout;
    private final String resumeCommand;
    private final List<SilentPartitions.Silence> givenUp = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService poller;

    /** {@code resumeCommand}: what the failure tells operators to run once workers are back. */
    WorkerWatch(JobRepository repository, PartHeartbeats heartbeats, Duration timeout, String resumeCommand) {
        this.repository = repository;
        this.heartbeats = heartbeats;
        this.timeout = timeout;
        this.resumeCommand = resumeCommand;
    }

    /** How often the partitions are looked at: a tenth of the timeout, between 1 and 10 seconds. */
    static Duration pollInterval(Duration timeout) {
        long millis = Math.max(1_000, Math.min(10_000, timeout.toMillis() / 10));
        return Duration.ofMillis(millis);
    }

    @Override
    public void beforeStep(StepExecution manager) {
        SilentPartitions decision = new SilentPartitions(timeout, Instant.now());
        long jobExecutionId = manager.getJobExecutionId();
        poller = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "vigie-worker-watch");
            thread.setDaemon(true);
            return thread;
        });
        long every = pollInterval(timeout).toMillis();
        poller.scheduleWithFixedDelay(() -> poll(decision, jobExecutionId), every, every, TimeUnit.MILLISECONDS);
    }

    private void poll(SilentPartitions decision, long jobExecutionId) {
        try {
            JobExecution job = repository.getJobExecution(jobExecutionId);
            Map<Long, PartHeartbeats.Beat> beats = heartbeats.beats();
            List<StepExecution> parts = job == null ? List.of() : job.getStepExecutions().stream()
                    .filter(step -> step.getStepName().startsWith(PREFIX)).toList();
            List<SilentPartitions.Sighting> sightings = new ArrayList<>();
            for (StepExecution part : parts) {
                sightings.add(sighting(part, beats.getOrDefault(part.getId(), NO_BEAT)));
            }
            for (SilentPartitions.Silence silence : decision.observe(Instant.now(), sightings)) {
                parts.stream().filter(part -> partition(part).equals(silence.partition())).findFirst()
                        .ifPresent(part -> giveUp(part.getId(), silence));
            }
        } catch (RuntimeException e) {
            // The store may be briefly away: the next poll looks again; Spring Batch's own wait reports a lost store.
            LOG.warn("Could not look at the workers' partitions: {}", StoreOutage.isCause(e)
                    ? StoreOutage.describe(e) : e.getClass().getSimpleName());
        }
    }

    private static SilentPartitions.Sighting sighting(StepExecution part, PartHeartbeats.Beat beat) {
        SilentPartitions.Stage stage;
        if (!part.getStatus().isRunning()) {
            stage = SilentPartitions.Stage.ENDED;
        } else if (part.getStatus() == BatchStatus.STARTING && beat.beats() == 0) {
            stage = SilentPartitions.Stage.WAITING;
        } else {
            stage = SilentPartitions.Stage.TAKEN;
        }
        return new SilentPartitions.Sighting(partition(part), stage, part.getVersion() == null ? 0 : part.getVersion(),
                beat.beats(), beat.rowsRead());
    }

    /** {@code part-0001} of {@code ingest-part:part-0001}. */
    private static String partition(StepExecution part) {
        return part.getStepName().substring(PREFIX.length());
    }

    /** Marks a silent partition failed, unless it moved meanwhile (then it is not silent). */
    private void giveUp(long id, SilentPartitions.Silence silence) {
        StepExecution part = repository.getStepExecution(id);
        if (part == null || !part.getStatus().isRunning()) {
            return;
        }
        String why = describe(silence);
        part.setStatus(BatchStatus.FAILED);
        part.setExitStatus(ExitStatus.FAILED.addExitDescription("given up by the manager: " + why));
        part.setEndTime(LocalDateTime.now());
        try {
            repository.update(part);
        } catch (OptimisticLockingFailureException moved) {
            return;
        }
        heartbeats.forget(id);
        givenUp.add(silence);
        LOG.warn("Gave up partition {}: {}; the run fails once the other partitions end", silence.partition(), why);
    }

    private static String describe(SilentPartitions.Silence silence) {
        String length = WorkerTimeout.display(silence.silent());
        return switch (silence.cause()) {
            case SILENT -> "its worker was silent for " + length;
            case STUCK -> "its worker was stuck: beating, but no row read for " + length;
            case UNTAKEN -> "no worker took it in " + length;
        };
    }

    @Override
    public ExitStatus afterStep(StepExecution manager) {
        if (poller != null) {
            poller.shutdownNow();
            awaitQuietly();
        }
        if (givenUp.isEmpty() || manager.getStatus() == BatchStatus.COMPLETED) {
            return null;
        }
        String message = message();
        manager.addFailureException(new VigieException(ExitCode.FAILED, message));
        return ExitStatus.FAILED.addExitDescription(message);
    }

    private void awaitQuietly() {
        try {
            poller.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Names each partition given up and its silence, and how to resume; no value of the data. */
    String message() {
        List<String> parts = givenUp.stream().sorted(java.util.Comparator.comparing(SilentPartitions.Silence::partition))
                .map(silence -> silence.partition() + " (" + describe(silence) + ")").toList();
        return "the ingest gave up " + (parts.size() == 1 ? "partition " : "partitions ") + String.join(", ", parts)
                + ", over the worker timeout of " + WorkerTimeout.display(timeout) + ". The partitions read are kept:"
                + " with 'vigie worker' running, resume the run with: " + resumeCommand;
    }
}
