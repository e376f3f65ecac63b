package fr.vigie.store;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The heartbeats of partitions read by worker processes, by step execution id. A table of its own, so that a
 * worker's beats never touch the step execution that Spring Batch updates (with optimistic locking) at each
 * chunk commit.
 */
public class PartHeartbeats {
    private final JdbcClient jdbc;

    public PartHeartbeats(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Raises the count of a partition's beats (the first beat creates it). */
    public void beat(long stepExecutionId) {
        Instant now = Instant.now();
        if (raise(stepExecutionId, now)) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO vigie_part_heartbeat (step_execution_id, beats, beat_at) VALUES (?, 1, ?)")
                    .params(stepExecutionId, RunRepository.timestamp(now)).update();
        } catch (DuplicateKeyException created) {
            raise(stepExecutionId, now);
        }
    }

    private boolean raise(long stepExecutionId, Instant now) {
        return jdbc.sql("UPDATE vigie_part_heartbeat SET beats = beats + 1, beat_at = ? WHERE step_execution_id = ?")
                .params(RunRepository.timestamp(now), stepExecutionId).update() == 1;
    }

    /** The beats of every partition being read (only those rows exist: ended partitions are forgotten). */
    public Map<Long, Long> beats() {
        Map<Long, Long> beats = new HashMap<>();
        for (Map.Entry<Long, Long> row : jdbc.sql("SELECT step_execution_id, beats FROM vigie_part_heartbeat")
                .query((result, n) -> Map.entry(result.getLong(1), result.getLong(2))).list()) {
            beats.put(row.getKey(), row.getValue());
        }
        return beats;
    }

    /** Forgets a partition's beats: it ended, or its manager gave it up. */
    public void forget(long stepExecutionId) {
        jdbc.sql("DELETE FROM vigie_part_heartbeat WHERE step_execution_id = ?").param(stepExecutionId).update();
    }
}
