package fr.vigie.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The heartbeats of partitions read by workers, on H2 and on a real PostgreSQL server. */
class PartHeartbeatsTest {
    @TempDir
    Path tempDir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.vigie.store.StoreTestSupport#vendors")
    void eachBeatRaisesItsPartitionsCountAndCarriesItsRowsReadUntilItIsForgotten(String vendor) {
        PartHeartbeats heartbeats = new PartHeartbeats(StoreTestSupport.store(vendor, tempDir).jdbc());
        assertThat(heartbeats.beats()).isEmpty();
        heartbeats.beat(41, 0);
        heartbeats.beat(42, 0);
        heartbeats.beat(42, 5_000);
        heartbeats.beat(42, 12_000_000_000L);
        assertThat(heartbeats.beats()).containsOnly(Map.entry(41L, new PartHeartbeats.Beat(1, 0)),
                Map.entry(42L, new PartHeartbeats.Beat(3, 12_000_000_000L)));
        heartbeats.forget(42);
        assertThat(heartbeats.beats()).containsOnlyKeys(41L);
        heartbeats.beat(42, 7);
        assertThat(heartbeats.beats().get(42L)).as("a partition read again starts over")
                .isEqualTo(new PartHeartbeats.Beat(1, 7));
    }
}
