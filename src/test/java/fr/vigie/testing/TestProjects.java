package fr.vigie.testing;

import fr.vigie.sample.SampleData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.util.FileSystemUtils;

/**
 * Projects made for a test (a folder with {@code rules/}, {@code jobs/} and data), and the packaged
 * {@code vigie} jar run on them in a child JVM, as a user or a scheduler runs it.
 */
public final class TestProjects {
    private TestProjects() {
    }

    /** The checkout the tests run in. */
    public static Path repository() {
        return Path.of("").toAbsolutePath();
    }

    /** A file of the bad-input corpus, e.g. {@code hostile/html-page.csv} (see {@code src/test/resources/ingest/}). */
    public static Path corpusFile(String name) {
        return repository().resolve("src/test/resources/ingest").resolve(name);
    }

    /** A project folder with a copy of the repository's rules. */
    public static Path withRules(Path project) throws IOException {
        Files.createDirectories(project.resolve("jobs"));
        FileSystemUtils.copyRecursively(repository().resolve("rules"), project.resolve("rules"));
        return project;
    }

    /** Writes {@code jobs/ccas-aides.yml} of the repository, reading its source from {@code dataFile}. */
    public static void ccasJob(Path project, String dataFile) throws IOException {
        Files.writeString(project.resolve("jobs/ccas-aides.yml"),
                Files.readString(repository().resolve("jobs/ccas-aides.yml"))
                        .replace("sample-data/ccas/aides.csv", dataFile));
    }

    /** A project running the CCAS job on {@code rows} generated rows. */
    public static Path ccasProject(Path project, long rows, long seed) throws IOException {
        withRules(project);
        SampleData.write(project.resolve("data"), rows, seed, Set.of("ccas"));
        ccasJob(project, "data/ccas/aides.csv");
        return project;
    }

    /**
     * Rows a running job has committed to its staging file so far (0 before it exists). Counts line
     * feeds in the bytes: decoding a file being appended to can fail on a half-written character.
     */
    public static long stagedRows(Path store) {
        try (var runs = Files.list(store.resolve("work"))) {
            Path staging = runs.findFirst().map(r -> r.resolve("accepted.csv")).orElse(null);
            if (staging == null || !Files.exists(staging)) {
                return 0;
            }
            long lines = 0;
            for (byte b : Files.readAllBytes(staging)) {
                lines += b == '\n' ? 1 : 0;
            }
            return Math.max(0, lines - 1);
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Starts {@code java -jar target/vigie.jar ARGS --project P --store S} with the given environment
     * (no inherited {@code VIGIE_DB_URL}), its output in {@code log}.
     */
    public static Process vigieJar(Path project, Path store, Map<String, String> env, Path log, String... args)
            throws IOException {
        return vigieJar("1g", project, store, env, log, args);
    }

    /** The same, with the child JVM's maximum heap ({@code -Xmx}) set to {@code maxHeap}, e.g. {@code 512m}. */
    public static Process vigieJar(String maxHeap, Path project, Path store, Map<String, String> env, Path log,
            String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-jar", repository().resolve("target/vigie.jar").toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--project", project.toString(), "--store", store.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("VIGIE_DB_URL");
        builder.environment().putAll(env);
        return builder.start();
    }
}
