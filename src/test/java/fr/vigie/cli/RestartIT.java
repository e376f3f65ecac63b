package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.sample.SampleData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    @BeforeAll
    static void project() throws IOException {
        project = work.resolve("project");
        keys = work.resolve("keys");
        Path repository = Path.of("").toAbsolutePath();
        copyTree(repository.resolve("rules"), project.resolve("rules"));
        Files.createDirectories(project.resolve("jobs"));
        SampleData.write(project.resolve("data"), ROWS, 7, java.util.Set.of("ccas"));
        Files.writeString(project.resolve("jobs/ccas-aides.yml"), Files.readString(repository.resolve("jobs/ccas-aides.yml"))
                .replace("sample-data/ccas/aides.csv", "data/ccas/aides.csv"));
    }

    @Test
    void aRunKilledMidIngestOrMidExportResumesToTheSameResult() throws Exception {
        Path reference = work.resolve("store-reference");
        assertThat(vigie(reference, "run", JOB).waitFor()).isZero();
        Map<String, String> expected = dataChecksums(reference);
        assertThat(expected).isNotEmpty();

        Path midIngest = work.resolve("store-ingest");
        Process killed = vigie(midIngest, "run", JOB);
        killWhen(killed, () -> lines(staging(midIngest)) > ROWS / 4);
        assertThat(vigie(midIngest, "run", JOB, "--resume").waitFor()).isZero();
        assertThat(dataChecksums(midIngest)).isEqualTo(expected);

        Path midExport = work.resolve("store-export");
        killed = vigie(midExport, "run", JOB);
        killWhen(killed, () -> hasTemporaryPackage(midExport));
        assertThat(completePackages(midExport)).as("no half-written package looks complete").isEmpty();
        assertThat(vigie(midExport, "run", JOB, "--resume").waitFor()).isZero();
        assertThat(dataChecksums(midExport)).isEqualTo(expected);
    }

    private static Process vigie(Path store, String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(javaBin(), "-Xmx1g", "-jar",
                Path.of("target/vigie.jar").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--project", project.toString(), "--store", store.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve(store.getFileName() + "-" + Instant.now().toEpochMilli() + ".log").toFile());
        builder.environment().put("VIGIE_KEY_DIR", keys.toString());
        builder.environment().remove("VIGIE_DB_URL");
        return builder.start();
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Polls {@code condition} and sends SIGKILL as soon as it holds; fails if the run ends first. */
    private static void killWhen(Process process, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (!condition.getAsBoolean()) {
            assertThat(process.isAlive()).as("the run ended before the moment to kill it").isTrue();
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(10);
        }
        process.destroyForcibly().waitFor();
    }

    private static Path staging(Path store) {
        try (Stream<Path> runs = Files.list(store.resolve("work"))) {
            return runs.findFirst().map(r -> r.resolve("accepted.csv")).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static long lines(Path file) {
        if (file == null || !Files.exists(file)) {
            return 0;
        }
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
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

    private static List<Path> completePackages(Path store) throws IOException {
        if (!Files.isDirectory(datasetExports(store))) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(datasetExports(store))) {
            return entries.filter(p -> !p.getFileName().toString().startsWith(".tmp-"))
                    .filter(p -> Files.exists(p.resolve("datapackage.json"))).toList();
        }
    }

    /** SHA-256 of each data file of the (single) package, by file name. */
    private static Map<String, String> dataChecksums(Path store) throws IOException, NoSuchAlgorithmException {
        List<Path> packages = completePackages(store);
        assertThat(packages).hasSize(1);
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> files = Files.list(packages.get(0))) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("data.")).toList()) {
                sums.put(f.getFileName().toString(), HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            }
        }
        return sums;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
