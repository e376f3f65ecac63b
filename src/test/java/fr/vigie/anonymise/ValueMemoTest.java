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
}
