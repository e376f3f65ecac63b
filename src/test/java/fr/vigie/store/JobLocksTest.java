package fr.vigie.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Scheduler locks on H2 and on a real PostgreSQL server. */
class JobLocksTest {
    @TempDir
    Path tempDir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.vigie.store.StoreTestSupport#vendors")
    void aSecondHolderCannotTakeALiveLock(String vendor) {
        JobLocks locks = new JobLocks(StoreTestSupport.store(vendor, tempDir).jdbc());
        assertThat(locks.tryAcquire("ccas", "scheduler-a", Duration.ofMinutes(2))).isTrue();
        assertThat(locks.tryAcquire("ccas", "scheduler-b", Duration.ofMinutes(2))).isFalse();
        assertThat(locks.tryAcquire("eau", "scheduler-b", Duration.ofMinutes(2))).as("other jobs are free").isTrue();
        assertThat(locks.renew("ccas", "scheduler-a", Duration.ofMinutes(2))).isTrue();
        assertThat(locks.renew("ccas", "scheduler-b", Duration.ofMinutes(2))).isFalse();
        locks.release("ccas", "scheduler-a");
        assertThat(locks.tryAcquire("ccas", "scheduler-b", Duration.ofMinutes(2))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.vigie.store.StoreTestSupport#vendors")
    void aLockWhoseHolderStoppedRenewingItIsReleased(String vendor) throws InterruptedException {
        JobLocks locks = new JobLocks(StoreTestSupport.store(vendor, tempDir).jdbc());
        // A lease long enough that a loaded machine checks it before it ends (200 ms failed once under load).
        Duration lease = Duration.ofMillis(1500);
        assertThat(locks.tryAcquire("ccas", "dead-scheduler", lease)).isTrue();
        assertThat(locks.isHeld("ccas")).isTrue();
        Thread.sleep(lease.toMillis() + 300);
        assertThat(locks.isHeld("ccas")).isFalse();
        assertThat(locks.tryAcquire("ccas", "scheduler-b", Duration.ofMinutes(2))).isTrue();
    }
}
