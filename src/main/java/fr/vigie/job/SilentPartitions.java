package fr.vigie.job;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which partitions sent to workers are to be given up, each for one {@link Cause}: a taken
 * partition whose worker has shown no sign of life (a heartbeat, a chunk committed) for longer than the
 * worker timeout (silent: dead or cut off); one whose worker beats on but whose partition made no progress
 * (no row read, no chunk committed) for that long (stuck: blocked on a hung read, a deadlock, a lock); and
 * a partition nobody took while no partition of the step made any progress for that long (no worker at
 * all, or all dead or stuck; a partition merely queued behind busy, living workers waits on).
 *
 * <p>Times are this process's own, taken when a change is first seen: the workers' clocks, which may
 * disagree with the manager's, are never compared with it. Pure: fed what the job repository and the
 * heartbeats said at each poll.
 */
final class SilentPartitions {

    /** Where a partition stands, as the manager sees it. */
    enum Stage {
        /** Sent, not taken by any worker yet. */
        WAITING,
        /** A worker took it (it beats, or its step execution started) and has not finished it. */
        TAKEN,
        /** Its step execution ended, whatever its status. */
        ENDED
    }

    /** Why a partition is given up. */
    enum Cause {
        /** No worker took it, and no partition of the step made progress. */
        UNTAKEN,
        /** Taken, and its worker stopped beating. */
        SILENT,
        /** Taken, its worker beats, but it reads no row. */
        STUCK
    }

    /**
     * One partition at one poll.
     *
     * @param version  the version of its step execution, which each chunk commit raises
     * @param beats    how many heartbeats its worker has written (0: none)
     * @param rowsRead how many rows its worker has read, as its last heartbeat said
     */
    record Sighting(String partition, Stage stage, long version, long beats, long rowsRead) {
    }

    /**
     * A partition given up.
     *
     * @param silent how long nothing was seen of it (silent), it made no progress (stuck), or no partition
     *               made any (untaken)
     */
    record Silence(String partition, Cause cause, Duration silent) {
    }

    /** What was last seen of a partition, since when nothing of it changed, and since when it made no progress. */
    private record Seen(Sighting sighting, Instant since, Instant progressSince) {
        boolean progressed(Sighting now) {
            return sighting.stage() != now.stage() || sighting.version() != now.version()
                    || sighting.rowsRead() != now.rowsRead();
        }
    }

    private final Duration timeout;
    private final Map<String, Seen> seen = new HashMap<>();
    private Instant lastProgress;

    /** {@code start}: when the partitions were sent, the first moment silence is counted from. */
    SilentPartitions(Duration timeout, Instant start) {
        this.timeout = timeout;
        this.lastProgress = start;
    }

    /** Records what a poll saw at {@code now}, and returns the partitions to give up. */
    List<Silence> observe(Instant now, Collection<Sighting> sightings) {
        for (Sighting sighting : sightings) {
            Seen before = seen.get(sighting.partition());
            if (before == null) {
                seen.put(sighting.partition(), new Seen(sighting, now, now));
                // A partition first seen waiting is not progress: only what workers do is.
                if (sighting.stage() != Stage.WAITING) {
                    lastProgress = later(lastProgress, now);
                }
            } else if (before.progressed(sighting)) {
                seen.put(sighting.partition(), new Seen(sighting, now, now));
                lastProgress = later(lastProgress, now);
            } else if (before.sighting().beats() != sighting.beats()) {
                // A beat is a sign of life, not of progress: a stuck worker beats on.
                seen.put(sighting.partition(), new Seen(sighting, now, before.progressSince()));
            }
        }
        List<Silence> silences = new ArrayList<>();
        for (Sighting sighting : sightings) {
            Silence silence = silence(sighting.partition(), sighting.stage(), seen.get(sighting.partition()), now);
            if (silence != null) {
                silences.add(silence);
            }
        }
        return silences;
    }

    /** Why a partition is to be given up, or null. A worker that stopped beating is silent rather than stuck. */
    private Silence silence(String partition, Stage stage, Seen last, Instant now) {
        Duration silent = Duration.between(last.since(), now);
        Duration still = Duration.between(last.progressSince(), now);
        Duration untaken = Duration.between(later(lastProgress, last.since()), now);
        return switch (stage) {
            case TAKEN -> silent.compareTo(timeout) > 0 ? new Silence(partition, Cause.SILENT, silent)
                    : still.compareTo(timeout) > 0 ? new Silence(partition, Cause.STUCK, still) : null;
            case WAITING -> untaken.compareTo(timeout) > 0 ? new Silence(partition, Cause.UNTAKEN, untaken) : null;
            case ENDED -> null;
        };
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
