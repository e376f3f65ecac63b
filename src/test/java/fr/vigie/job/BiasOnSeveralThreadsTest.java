package fr.vigie.job;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.bias.BiasReport;
import fr.vigie.bias.BiasRules;
import fr.vigie.bias.BiasScan;
import fr.vigie.classify.ClassificationResult;
import fr.vigie.classify.ClassificationRules;
import fr.vigie.classify.Classifier;
import fr.vigie.classify.ColumnSampler;
import fr.vigie.classify.ProcessingContext;
import fr.vigie.testing.Cli;
import fr.vigie.testing.TestProjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The classify and bias steps read the staging file in chunks parsed on the job's workers and handed over in file
 * order: a real run of the CCAS job with 1 and with 2 workers classifies its columns and reports its bias the same,
 * and the scan and the sampler, fed by chunks down to one byte on 2 and 3 threads, give what one thread gives.
 */
class BiasOnSeveralThreadsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int ROWS = 6_000;

    @TempDir
    static Path work;
    static Path project;
    static final Map<Integer, JsonNode> REPORTS = new TreeMap<>();

    @BeforeAll
    static void runWithOneAndTwoWorkers() throws IOException {
        project = TestProjects.ccasProject(work.resolve("project"), ROWS, 5);
        System.setProperty("VIGIE_KEY_DIR", work.resolve("keys").toString());
        for (int workers = 1; workers <= 2; workers++) {
            Path store = work.resolve("store-" + workers);
            Cli.Result run = Cli.run("run", "ccas-aides", "--project", project.toString(), "--store", store.toString(),
                    "--workers", Integer.toString(workers));
            assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
            REPORTS.put(workers, report(store));
        }
    }

    @AfterAll
    static void clear() {
        System.clearProperty("VIGIE_KEY_DIR");
    }

    @Test
    void aRealRunClassifiesAndReportsBiasTheSameOnOneAndTwoWorkers() {
        JsonNode one = REPORTS.get(1);
        assertThat(one.path("bias").path("groups").size()).as("groups compared").isPositive();
        assertThat(one.path("classification").path("columns").size()).isEqualTo(20);
        for (String section : new String[] {"classification", "bias"}) {
            assertThat(withoutRunIds(REPORTS.get(2).path(section))).as(section)
                    .isEqualTo(withoutRunIds(one.path(section)));
        }
    }

    @Test
    void chunksDownToOneByteOnTwoAndThreeThreadsScanAndSampleAsOneThread() throws IOException {
        Path staging = stagingOfTheCcasData();
        assertThat(Files.size(staging)).as("several chunks for the threads")
                .isGreaterThan(4L * StagingChunks.MIN_CHUNK_BYTES);
        ClassificationResult classification = classify(staging, 1, 0);
        BiasReport bias = scan(staging, classification, 1, 0);
        assertThat(bias.findings()).as("something to compare").isNotEmpty();
        for (int chunkBytes : new int[] {1, 997, StagingChunks.MIN_CHUNK_BYTES}) {
            for (int threads = 2; threads <= 3; threads++) {
                assertThat(RunWorkspace.JSON.writeValueAsString(classify(staging, threads, chunkBytes)))
                        .as("%d threads, chunks of %d bytes", threads, chunkBytes)
                        .isEqualTo(RunWorkspace.JSON.writeValueAsString(classification));
                assertThat(RunWorkspace.JSON.writeValueAsString(scan(staging, classification, threads, chunkBytes)))
                        .as("%d threads, chunks of %d bytes", threads, chunkBytes)
                        .isEqualTo(RunWorkspace.JSON.writeValueAsString(bias));
            }
        }
    }

    @Test
    void rowsWithQuotedLineBreaksComeInFileOrderWhateverTheChunks() throws IOException {
        Path file = work.resolve("quoted.csv");
        // a doubled quote, line breaks inside quotes, an empty value, a last row without its line feed
        Files.writeString(file, "a,b\n1,\"x\ny\"\n2,\"dit \"\"oui\"\"\"\n3,\n\"4\n\",\"\r\n\"\n5,z");
        List<String> expected = List.of("1|x\ny", "2|dit \"oui\"", "3|", "4\n|\r\n", "5|z");
        long size = Files.size(file);
        for (int chunkBytes : new int[] {1, 2, 5, (int) size - 4, (int) size, (int) size + 10}) {
            for (int threads = 2; threads <= 3; threads++) {
                assertThat(rows(file, threads, chunkBytes)).as("%d threads, chunks of %d bytes", threads, chunkBytes)
                        .isEqualTo(expected);
            }
        }
        assertThat(rows(file, 1, 0)).isEqualTo(expected);
    }

    @Test
    void aFileEndingAtAChunkBoundaryLeavesAnEmptyLastChunk() throws IOException {
        Path file = work.resolve("boundary.csv");
        Files.writeString(file, "a\n1\n2\n"); // 6 bytes: the last block of 3 bytes is read and holds no row
        assertThat(rows(file, 2, 3)).containsExactly("1", "2");
        assertThat(rows(file, 2, 6)).containsExactly("1", "2");
    }

    @Test
    void oneRowOrNoneIsReadOnSeveralThreads() throws IOException {
        Path one = work.resolve("one.csv");
        Files.writeString(one, "a,b\n1,2\n");
        assertThat(rows(one, 2, 1)).containsExactly("1|2");
        Path none = work.resolve("none.csv");
        Files.writeString(none, "a,b\n");
        assertThat(rows(none, 2, 1)).isEmpty();
        assertThat(StagingChunks.forEachRow(none, 2, 1, row -> { })).isZero();
    }

    /** The rows read on {@code threads} threads (one: the plain reader), joined with {@code |}. */
    private static List<String> rows(Path file, int threads, int chunkBytes) {
        List<String> rows = new ArrayList<>();
        long count = threads == 1 ? StagingChunks.forEachRow(file, 1, row -> rows.add(String.join("|", row)))
                : StagingChunks.forEachRow(file, threads, chunkBytes, row -> rows.add(String.join("|", row)));
        assertThat(count).isEqualTo(rows.size());
        return rows;
    }

    /** The accepted rows of the CCAS data, staged as the ingest step stages them. */
    private static Path stagingOfTheCcasData() {
        Path staging = work.resolve("accepted.csv");
        if (!Files.exists(staging)) {
            List<String[]> rows = new ArrayList<>();
            Standalone.FileRead read = Standalone.read(project.resolve("data/ccas/aides.csv"), rows::add);
            StagingFile.write(staging, read.header(), sink -> rows.forEach(sink));
        }
        return staging;
    }

    private static ClassificationResult classify(Path staging, int threads, int chunkBytes) {
        Classifier classifier = new Classifier(ClassificationRules.load(project.resolve("rules")));
        ColumnSampler sampler = classifier.sampler(StagingFile.header(staging));
        long rows = read(staging, threads, chunkBytes, sampler::accept);
        return classifier.classify("aides.csv", rows, sampler, Map.of(),
                new ProcessingContext("compare aid decisions", List.of("metropole"), null));
    }

    private static BiasReport scan(Path staging, ClassificationResult classification, int threads, int chunkBytes) {
        JobDefinition job = JobFiles.load(project.resolve("jobs/ccas-aides.yml"), project);
        BiasScan scan = new BiasScan(BiasRules.load(project.resolve("rules")),
                BiasStep.request(job, classification).orElseThrow());
        read(staging, threads, chunkBytes, scan::accept);
        return scan.finish();
    }

    private static long read(Path staging, int threads, int chunkBytes, java.util.function.Consumer<String[]> sink) {
        return threads == 1 ? StagingChunks.forEachRow(staging, 1, sink)
                : StagingChunks.forEachRow(staging, threads, chunkBytes, sink);
    }

    private static String withoutRunIds(JsonNode node) {
        return node.toString().replaceAll("ccas-aides-\\d{8}T\\d{6}Zx*", "RUN").replaceAll("store-\\d", "STORE");
    }

    private static JsonNode report(Path store) throws IOException {
        try (Stream<Path> files = Files.walk(store.resolve("reports"))) {
            Path file = files.filter(f -> f.getFileName().toString().equals("report.json")).findFirst().orElseThrow();
            return JSON.readTree(file.toFile());
        }
    }
}
