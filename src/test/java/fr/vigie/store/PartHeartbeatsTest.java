package fr.vigie.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The heartbeats of partitions read by workers, on H2 and on a real PostgreSQL server. */
class PartHeartbeatsTest {
    @TempDir
    Path tempDir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.vigie.store.StoreTestSupport#vendors")
    void eachBeatRaisesItsPartitionsCountUntilItIsForgotten(String vendor) {
        PartHeartbeats heartbeats = new PartHeartbeats(StoreTestSupport.store(vendor, tempDir).jdbc());
        assertThat(heartbeats.beats()).isEmpty();
        heartbeats.beat(41);
        heartbeats.beat(42);
        heartbeats.beat(42);
        heartbeats.beat(42);
        assertThat(heartbeats.beats()).containsOnly(java.util.Map.entry(41L, 1L), java.util.Map.entry(42L, 3L));
        heartbeats.forget(42);
        assertThat(heartbeats.beats()).containsOnlyKeys(41L);
        heartbeats.beat(42);
        assertThat(heartbeats.beats().get(42L)).as("a partition read again starts over").isEqualTo(1L);
    }
}
