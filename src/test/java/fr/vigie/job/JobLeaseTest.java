package fr.vigie.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.store.JobLocks;
import fr.vigie.store.StoreTestSupport;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobLeaseTest {
    private Connection held;

    /**
     * The test's file database, kept open by one connection for the test's duration as the application's pool
     * keeps it: opening and closing a file database around every statement races inside H2 on a loaded machine
     * (a reopening while the database was still closing once found it empty).
     */
    private JobLocks locks(Path dir) throws SQLException {
        StoreTestSupport.Store store = StoreTestSupport.h2(dir);
        held = store.dataSource().getConnection();
        return new JobLocks(store.jdbc());
    }

    @AfterEach
    void close() throws SQLException {
        if (held != null) {
            held.close();
        }
    }

    @Test
    void aJobCannotBeLeasedTwiceEvenByTheSameProcessUntilReleased(@TempDir Path dir) throws SQLException {
        JobLocks locks = locks(dir);
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
        JobLocks locks = locks(dir);
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
