package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.ExitCode;
import fr.vigie.testing.TestDatabases;
import fr.vigie.testing.TestProjects;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Remote partitioning with real processes: a manager ({@code vigie run --broker embedded:PORT}) starts the
 * embedded Artemis broker and sends the ingest's partitions to two {@code vigie worker} JVMs sharing its
 * store (a PostgreSQL database and the store folder). The export is that of a
 * one-worker local run, byte for byte. When a worker is killed with SIGKILL in the middle of its partition,
 * the manager gives that partition up once the worker has been silent for the worker timeout, and fails
 * by itself; the resumed run sends only that partition and ends with the same export. A run that no worker
 * serves fails too, rather than waiting. A worker whose reading blocks for good (a named pipe nobody writes)
 * while its heartbeat goes on is given up as stuck; when it wakes, it leaves the partition's files alone.
 */
class RemoteWorkersIT {
    private static final int ROWS = 30_000;
    private static final String JOB = "ccas-aides";
    private static final String READING = "Reading partition ingest-part";
    private static final String DONE = "Partition ingest-part";
    /** The shortest worker timeout there is: five missed heartbeats. */
    private static final String TIMEOUT = "10s";
    private static final Pattern SILENCE = Pattern.compile("its worker was silent for (\\d+)s");
    private static final Pattern STUCK = Pattern.compile("its worker was stuck: beating, but no row read for (\\d+)s");

    @TempDir
    static Path work;
    static Path project;
    static Path keys;
    static Map<String, String> expected;

    private final List<Process> started = new ArrayList<>();

    @BeforeAll
    static void projectAndReference() throws Exception {
        project = TestProjects.ccasProject(work.resolve("project"), ROWS, 11);
        keys = work.resolve("keys");
        Path reference = work.resolve("store-reference");
        assertSucceeds(vigie(reference, "reference", "run", JOB));
        expected = dataChecksums(reference);
        assertThat(expected).isNotEmpty();
    }

    @AfterEach
    void stopProcesses() throws InterruptedException {
        for (Process process : started) {
            process.destroyForcibly().waitFor();
        }
    }

    @Test
    void twoWorkerProcessesSharingAPostgresJobRepositoryGiveTheExportOfOneLocalWorker() throws Exception {
        Path store = work.resolve("store-remote");
        Map<String, String> env = sharedPostgres();
        String broker = "embedded:" + freePort();
        Path[] logs = {log(store, "worker-1"), log(store, "worker-2")};
        up(started(TestProjects.vigieJar("512m", project, store, env, logs[0], "worker", "--broker", broker)), logs[0]);
        up(started(TestProjects.vigieJar("512m", project, store, env, logs[1], "worker", "--broker", broker)), logs[1]);

        Path manager = log(store, "manager");
        assertSucceeds(new Finished(TestProjects.vigieJar("512m", project, store, env, manager, "run", JOB,
                "--workers", "2", "--broker", broker), manager));

        assertThat(dataChecksums(store)).as("the same export as one local worker's run").isEqualTo(expected);
        assertThat(count(logs[0], READING) + count(logs[1], READING)).as("the workers read both partitions")
                .isEqualTo(2);
        assertThat(store.resolve("db")).as("no H2 store: the job repository is PostgreSQL's").doesNotExist();
    }

    @Test
    void aWorkerKilledMidPartitionIsGivenUpAfterTheTimeoutAndTheResumedRunSendsOnlyItsPartition() throws Exception {
        Path store = work.resolve("store-killed");
        Map<String, String> env = sharedPostgres();
        String broker = "embedded:" + freePort();
        Path[] logs = {log(store, "worker-1"), log(store, "worker-2")};
        Process[] workers = {worker(store, env, logs[0], broker), worker(store, env, logs[1], broker)};
        Path managerLog = log(store, "manager");
        Process manager = started(TestProjects.vigieJar("512m", project, store, env, managerLog, "run", JOB,
                "--workers", "2", "--broker", broker, "--worker-timeout", TIMEOUT));

        waitUntil(manager, () -> TestProjects.stagedPartRows(store) > ROWS / 8 && (busy(logs[0]) || busy(logs[1])));
        int victim = busy(logs[0]) ? 0 : 1;
        String partition = lastPartition(logs[victim]);
        assertThat(workers).allMatch(Process::isAlive);
        workers[victim].destroyForcibly().waitFor();

        // Nobody stops the manager: it gives the dead worker's partition up, and fails.
        assertThat(manager.waitFor(90, TimeUnit.SECONDS)).as(() -> "the manager ended by itself: "
                + readQuietly(managerLog)).isTrue();
        String said = readQuietly(managerLog);
        assertThat(manager.exitValue()).as(said).isEqualTo(ExitCode.FAILED);
        assertThat(said).as("the failure names the partition, its silence and how to resume")
                .contains("gave up partition " + partition + " (its worker was silent for")
                .contains("vigie run " + JOB + " --resume");
        Matcher silence = SILENCE.matcher(said);
        assertThat(silence.find()).isTrue();
        assertThat(Integer.parseInt(silence.group(1))).as("silent for longer than the timeout").isGreaterThan(10);
        int survivorBefore = count(logs[1 - victim], READING);

        Path resumeLog = log(store, "resume");
        assertSucceeds(new Finished(TestProjects.vigieJar("512m", project, store, env, resumeLog, "run", JOB,
                "--resume", "--workers", "2", "--broker", broker), resumeLog));
        assertThat(dataChecksums(store)).as("the same export as one local worker's uninterrupted run")
                .isEqualTo(expected);
        assertThat(count(logs[1 - victim], READING)).as("the resumed run sent the dead worker's partition alone")
                .isEqualTo(survivorBefore + 1);
        assertThat(lastPartition(logs[1 - victim])).isEqualTo(partition);
    }

