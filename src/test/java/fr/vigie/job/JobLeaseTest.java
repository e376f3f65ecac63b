package fr.vigie.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.store.JobLocks;
import fr.vigie.testing.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

class JobLeaseTest {

    @Test
    void aJobCannotBeLeasedTwiceEvenByTheSameProcessUntilReleased(@TempDir Path dir) {
        JobLocks locks = new JobLocks(JdbcClient.create(TestDatabases.migrated(TestDatabases.h2(dir), "h2")));
        try (JobLease first = JobLease.acquire(locks, "ccas-aides")) {
            assertThatThrownBy(() -> JobLease.acquire(locks, "ccas-aides"))
                    .isInstanceOf(JobLease.JobBusyException.class).hasMessageContaining("ccas-aides");
            assertThat(locks.isHeld("ccas-aides")).isTrue();
        }
        assertThat(locks.isHeld("ccas-aides")).isFalse();
        JobLease.acquire(locks, "ccas-aides").close();
    }

    @Test
    void theLeaseOfAProcessOfThisHostThatIsGoneIsTakenOverAtOnce(@TempDir Path dir) throws Exception {
        JobLocks locks = new JobLocks(JdbcClient.create(TestDatabases.migrated(TestDatabases.h2(dir), "h2")));
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        String host = java.lang.management.ManagementFactory.getRuntimeMXBean().getName().split("@", 2)[1];
        assertThat(locks.tryAcquire("ccas-aides", dead.pid() + "@" + host + "/x", java.time.Duration.ofMinutes(2)))
                .isTrue();
        try (JobLease lease = JobLease.acquire(locks, "ccas-aides")) {
            assertThat(locks.holder("ccas-aides")).get().asString().startsWith(Long.toString(ProcessHandle.current().pid()));
        }
        assertThat(JobLease.deadOnThisHost(ProcessHandle.current().pid() + "@" + host + "/y")).isFalse();
        assertThat(JobLease.deadOnThisHost(dead.pid() + "@another-host/z")).isFalse();
    }
}
