package fr.vigie.schedule;

import fr.vigie.job.JobDefinition;
import fr.vigie.job.JobFiles;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.store.RunRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduler's decisions that need no store: missed runs and job-file change detection. */
class SchedulerTest {
    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    @TempDir
    Path dir;

    private final Scheduler scheduler = new Scheduler(null, null, null, null,
            Clock.fixed(NOW, ZoneId.of("Europe/Paris")), 1, null);

    private static JobDefinition job(JobDefinition.MissedRuns policy) {
        return new JobDefinition(Path.of("jobs/j.yml"), "j", "d", "", "p", null, null,
                new JobDefinition.Schedule(JobFiles.toSpringCron("30 2 * * *"), policy), 0.01, Map.of(),
                JobDefinition.Bias.disabled(), List.of(), 1);
    }

    private static RunRecord lastRunStartedAt(String instant) {
        return new RunRecord("j-1", "j", Instant.parse(instant), null, "COMPLETED", 0, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void aRunOlderThanTheLastFireTimeWasMissedAndIsCaughtUpWhenThePolicySaysSo() {
        RunRecord yesterday = lastRunStartedAt("2026-11-22T01:30:05Z");
        assertThat(scheduler.missed(job(JobDefinition.MissedRuns.RUN_ONCE), yesterday, NOW)).isTrue();
        assertThat(scheduler.missed(job(JobDefinition.MissedRuns.SKIP), yesterday, NOW)).isFalse();
    }

    @Test
    void aRunAfterTheLastFireTimeWasNotMissed() {
        assertThat(scheduler.missed(job(JobDefinition.MissedRuns.RUN_ONCE), lastRunStartedAt("2026-11-23T01:30:02Z"),
                NOW)).isFalse();
    }

    @Test
    void aJobThatNeverRanHasNoMissedRun() {
        assertThat(scheduler.missed(job(JobDefinition.MissedRuns.RUN_ONCE), null, NOW)).isFalse();
    }

    @Test
    void theJobFilesFingerprintChangesWhenAFileIsEditedAddedOrRemoved() throws IOException {
        Path a = dir.resolve("a.yml");
        Files.writeString(a, "id: a\n");
        String first = Scheduler.fingerprint(dir);
        Files.writeString(a, "id: a\npurpose: changed\n");
        String edited = Scheduler.fingerprint(dir);
        Files.writeString(dir.resolve("b.yml"), "id: b\n");
        String added = Scheduler.fingerprint(dir);
        assertThat(List.of(first, edited, added)).doesNotHaveDuplicates();
        assertThat(Scheduler.fingerprint(dir)).isEqualTo(added);
    }
}