    @Test
    void aRunThatNoWorkerServesFailsAfterTheTimeoutNamingItsPartitions() throws Exception {
        Path store = work.resolve("store-alone");
        Path managerLog = log(store, "manager");
        Process manager = started(vigieProcess(store, managerLog, "run", JOB, "--workers", "2", "--broker",
                "embedded:" + freePort(), "--worker-timeout", TIMEOUT));

        assertThat(manager.waitFor(90, TimeUnit.SECONDS)).as(() -> "the manager ended by itself: "
                + readQuietly(managerLog)).isTrue();
        String said = readQuietly(managerLog);
        assertThat(manager.exitValue()).as(said).isEqualTo(ExitCode.FAILED);
        assertThat(said).contains("gave up partitions part-0000 (no worker took it in")
                .contains("part-0001 (no worker took it in").contains("worker timeout of 10s");
    }

    /**
     * A glob of two files, the second turned into a named pipe once the manager has planned the partitions:
     * the worker that opens it blocks in the system's open(2) for good, as on a hung mount, while its
     * heartbeat thread beats on. Then something writes the pipe at last: the worker wakes long after its
     * partition was given up, and must not touch the partition's files, which a resumed run may be writing.
     * The worker is up first, and held (SIGSTOP) until the pipe is in place, so that it cannot open the
     * file before; the job repository is PostgreSQL's, as no H2 store can be served by a held process.
     */
    @Test
    void aWorkerStuckOnAReadThatNeverReturnsIsGivenUpWhileItBeatsAndLeavesTheFilesAloneWhenItWakes()
            throws Exception {
        Path stuckProject = TestProjects.withRules(work.resolve("stuck-project"));
        TestProjects.smallTable(stuckProject.resolve("in/a.csv"), 500);
        TestProjects.smallTable(stuckProject.resolve("in/b.csv"), 500);
        Files.writeString(stuckProject.resolve("jobs/deux-fichiers.yml"), """
                id: deux-fichiers
                department: Test
                purpose: Lire deux fichiers sur deux workers
                source: {path: "in/*.csv", format: csv}
                bias: {enabled: false}
                """);
        Path store = work.resolve("store-stuck");
        Map<String, String> env = sharedPostgres();
        String broker = "embedded:" + freePort();
        Path workerLog = log(store, "worker");
        Process worker = up(started(TestProjects.vigieJar("512m", stuckProject, store, env, workerLog, "worker",
                "--broker", broker)), workerLog);
        signal("STOP", worker);
        Path managerLog = log(store, "manager");
        Process manager = started(TestProjects.vigieJar("512m", stuckProject, store, env, managerLog, "run",
                "deux-fichiers", "--workers", "2", "--broker", broker, "--worker-timeout", TIMEOUT));
        Path plan = waitForFile(manager, store, "ingest-parts.json");
        Path pipe = stuckProject.resolve("in/b.csv");
        Files.delete(pipe);
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start().waitFor()).isZero();
        signal("CONT", worker);

        assertThat(manager.waitFor(90, TimeUnit.SECONDS)).as(() -> "the manager ended by itself: "
                + readQuietly(managerLog) + readQuietly(workerLog)).isTrue();
        String said = readQuietly(managerLog);
        assertThat(manager.exitValue()).as(said).isEqualTo(ExitCode.FAILED);
        assertThat(said).as("the stuck partition alone, named with its cause; the other was read to its end")
                .contains("gave up partition part-0001 (its worker was stuck: beating, but no row read for")
                .doesNotContain("part-0000 (").contains("vigie run deux-fichiers --resume");
        Matcher stuck = STUCK.matcher(said);
        assertThat(stuck.find()).isTrue();
        assertThat(Integer.parseInt(stuck.group(1))).as("no row for longer than the timeout").isGreaterThan(10);
        assertThat(worker.isAlive()).as("the worker is stuck, not dead").isTrue();
        assertThat(count(workerLog, DONE)).as(() -> "only part-0000 ended: " + readQuietly(workerLog)).isEqualTo(1);

