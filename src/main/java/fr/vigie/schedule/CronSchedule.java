package fr.vigie.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.scheduling.support.CronExpression;

/** When a job's cron fires, in the scheduler's time zone. */
final class CronSchedule {
    /** How far back a missed run is looked for: older misses are not caught up. */
    static final Duration LOOKBACK = Duration.ofDays(7);

    private final CronExpression cron;
    private final ZoneId zone;

    CronSchedule(String cron, ZoneId zone) {
        this.cron = CronExpression.parse(cron);
        this.zone = zone;
    }

    /** The first fire time strictly after {@code after}, or null if the expression never fires again. */
    Instant next(Instant after) {
        ZonedDateTime next = cron.next(after.atZone(zone));
        return next == null ? null : next.toInstant();
    }

    /** The last fire time at or before {@code at} within {@link #LOOKBACK}, or null. */
    Instant previous(Instant at) {
        Instant last = null;
        Instant candidate = next(at.minus(LOOKBACK));
        while (candidate != null && !candidate.isAfter(at)) {
            last = candidate;
            candidate = next(candidate);
        }
        return last;
    }
}
