package fr.vigie.job;

import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.boot.convert.DurationStyle;

/**
 * How long a partition sent to {@code vigie worker} processes may make no progress before the manager gives
 * it up ({@code workerTimeout:} in the job file, {@code vigie run --worker-timeout}). A worker beats every
 * {@link #HEARTBEAT} while it reads a partition, each beat carrying the rows read: silence means a dead or
 * unreachable worker, never a slow chunk; beats without a row read, a stuck one. The shortest timeout leaves
 * room for several missed beats.
 */
public final class WorkerTimeout {
    /** Without {@code workerTimeout:}: long enough for a paused JVM or a failing-over database. */
    public static final Duration DEFAULT = Duration.ofMinutes(5);
    /** How often a worker tells the store that it is still reading its partition. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(2);
    public static final Duration MIN = Duration.ofSeconds(10);
    public static final Duration MAX = Duration.ofHours(24);
    private static final Pattern BARE_NUMBER = Pattern.compile("\\s*[+-]?\\d+\\s*");

    private WorkerTimeout() {
    }

    /**
     * Reads a timeout such as {@code 30s}, {@code 5m}, {@code 1h} or {@code PT5M}.
     *
     * @throws IllegalArgumentException saying in one sentence what is wrong (the text is harmless to repeat)
     */
    public static Duration parse(String text) {
        String expected = "expected a duration with its unit, such as 30s, 5m or 1h";
        if (text == null || text.isBlank() || BARE_NUMBER.matcher(text).matches()) {
            throw new IllegalArgumentException(expected);
        }
        Duration timeout;
        try {
            timeout = DurationStyle.detectAndParse(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(expected);
        }
        if (timeout.compareTo(MIN) < 0 || timeout.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("must be between " + display(MIN) + " (a worker beats every "
                    + display(HEARTBEAT) + ") and " + display(MAX));
        }
        return timeout;
    }

    /**
     * A duration as people read it: {@code 5m 3s}, {@code 12s}, {@code 1h}; rounded up to the second, so
     * that a silence over the timeout never reads as equal to it.
     */
    public static String display(Duration duration) {
        long seconds = Math.max(0, (duration.toMillis() + 999) / 1000);
        StringBuilder text = new StringBuilder();
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long rest = seconds % 60;
        if (hours > 0) {
            text.append(hours).append('h');
        }
        if (minutes > 0) {
            text.append(text.isEmpty() ? "" : " ").append(minutes).append('m');
        }
        if (rest > 0 || text.isEmpty()) {
            text.append(text.isEmpty() ? "" : " ").append(rest).append('s');
        }
        return text.toString();
    }
}
