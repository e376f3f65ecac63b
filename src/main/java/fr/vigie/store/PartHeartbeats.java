package fr.vigie.store;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The heartbeats of partitions read by worker processes, by step execution id. A table of its own, so that a
 * worker's beats never touch the step execution that Spring Batch updates (with optimistic locking) at each
 * chunk commit. Each beat carries the rows the worker has read in its partition so far, so that the manager
 * tells a worker that reads on from one that beats while its reading is stuck.
 */
public class PartHeartbeats {
    /** What the last heartbeat of a partition said: how many beats so far, and the rows read then. */
    public record Beat(long beats, long rowsRead) {
    }

    private final JdbcClient jdbc;

    public PartHeartbeats(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Raises the count of a partition's beats and records its rows read so far (the first beat creates it). */
    public void beat(long stepExecutionId, long rowsRead) {
        Instant now = Instant.now();
        if (raise(stepExecutionId, rowsRead, now)) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO vigie_part_heartbeat (step_execution_id, beats, rows_read, beat_at)"
                    + " VALUES (?, 1, ?, ?)")
                    .params(stepExecutionId, rowsRead, RunRepository.timestamp(now)).update();
        } catch (DuplicateKeyException created) {
            raise(stepExecutionId, rowsRead, now);
        }
    }

    private boolean raise(long stepExecutionId, long rowsRead, Instant now) {
        return jdbc.sql("UPDATE vigie_part_heartbeat SET beats = beats + 1, rows_read = ?, beat_at = ?"
                + " WHERE step_execution_id = ?")
                .params(rowsRead, RunRepository.timestamp(now), stepExecutionId).update() == 1;
    }

    /** The last beat of every partition being read (only those rows exist: ended partitions are forgotten). */
    public Map<Long, Beat> beats() {
        Map<Long, Beat> beats = new HashMap<>();
        jdbc.sql("SELECT step_execution_id, beats, rows_read FROM vigie_part_heartbeat").query(row -> {
            beats.put(row.getLong(1), new Beat(row.getLong(2), row.getLong(3)));
        });
        return beats;
    }

    /** Forgets a partition's beats: it ended, or its manager gave it up. */
    public void forget(long stepExecutionId) {
        jdbc.sql("DELETE FROM vigie_part_heartbeat WHERE step_execution_id = ?").param(stepExecutionId).update();
    }
}
