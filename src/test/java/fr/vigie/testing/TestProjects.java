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
    /**
     * The JIT of the jar's child JVMs: the first tier only. Each runs for seconds to a minute on two shared
     * cores, where the optimising compiler's threads spend more CPU than its code gives back (a run of the
     * CCAS job on 30,000 rows: about 46 s of CPU with both tiers, 25 s with the first alone). The code run,
     * and so every output the tests compare, is the same.
     */
    static final String JIT = "-XX:TieredStopAtLevel=1";

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

    /** A small table ({@code id_dossier;commune;montant}, {@code rows} rows) for jobs that only need to run. */
    public static void smallTable(Path file, int rows) throws IOException {
        StringBuilder csv = new StringBuilder("id_dossier;commune;montant\n");
        for (int i = 0; i < rows; i++) {
            csv.append(i).append(";Lattes;").append(100 + i).append('\n');
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, csv);
    }

    /** Writes {@code jobs/ID.yml}: a job without partners nor bias scan (ingest, classify, report) on {@code source}. */
    public static void smallJob(Path project, String id, String source) throws IOException {
        Files.writeString(project.resolve("jobs/" + id + ".yml"), """
                id: %s
                department: Test
                purpose: Vérifier que chaque job tourne seul
                source: %s
                bias: {enabled: false}
                """.formatted(id, source));
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
     * A folder {@code parent/deep} that no program can walk into to its end, even as root: its nested
     * folders make a path longer than the system's limit (PATH_MAX), as a careless copy of a deep tree
     * does. Made with relative steps, as only such a tree can be made; remove it with {@link #removeTree}.
     */
    public static Path untraversableFolder(Path parent) throws IOException, InterruptedException {
        Path top = parent.resolve("deep");
        String name = "d".repeat(250);
        String script = "mkdir -p deep && cd -P deep && for i in $(seq 20); do mkdir " + name + " && cd -P " + name
                + " || exit 1; done && echo x > lost.csv";
        Process mkdir = new ProcessBuilder("sh", "-c", script).directory(parent.toFile()).inheritIO().start();
        if (mkdir.waitFor() != 0) {
            throw new IOException("cannot build the deep folder in " + parent);
        }
        return top;
    }

    /** Removes a tree, however deep (rm works with relative steps where Java cannot). */
    public static void removeTree(Path dir) throws IOException, InterruptedException {
        if (new ProcessBuilder("rm", "-rf", dir.toString()).inheritIO().start().waitFor() != 0) {
            throw new IOException("cannot remove " + dir);
        }
    }

    /**
     * Starts {@code java -jar target/vigie.jar ARGS --project P --store S} with the given environment
     * (no inherited {@code VIGIE_DB_URL}), its output in {@code log}.
     */
    public static Process vigieJar(Path project, Path store, Map<String, String> env, Path log, String... args)
            throws IOException {
        return vigieJar(List.of(), "1g", project, store, env, log, args);
    }

    /** The same, with the child JVM's maximum heap ({@code -Xmx}) set to {@code maxHeap}, e.g. {@code 512m}. */
    public static Process vigieJar(String maxHeap, Path project, Path store, Map<String, String> env, Path log,
            String... args) throws IOException {
        return vigieJar(List.of(), maxHeap, project, store, env, log, args);
    }

    /**
     * The same, the JVM started through {@code prefix} (a command that changes how it runs, e.g.
     * {@code setpriv} dropping capabilities) with the maximum heap {@code maxHeap}.
     *
     * <p>The child JVM compiles with the client compiler only ({@link #JIT}), as a user may ask through
     * {@code VIGIE_JAVA_OPTS}: what the jar does is the same, and it takes about half the CPU time.
     */
    public static Process vigieJar(List<String> prefix, String maxHeap, Path project, Path store,
            Map<String, String> env, Path log, String... args) throws IOException {
        return launch(prefix, List.of(JIT, "-Xmx" + maxHeap), project, store, env, log, args);
    }

    /**
     * The same as {@link #vigieJar(String, Path, Path, Map, Path, String...)} with both JIT tiers, for a run
     * whose hot loops last long enough to repay the optimising compiler (20,000 columns profiled: about
     * 136 s of CPU with both tiers, 157 s with the first alone).
     */
    public static Process vigieJarBothTiers(String maxHeap, Path project, Path store, Map<String, String> env,
            Path log, String... args) throws IOException {
        return launch(List.of(), List.of("-Xmx" + maxHeap), project, store, env, log, args);
    }

    private static Process launch(List<String> prefix, List<String> jvmOptions, Path project, Path store,
            Map<String, String> env, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(prefix);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", repository().resolve("target/vigie.jar").toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--project", project.toString(), "--store", store.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("VIGIE_DB_URL");
        builder.environment().putAll(env);
        return builder.start();
    }

    /** Rows the partitions of a running ingest have committed to their staging parts so far (0 while unreadable). */
    public static long stagedPartRows(Path store) {
        try (java.util.stream.Stream<Path> parts = Files.isDirectory(store.resolve("work"))
                ? Files.walk(store.resolve("work")) : java.util.stream.Stream.empty()) {
            long rows = 0;
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("staging.part-")).toList()) {
                for (byte b : Files.readAllBytes(part)) {
                    rows += b == '\n' ? 1 : 0;
                }
            }
            return rows;
        } catch (IOException e) {
            return 0;
        }
    }

    /** The complete export packages (a manifest, no temporary name) of one job for one partner. */
    public static List<Path> completePackages(Path store, String partner, String job) throws IOException {
        Path exports = store.resolve("exports").resolve(partner).resolve(job);
        if (!Files.isDirectory(exports)) {
            return List.of();
        }
        try (java.util.stream.Stream<Path> entries = Files.list(exports)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith(".tmp-"))
                    .filter(p -> Files.exists(p.resolve("datapackage.json"))).toList();
        }
    }

    /** SHA-256 of each data file of one export package, by file name. */
    public static Map<String, String> dataChecksums(Path pkg) throws IOException {
        Map<String, String> sums = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> files = Files.list(pkg)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("data.")).toList()) {
                sums.put(f.getFileName().toString(), java.util.HexFormat.of().formatHex(sha256(Files.readAllBytes(f))));
            }
        }
        return sums;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
