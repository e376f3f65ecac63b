package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.testing.TestProjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL (kill -9) in the middle of ingestion, or in the middle of writing its
 * export package, is resumed with {@code vigie run JOB --resume} and ends exactly as an uninterrupted
 * run: same rows, same export data checksums, and never a half-written package that looks complete.
 * Runs the packaged jar in child JVMs, as a scheduler would.
 */
class RestartIT {
    private static final int ROWS = 30_000;
    private static final String JOB = "ccas-aides";

    @TempDir
    static Path work;
    static Path project;
    static Path keys;
    /** The export of one worker's uninterrupted run of the project: what every resumed run must end with. */
    static Map<String, String> expected;

    /** Both tests compare with the same command on the same project: it is run once, not once per test. */
    @BeforeAll
    static void projectAndReference() throws Exception {
        project = TestProjects.ccasProject(work.resolve("project"), ROWS, 7);
        keys = work.resolve("keys");
        Path reference = work.resolve("store-reference");
        succeeds(reference, "run", JOB);
        expected = dataChecksums(reference);
        assertThat(expected).isNotEmpty();
    }

    @Test
    void aRunKilledMidIngestOrMidExportResumesToTheSameResult() throws Exception {
        Path midIngest = work.resolve("store-ingest");
        Process killed = vigie(midIngest, "run", JOB);
        killWhen(killed, () -> TestProjects.stagedRows(midIngest) > ROWS / 4);
        succeeds(midIngest, "run", JOB, "--resume");
        assertThat(dataChecksums(midIngest)).isEqualTo(expected);

        Path midExport = work.resolve("store-export");
        killed = vigie(midExport, "run", JOB);
        killWhen(killed, () -> hasTemporaryPackage(midExport));
        assertThat(TestProjects.completePackages(midExport, "metropole-toulouse", JOB)).as("no half-written package looks complete").isEmpty();
        succeeds(midExport, "run", JOB, "--resume");
        assertThat(dataChecksums(midExport)).isEqualTo(expected);
    }

    @Test
    void aTwoWorkerRunKilledMidIngestResumesToTheSameResult() throws Exception {
        Path midIngest = work.resolve("store-two-workers");
        Process killed = vigie(midIngest, "run", JOB, "--workers", "2");
        killWhen(killed, () -> TestProjects.stagedPartRows(midIngest) > ROWS / 4);
        assertThat(TestProjects.completePackages(midIngest, "metropole-toulouse", JOB)).isEmpty();
        succeeds(midIngest, "run", JOB, "--resume", "--workers", "2");
        assertThat(dataChecksums(midIngest)).as("the same export as one worker's uninterrupted run")
                .isEqualTo(expected);
    }

    private static Path lastLog;

    private static Process vigie(Path store, String... args) throws IOException {
        lastLog = work.resolve(store.getFileName() + "-" + Instant.now().toEpochMilli() + ".log");
        return TestProjects.vigieJar(project, store, Map.of("VIGIE_KEY_DIR", keys.toString()), lastLog, args);
    }

    /** Runs a command to its end; its exit code, with its output as the message when it is not 0. */
    private static void succeeds(Path store, String... args) throws Exception {
        int exit = vigie(store, args).waitFor();
        assertThat(exit).as(() -> readQuietly(lastLog)).isZero();
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    /** Polls {@code condition} and sends SIGKILL as soon as it holds; fails if the run ends first. */
    private static void killWhen(Process process, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (!condition.getAsBoolean()) {
            assertThat(process.isAlive()).as("the run ended before the moment to kill it").isTrue();
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(10);
        }
        assertThat(process.isAlive()).as("the run ended before the moment to kill it").isTrue();
        process.destroyForcibly().waitFor();
    }

    private static Path datasetExports(Path store) {
        return store.resolve("exports").resolve("metropole-toulouse").resolve(JOB);
    }

    private static boolean hasTemporaryPackage(Path store) {
        try (Stream<Path> entries = Files.list(datasetExports(store))) {
            return entries.anyMatch(p -> p.getFileName().toString().startsWith(".tmp-"));
        } catch (IOException e) {
            return false;
        }
    }

    /** SHA-256 of each data file of the (single) export package, by file name. */
    private static Map<String, String> dataChecksums(Path store) throws IOException {
        List<Path> packages = TestProjects.completePackages(store, "metropole-toulouse", JOB);
        assertThat(packages).hasSize(1);
        return TestProjects.dataChecksums(packages.get(0));
    }
}