        // What a resumed run would have written meanwhile. Then the read returns at last: a writer opens the
        // pipe, the regular file takes its name back (the worker reopens it past its first bytes), and the
        // first bytes come through.
        Path part = plan.resolveSibling("staging.part-0001.csv");
        String resumed = "id_dossier;commune;montant\n1;Resumed;1\n";
        Files.writeString(part, resumed);
        Path regular = stuckProject.resolve("b.csv");
        TestProjects.smallTable(regular, 500);
        try (java.io.OutputStream late = Files.newOutputStream(pipe)) {
            Files.move(regular, pipe, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            late.write(Files.readAllBytes(pipe));
        }
        waitUntil(worker, () -> count(workerLog, DONE) == 2);
        assertThat(Files.readString(part)).as("the woken worker left the resumed run's part alone").isEqualTo(resumed);
        assertThat(readQuietly(workerLog)).as("the woken worker failed, saying why")
                .contains("Partition ingest-part:part-0001 ").contains("was given up by its run's manager");
    }

    private static void signal(String name, Process process) throws Exception {
        assertThat(new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start().waitFor())
                .isZero();
    }

    /** Waits for a file of the run's work area, e.g. the plan of its partitions. */
    private static Path waitForFile(Process run, Path store, String name) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (true) {
            assertThat(run.isAlive()).as("the run ended before writing " + name).isTrue();
            assertThat(Instant.now()).isBefore(deadline);
            if (Files.isDirectory(store.resolve("work"))) {
                try (Stream<Path> files = Files.walk(store.resolve("work"))) {
                    java.util.Optional<Path> found = files.filter(f -> f.getFileName().toString().equals(name))
                            .findFirst();
                    if (found.isPresent()) {
                        return found.get();
                    }
                }
            }
            Thread.sleep(20);
        }
    }

    /** The partition a worker began last, e.g. {@code part-0001}. */
    private static String lastPartition(Path log) {
        List<String> reading = readQuietly(log).lines().filter(line -> line.contains(READING)).toList();
        assertThat(reading).isNotEmpty();
        Matcher name = Pattern.compile("ingest-part:(part-\\d+)").matcher(reading.get(reading.size() - 1));
        assertThat(name.find()).isTrue();
        return name.group(1);
    }

    /** Whether a worker has begun a partition that it has not finished. */
    private static boolean busy(Path log) {
        return count(log, READING) > count(log, DONE);
    }

    private Process worker(Path store, Map<String, String> env, Path log, String broker) throws Exception {
        return up(started(TestProjects.vigieJar("512m", project, store, env, log, "worker", "--broker", broker)), log);
    }

    /**
     * The environment of processes sharing a fresh PostgreSQL store. An H2 store shared by several processes is
     * served by the first that opened it: killing that one would take the store from the others, which is not
     * what these tests are about (README: remote workers share a PostgreSQL store).
     */
    private static Map<String, String> sharedPostgres() throws Exception {
        TestDatabases.Pg pg = TestDatabases.freshPostgres();
        return Map.of("VIGIE_KEY_DIR", keys.toString(), "VIGIE_DB_URL", pg.url(), "VIGIE_DB_USER", pg.user(),
                "VIGIE_DB_PASSWORD", pg.password());
    }

    /**
     * Waits until a worker has opened the store: two processes creating the same H2 store at the same
     * instant may find its lock file "recently modified", and one of them stops.
     */
    private static Process up(Process worker, Path log) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (count(log, "waiting for ingest partitions") == 0) {
            assertThat(worker.isAlive()).as(() -> readQuietly(log)).isTrue();
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(50);
        }
        return worker;
    }

    private Process started(Process process) {
        started.add(process);
        return process;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Path log(Path store, String name) {
        return work.resolve(store.getFileName() + "-" + name + "-" + Instant.now().toEpochMilli() + ".log");
    }

    private record Finished(Process process, Path log) {
    }

    private static Finished vigie(Path store, String name, String... args) throws IOException {
        Path log = log(store, name);
        return new Finished(vigieProcess(store, log, args), log);
    }

    private static Process vigieProcess(Path store, Path log, String... args) throws IOException {
        return TestProjects.vigieJar("512m", project, store, Map.of("VIGIE_KEY_DIR", keys.toString()), log, args);
    }

    /** Waits for a command to end, three minutes at most (a run whose workers are all gone would wait on). */
    private static void assertSucceeds(Finished run) throws Exception {
        boolean ended = run.process().waitFor(3, java.util.concurrent.TimeUnit.MINUTES);
        if (!ended) {
            run.process().destroyForcibly().waitFor();
        }
        assertThat(ended).as(() -> "still running after 3 minutes: " + readQuietly(run.log())).isTrue();
        assertThat(run.process().exitValue()).as(() -> readQuietly(run.log())).isZero();
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    private static int count(Path log, String text) {
        return (int) readQuietly(log).lines().filter(line -> line.contains(text)).count();
    }

    /** Polls {@code condition}; fails if the run ends first or it takes over two minutes. */
    private static void waitUntil(Process run, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!condition.getAsBoolean()) {
            assertThat(run.isAlive()).as("the run ended before the moment to kill a worker").isTrue();
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(10);
        }
    }

    /** SHA-256 of each data file of the (single) export package, by file name. */
    private static Map<String, String> dataChecksums(Path store) throws IOException {
        List<Path> packages = TestProjects.completePackages(store, "metropole-toulouse", JOB);
        assertThat(packages).hasSize(1);
        return TestProjects.dataChecksums(packages.get(0));
    }
}
