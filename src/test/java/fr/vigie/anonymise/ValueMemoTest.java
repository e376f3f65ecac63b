package fr.vigie.anonymise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ValueMemoTest {
    @Test
    void transformsEachValueOnceWhileItHasRoomAndEveryValueRightPastIt() {
        AtomicInteger calls = new AtomicInteger();
        UnaryOperator<String> memo = ValueMemo.of(v -> {
            calls.incrementAndGet();
            return "p-" + v;
        });
        for (int pass = 0; pass < 2; pass++) {
            for (int v = 0; v < 10; v++) {
                assertThat(memo.apply("v" + v)).isEqualTo("p-v" + v);
            }
        }
        assertThat(calls).hasValue(10);

        for (int v = 0; v < ValueMemo.CAPACITY + 100; v++) {
            assertThat(memo.apply("w" + v)).isEqualTo("p-w" + v);
        }
        int before = calls.get();
        assertThat(memo.apply("w" + (ValueMemo.CAPACITY + 50))).isEqualTo("p-w" + (ValueMemo.CAPACITY + 50));
        assertThat(calls.get()).as("a value met past the capacity is transformed again").isEqualTo(before + 1);
        assertThat(memo.apply("v3")).isEqualTo("p-v3");
        assertThat(calls.get()).as("a value remembered stays remembered").isEqualTo(before + 1);
    }

    @Test
    void stopsLookingUpAColumnOfAValuePerRowAndKeepsAColumnOfFrequentValues() {
        AtomicInteger calls = new AtomicInteger();
        ValueMemo distinct = ValueMemo.of(v -> {
            calls.incrementAndGet();
            return "p-" + v;
        });
        for (int v = 0; v < 3 * ValueMemo.CAPACITY; v++) {
            assertThat(distinct.apply("d" + v)).isEqualTo("p-d" + v);
        }
        assertThat(distinct.remembers()).as("a value per row").isFalse();
        assertThat(distinct.apply("d7")).isEqualTo("p-d7");
        assertThat(calls).hasValue(3 * ValueMemo.CAPACITY + 1);

        calls.set(0);
        ValueMemo frequent = ValueMemo.of(v -> {
            calls.incrementAndGet();
            return "p-" + v;
        });
        // a long tail of values met once, and three rows in four one of ten frequent values
        for (int row = 0; row < 8 * ValueMemo.CAPACITY; row++) {
            String value = row % 4 == 0 ? "tail" + row : "f" + row % 10;
            assertThat(frequent.apply(value)).isEqualTo("p-" + value);
        }
        assertThat(frequent.remembers()).as("frequent values").isTrue();
        assertThat(calls).as("each frequent value transformed once").hasValue(2 * ValueMemo.CAPACITY + 10);
    }
}
