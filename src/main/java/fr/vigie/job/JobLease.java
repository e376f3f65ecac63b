package fr.vigie.job;

import fr.vigie.model.ExitCode;
import fr.vigie.model.VigieException;
import fr.vigie.store.JobLocks;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The right to run one job, held in the store's database for as long as a run lasts: a second
 * process (another scheduler, a cron line, an engineer's {@code --resume}) cannot start or take over
 * the same job meanwhile. Renewed in the background; a holder that dies stops renewing and the lease
 * expires, so a dead run can be resumed.
 */
public final class JobLease implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JobLease.class);
    static final Duration TTL = Duration.ofMinutes(2);
    static final Duration HEARTBEAT = Duration.ofSeconds(30);
    /** One identity per process and lease, so that two leases of one process never pass for each other. */
    private static final String PROCESS = ManagementFactory.getRuntimeMXBean().getName();

    private final JobLocks locks;
    private final String jobId;
    private final String holder;
    private final ScheduledExecutorService heartbeat;

    private JobLease(JobLocks locks, String jobId, String holder) {
        this.locks = locks;
        this.jobId = jobId;
        this.holder = holder;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lease-" + jobId);
            t.setDaemon(true);
            return t;
        });
        heartbeat.scheduleAtFixedRate(this::renew, HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Takes the lease of a job, or fails with {@link JobBusyException} when a live run holds it. */
    static JobLease acquire(JobLocks locks, String jobId) {
        String holder = PROCESS + "/" + UUID.randomUUID();
        if (!locks.tryAcquire(jobId, holder, TTL)) {
            String current = locks.holder(jobId).orElse(null);
            // A holder on this machine whose process is gone (killed, or stopped by a database outage
            // before it could release) need not be waited for.
            if (current == null || !deadOnThisHost(current) || !locks.takeOver(jobId, current, holder, TTL)) {
                throw new JobBusyException(jobId);
            }
            LOG.info("Job {}: took over the lease of process {}, which is no longer running", jobId, current);
        }
        return new JobLease(locks, jobId, holder);
    }

    /** Whether a holder ({@code pid@host/uuid}) names a process of this host that no longer runs. */
    static boolean deadOnThisHost(String holder) {
        int at = holder.indexOf('@');
        int slash = holder.indexOf('/', at + 1);
        if (at < 1 || slash < 0) {
            return false;
        }
        String host = holder.substring(at + 1, slash);
        String thisHost = PROCESS.substring(PROCESS.indexOf('@') + 1);
        try {
            long pid = Long.parseLong(holder.substring(0, at));
            return host.equals(thisHost) && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void renew() {
        // A periodic task that throws is cancelled for good: a database blip must not end the heartbeat.
        try {
            if (!locks.renew(jobId, holder, TTL)) {
                LOG.error("Job {}: the run lost its lease (expired); another process may take the job over", jobId);
            }
        } catch (RuntimeException e) {
            LOG.warn("Job {}: lease not renewed this time ({})", jobId, e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        try {
            locks.release(jobId, holder);
        } catch (RuntimeException e) {
            LOG.warn("Job {}: lease not released ({}); it expires within {}", jobId, e.getClass().getSimpleName(), TTL);
        }
    }

    /** A live run of the job holds its lease. */
    public static final class JobBusyException extends VigieException {
        JobBusyException(String jobId) {
            super(ExitCode.FAILED, "job " + jobId + " is being run by another process (see vigie runs); not started");
        }
    }
}
