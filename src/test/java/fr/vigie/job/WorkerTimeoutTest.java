package fr.vigie.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WorkerTimeoutTest {

    @Test
    void readsDurationsWithTheirUnit() {
        assertThat(WorkerTimeout.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(WorkerTimeout.parse("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(WorkerTimeout.parse(" 2h ")).isEqualTo(Duration.ofHours(2));
        assertThat(WorkerTimeout.parse("PT90S")).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void refusesANumberWithoutUnitATypoAndTimeoutsShorterThanSomeBeats() {
        assertThatThrownBy(() -> WorkerTimeout.parse("300")).hasMessageContaining("with its unit");
        assertThatThrownBy(() -> WorkerTimeout.parse("5 minutes")).hasMessageContaining("with its unit");
        assertThatThrownBy(() -> WorkerTimeout.parse("")).hasMessageContaining("with its unit");
        assertThatThrownBy(() -> WorkerTimeout.parse("3s")).hasMessageContaining("between 10s")
                .hasMessageContaining("beats every 2s");
        assertThatThrownBy(() -> WorkerTimeout.parse("2d")).hasMessageContaining("and 24h");
    }

    @Test
    void showsDurationsAsPeopleReadThem() {
        assertThat(WorkerTimeout.display(Duration.ofMillis(10_400))).as("rounded up").isEqualTo("11s");
        assertThat(WorkerTimeout.display(Duration.ofSeconds(12))).isEqualTo("12s");
        assertThat(WorkerTimeout.display(Duration.ofSeconds(303))).isEqualTo("5m 3s");
        assertThat(WorkerTimeout.display(Duration.ofMinutes(60))).isEqualTo("1h");
        assertThat(WorkerTimeout.display(Duration.ZERO)).isEqualTo("0s");
    }
}
