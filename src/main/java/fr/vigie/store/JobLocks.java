package fr.vigie.store;

import java.time.Duration;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One holder per job at a time, across processes sharing the store: two schedulers never run the same
 * job at once. A lock expires unless its holder renews it, so a holder that dies releases it.
 */
public class JobLocks {
    private final JdbcClient jdbc;

    public JobLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the lock if it is free or expired; returns whether we hold it now. */
    public boolean tryAcquire(String jobId, String holder, Duration ttl) {
        Instant now = Instant.now();
        int taken = jdbc.sql("UPDATE vigie_job_lock SET holder = ?, acquired_at = ?, expires_at = ?"
                + " WHERE job_id = ? AND expires_at < ?")
                .params(holder, RunRepository.timestamp(now), RunRepository.timestamp(now.plus(ttl)), jobId,
                        RunRepository.timestamp(now))
                .update();
        if (taken == 1) {
            return true;
        }
        try {
            jdbc.sql("INSERT INTO vigie_job_lock (job_id, holder, acquired_at, expires_at) VALUES (?, ?, ?, ?)")
                    .params(jobId, holder, RunRepository.timestamp(now), RunRepository.timestamp(now.plus(ttl)))
                    .update();
            return true;
        } catch (DuplicateKeyException held) {
            return false;
        }
    }

    /** The current holder of a job's lock, live or expired, if any. */
    public java.util.Optional<String> holder(String jobId) {
        return jdbc.sql("SELECT holder FROM vigie_job_lock WHERE job_id = ?").param(jobId).query(String.class).optional();
    }

    /** Takes over a lock from a holder known to be dead; false if the holder changed meanwhile. */
    public boolean takeOver(String jobId, String deadHolder, String holder, Duration ttl) {
        Instant now = Instant.now();
        return jdbc.sql("UPDATE vigie_job_lock SET holder = ?, acquired_at = ?, expires_at = ?"
                + " WHERE job_id = ? AND holder = ?")
                .params(holder, RunRepository.timestamp(now), RunRepository.timestamp(now.plus(ttl)), jobId, deadHolder)
                .update() == 1;
    }

    /** Extends a lock we hold; false if we lost it (it expired and another holder took it). */
    public boolean renew(String jobId, String holder, Duration ttl) {
        return jdbc.sql("UPDATE vigie_job_lock SET expires_at = ? WHERE job_id = ? AND holder = ?")
                .params(RunRepository.timestamp(Instant.now().plus(ttl)), jobId, holder).update() == 1;
    }

    public void release(String jobId, String holder) {
        jdbc.sql("DELETE FROM vigie_job_lock WHERE job_id = ? AND holder = ?").params(jobId, holder).update();
    }

    /** Whether someone holds a live lock on the job. */
    public boolean isHeld(String jobId) {
        return jdbc.sql("SELECT COUNT(*) FROM vigie_job_lock WHERE job_id = ? AND expires_at >= ?")
                .params(jobId, RunRepository.timestamp(Instant.now())).query(Long.class).single() > 0;
    }
}
