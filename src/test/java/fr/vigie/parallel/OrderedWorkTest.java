package fr.vigie.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedWorkTest {
    /** Items of which the earlier take longer, so that on several threads the later ones are done first. */
    private static Integer slowFirst(int item) {
        try {
            Thread.sleep(10 - item % 10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return item * 2;
    }

    @Test
    void theSinkGetsTheResultsInTheOrderOfTheSourceWithAtMostTwoItemsPerThreadInFlight() {
        List<Integer> sunk = new ArrayList<>();
        AtomicInteger mostInFlight = new AtomicInteger();
        OrderedWork.<Integer, Integer>run("test", 3, push -> {
            for (int i = 0; i < 60; i++) {
                push.accept(i);
                mostInFlight.accumulateAndGet(i + 1 - sunk.size(), Math::max);
            }
        }, OrderedWorkTest::slowFirst, sunk::add);
        assertThat(sunk).containsExactlyElementsOf(IntStream.range(0, 60).map(i -> i * 2).boxed().toList());
        assertThat(mostInFlight.get()).isEqualTo(6);
    }

    @Test
    void theFirstFailureOfAWorkIsThrownAsItIsAndNothingAfterItReachesTheSink() {
        List<Integer> sunk = new ArrayList<>();
        IllegalArgumentException failure = new IllegalArgumentException("item 7");
        assertThatThrownBy(() -> OrderedWork.<Integer, Integer>run("test", 2, push -> {
            for (int i = 0; i < 40; i++) {
                push.accept(i);
            }
        }, item -> {
            if (item == 7) {
                throw failure;
            }
            return slowFirst(item);
        }, sunk::add)).isSameAs(failure);
        assertThat(sunk).containsExactly(0, 2, 4, 6, 8, 10, 12);
    }
}
