package fr.vigie.schedule;

import fr.vigie.job.JobFiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CronScheduleTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final CronSchedule nightly = new CronSchedule(JobFiles.toSpringCron("30 2 * * *"), PARIS);

    @Test
    void firesNextAtTheCronTimeInTheSchedulersZone() {
        assertThat(nightly.next(Instant.parse("2026-11-23T10:00:00Z"))).isEqualTo(Instant.parse("2026-11-24T01:30:00Z"));
    }

    @Test
    void findsTheLastFireTimeAtOrBeforeNow() {
        assertThat(nightly.previous(Instant.parse("2026-11-23T10:00:00Z"))).isEqualTo(Instant.parse("2026-11-23T01:30:00Z"));
        assertThat(nightly.previous(Instant.parse("2026-11-23T01:30:00Z"))).isEqualTo(Instant.parse("2026-11-23T01:30:00Z"));
    }

    @Test
    void hasNoPreviousFireTimeBeyondTheLookback() {
        CronSchedule yearly = new CronSchedule(JobFiles.toSpringCron("0 0 1 1 *"), PARIS);
        assertThat(yearly.previous(Instant.parse("2026-11-23T10:00:00Z"))).isNull();
    }
}
