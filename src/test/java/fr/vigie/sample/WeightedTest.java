package fr.vigie.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WeightedTest {

    @Test
    void drawsValuesInProportionToTheirWeightsAndNeverAZeroWeight() {
        Weighted<String> w = Weighted.of(List.of("a", "never", "b", "c"), 1, 0, 3, 6);
        SplittableRandom random = new SplittableRandom(1);
        Map<String, Integer> counts = new HashMap<>();
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            counts.merge(w.draw(random), 1, Integer::sum);
        }
        assertThat(counts).doesNotContainKey("never");
        assertThat(counts.get("a") / (double) n).isCloseTo(0.1, within(0.01));
        assertThat(counts.get("b") / (double) n).isCloseTo(0.3, within(0.01));
        assertThat(counts.get("c") / (double) n).isCloseTo(0.6, within(0.01));
    }
}
