package fr.vigie.job;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which partitions sent to workers are to be given up: a taken partition whose worker has shown no
 * sign of life (a chunk committed, a heartbeat) for longer than the worker timeout, and a partition nobody
 * took while no partition of the step showed any sign of life for that long (no worker at all, or all dead;
 * a partition merely queued behind busy, living workers waits on).
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

    /**
     * One partition at one poll.
     *
     * @param version the version of its step execution, which each chunk commit raises
     * @param beats   how many heartbeats its worker has written (0: none)
     */
    record Sighting(String partition, Stage stage, long version, long beats) {
    }

    /**
     * A partition given up.
     *
     * @param taken  whether a worker had taken it (then it fell silent), or none ever did
     * @param silent how long nothing was seen of it (taken) or of any partition (not taken)
     */
    record Silence(String partition, boolean taken, Duration silent) {
    }

    private record Seen(Stage stage, long version, long beats, Instant since) {
    }

    private final Duration timeout;
    private final Map<String, Seen> seen = new HashMap<>();
    private Instant lastActivity;

    /** {@code start}: when the partitions were sent, the first moment silence is counted from. */
    SilentPartitions(Duration timeout, Instant start) {
        this.timeout = timeout;
        this.lastActivity = start;
    }

    /** Records what a poll saw at {@code now}, and returns the partitions silent for longer than the timeout. */
    List<Silence> observe(Instant now, Collection<Sighting> sightings) {
        for (Sighting sighting : sightings) {
            Seen before = seen.get(sighting.partition());
            if (before == null || before.stage() != sighting.stage() || before.version() != sighting.version()
                    || before.beats() != sighting.beats()) {
                seen.put(sighting.partition(), new Seen(sighting.stage(), sighting.version(), sighting.beats(), now));
                // A partition first seen waiting is not a sign of life: only what workers do is.
                if (before != null || sighting.stage() != Stage.WAITING) {
                    lastActivity = later(lastActivity, now);
                }
            }
        }
        List<Silence> silences = new ArrayList<>();
        for (Sighting sighting : sightings) {
            Seen last = seen.get(sighting.partition());
            Duration silent = switch (sighting.stage()) {
                case TAKEN -> Duration.between(last.since(), now);
                case WAITING -> Duration.between(later(lastActivity, last.since()), now);
                case ENDED -> Duration.ZERO;
            };
            if (sighting.stage() != Stage.ENDED && silent.compareTo(timeout) > 0) {
                silences.add(new Silence(sighting.partition(), sighting.stage() == Stage.TAKEN, silent));
            }
        }
        return silences;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
