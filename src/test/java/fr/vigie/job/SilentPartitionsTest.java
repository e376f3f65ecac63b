package fr.vigie.job;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.job.SilentPartitions.Cause;
import fr.vigie.job.SilentPartitions.Sighting;
import fr.vigie.job.SilentPartitions.Silence;
import fr.vigie.job.SilentPartitions.Stage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SilentPartitionsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Instant T0 = Instant.parse("2026-12-06T01:00:00Z");

    private final SilentPartitions decision = new SilentPartitions(TIMEOUT, T0);

    private static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }

    /** A partition whose worker reads on: as many rows read as beats, for short. */
    private static Sighting taken(String partition, long version, long beats) {
        return taken(partition, version, beats, beats * 1_000);
    }

    private static Sighting taken(String partition, long version, long beats, long rowsRead) {
        return new Sighting(partition, Stage.TAKEN, version, beats, rowsRead);
    }

    private static Sighting waiting(String partition) {
        return new Sighting(partition, Stage.WAITING, 0, 0, 0);
    }

    private static Sighting ended(String partition, long version) {
        return new Sighting(partition, Stage.ENDED, version, 0, 0);
    }

    private static Silence silent(String partition, int seconds) {
        return new Silence(partition, Cause.SILENT, Duration.ofSeconds(seconds));
    }

    private static Silence stuck(String partition, int seconds) {
        return new Silence(partition, Cause.STUCK, Duration.ofSeconds(seconds));
    }

    private static Silence untaken(String partition, int seconds) {
        return new Silence(partition, Cause.UNTAKEN, Duration.ofSeconds(seconds));
    }

    @Test
    void aTakenPartitionWhoseBeatsStopIsGivenUpOnceSilentLongerThanTheTimeout() {
        decision.observe(at(1), List.of(taken("part-0000", 2, 1), taken("part-0001", 2, 1)));
        decision.observe(at(10), List.of(taken("part-0000", 2, 5), taken("part-0001", 2, 5)));
        // part-0001's worker dies after its fifth beat; part-0000's goes on beating.
        assertThat(decision.observe(at(40), List.of(taken("part-0000", 3, 20), taken("part-0001", 2, 5))))
                .as("30 s silent is not over the timeout").isEmpty();
        assertThat(decision.observe(at(41), List.of(taken("part-0000", 3, 21), taken("part-0001", 2, 5))))
                .containsExactly(silent("part-0001", 31));
    }

    @Test
    void aChunkCommitWithoutBeatsIsASignOfLifeToo() {
        decision.observe(at(0), List.of(taken("part-0000", 1, 0, 0)));
        assertThat(decision.observe(at(25), List.of(taken("part-0000", 2, 0, 0)))).isEmpty();
        assertThat(decision.observe(at(50), List.of(taken("part-0000", 3, 0, 0)))).isEmpty();
        assertThat(decision.observe(at(81), List.of(taken("part-0000", 3, 0, 0))))
                .containsExactly(silent("part-0000", 31));
    }

    @Test
    void aPartitionQueuedBehindLivingWorkersWaitsWhateverTheTime() {
        for (int second = 0; second <= 300; second += 10) {
            assertThat(decision.observe(at(second), List.of(taken("part-0000", 1, second), waiting("part-0001"))))
                    .as("at %d s", second).isEmpty();
        }
    }

    @Test
    void partitionsNobodyTakesAreGivenUpOnceNothingMovedForTheTimeout() {
        assertThat(decision.observe(at(1), List.of(waiting("part-0000"), waiting("part-0001")))).isEmpty();
        assertThat(decision.observe(at(30), List.of(waiting("part-0000"), waiting("part-0001")))).isEmpty();
        assertThat(decision.observe(at(32), List.of(waiting("part-0000"), waiting("part-0001"))))
                .containsExactly(untaken("part-0000", 31),
                        untaken("part-0001", 31));
    }

    @Test
    void whenTheOnlyWorkerDiesItsPartitionAndThoseQueuedBehindItAreGivenUpTogether() {
        decision.observe(at(1), List.of(taken("part-0000", 1, 1), waiting("part-0001")));
        decision.observe(at(5), List.of(taken("part-0000", 2, 3), waiting("part-0001")));
        assertThat(decision.observe(at(36), List.of(taken("part-0000", 2, 3), waiting("part-0001"))))
                .containsExactly(silent("part-0000", 31),
                        untaken("part-0001", 31));
    }

    @Test
    void endedPartitionsAreNeverGivenUpAndTheirEndIsASignOfLife() {
        decision.observe(at(1), List.of(taken("part-0000", 1, 1), waiting("part-0001")));
        decision.observe(at(20), List.of(ended("part-0000", 9), waiting("part-0001")));
        assertThat(decision.observe(at(45), List.of(ended("part-0000", 9), waiting("part-0001"))))
                .as("the worker that ended part-0000 at 20 s may take part-0001 yet").isEmpty();
        assertThat(decision.observe(at(51), List.of(ended("part-0000", 9), waiting("part-0001"))))
                .containsExactly(untaken("part-0001", 31));
    }

    @Test
    void aPartitionTakenLateCountsItsSilenceFromWhenItWasTaken() {
        decision.observe(at(1), List.of(taken("part-0000", 1, 1), waiting("part-0001")));
        for (int second = 2; second <= 60; second += 2) {
            decision.observe(at(second), List.of(taken("part-0000", 1, second), waiting("part-0001")));
        }
        decision.observe(at(62), List.of(ended("part-0000", 5), taken("part-0001", 1, 1)));
        assertThat(decision.observe(at(92), List.of(ended("part-0000", 5),
                taken("part-0001", 1, 1)))).isEmpty();
        assertThat(decision.observe(at(93), List.of(ended("part-0000", 5),
                taken("part-0001", 1, 1)))).containsExactly(silent("part-0001", 31));
    }

    @Test
    void aWorkerThatBeatsButReadsNoRowIsGivenUpAsStuckOnceItsRowsStoodStillLongerThanTheTimeout() {
        decision.observe(at(1), List.of(taken("part-0000", 2, 1, 0), taken("part-0001", 2, 1, 0)));
        decision.observe(at(10), List.of(taken("part-0000", 2, 5, 4_000), taken("part-0001", 2, 5, 4_000)));
        // part-0001's reading blocks (a hung mount) after 4,000 rows; its heartbeat thread beats on.
        assertThat(decision.observe(at(40), List.of(taken("part-0000", 3, 20, 19_000),
                taken("part-0001", 2, 20, 4_000)))).as("30 s without a row is not over the timeout").isEmpty();
        assertThat(decision.observe(at(41), List.of(taken("part-0000", 3, 21, 20_000),
                taken("part-0001", 2, 21, 4_000)))).containsExactly(stuck("part-0001", 31));
    }

    @Test
    void aWorkerReadingRowsIsAliveHoweverLongItsPartitionTakesAndItsChunksWait() {
        for (int second = 0; second <= 600; second += 10) {
            assertThat(decision.observe(at(second), List.of(taken("part-0000", 2, second / 2, second * 50L))))
                    .as("at %d s: rows read move, no chunk committed yet", second).isEmpty();
        }
    }

    @Test
    void aWorkerStuckBeforeItsFirstRowIsStuckFromWhenItTookThePartition() {
        decision.observe(at(1), List.of(waiting("part-0000")));
        decision.observe(at(5), List.of(taken("part-0000", 1, 1, 0)));
        for (int second = 7; second <= 35; second += 2) {
            assertThat(decision.observe(at(second), List.of(taken("part-0000", 1, second, 0)))).isEmpty();
        }
        assertThat(decision.observe(at(36), List.of(taken("part-0000", 1, 36, 0))))
                .containsExactly(stuck("part-0000", 31));
    }

    @Test
    void aWorkerThatStopsBeatingIsSilentNotStuckThoughItsRowsStoodStillToo() {
        decision.observe(at(1), List.of(taken("part-0000", 1, 1, 100)));
        decision.observe(at(20), List.of(taken("part-0000", 1, 9, 100)));
        assertThat(decision.observe(at(51), List.of(taken("part-0000", 1, 9, 100))))
                .as("no beat for 31 s: the cause that says more").containsExactly(silent("part-0000", 31));
    }

    @Test
    void theBeatsOfAStuckWorkerDoNotKeepThePartitionsQueuedBehindItWaiting() {
        decision.observe(at(1), List.of(taken("part-0000", 1, 1, 0), waiting("part-0001")));
        for (int second = 3; second <= 31; second += 2) {
            decision.observe(at(second), List.of(taken("part-0000", 1, second, 0), waiting("part-0001")));
        }
        assertThat(decision.observe(at(32), List.of(taken("part-0000", 1, 32, 0), waiting("part-0001"))))
                .containsExactly(stuck("part-0000", 31), untaken("part-0001", 31));
    }
}
