package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.testing.TestProjects;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A CSV of 20,000 columns, run by the packaged jar in a JVM of 512 MB: refused by default with a message
 * naming the file and the limit; read and profiled within bounded memory when the job raises the limit.
 */
class WideFileIT {
    static final int COLUMNS = 20_000;
    static final int ROWS = 100;

    @TempDir
    static Path work;
    static Path project;

    @BeforeAll
    static void project() throws IOException {
        project = TestProjects.withRules(work.resolve("project"));
        Files.createDirectories(project.resolve("data"));
        writeWideCsv(project.resolve("data/mesures.csv"));
        Files.writeString(project.resolve("jobs/mesures.yml"), """
                id: mesures
                department: Observatoire
                purpose: Suivre des mesures très nombreuses par quartier
                source: {path: data/mesures.csv}
                """);
        Files.writeString(project.resolve("jobs/mesures-larges.yml"), """
                id: mesures-larges
                department: Observatoire
                purpose: Suivre des mesures très nombreuses par quartier
                source: {path: data/mesures.csv, maxColumns: 20000}
                """);
    }

    @Test
    void aFileWiderThanTheColumnLimitIsRefusedNamingTheFileAndTheKey() throws Exception {
        Path store = work.resolve("store-default");
        Run run = run(store, "mesures");

        assertThat(run.exitCode()).as(run.log()).isEqualTo(1);
        assertThat(run.log()).contains("data/mesures.csv").contains("20000 columns").contains("maxColumns")
                .doesNotContain("OutOfMemoryError");
        assertThat(report(store).path("summary").path("status").asString()).isEqualTo("RED");
    }

    @Test
    void twentyThousandColumnsAreProfiledInBoundedMemoryWhenTheJobAllowsThem() throws Exception {
        Path store = work.resolve("store-allowed");
        Run run = run(store, "mesures-larges");

        assertThat(run.exitCode()).as(run.log()).isZero();
        JsonNode ingest = report(store).path("ingest");
        assertThat(ingest.path("rowsRead").asLong()).isEqualTo(ROWS);
        assertThat(ingest.path("rowsAccepted").asLong() + ingest.path("rowsQuarantined").asLong()).isEqualTo(ROWS);
        assertThat(ingest.path("profile").path("columns")).hasSize(COLUMNS);
        assertThat(ingest.path("profile").path("columns").get(COLUMNS - 1).path("inferredType").asString())
                .isEqualTo("INTEGER");
    }

    record Run(int exitCode, String log) {
    }

    private static Run run(Path store, String job) throws Exception {
        Path log = work.resolve(job + ".log");
        Map<String, String> env = Map.of("VIGIE_KEY_DIR", work.resolve("keys").toString());
        // The refused run stops at the header; the allowed one profiles for long enough to repay both JIT tiers.
        Process process = job.equals("mesures") ? TestProjects.vigieJar("512m", project, store, env, log, "run", job)
                : TestProjects.vigieJarBothTiers("512m", project, store, env, log, "run", job);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("run ends").isTrue();
        return new Run(process.exitValue(), Files.readString(log));
    }

    private static JsonNode report(Path store) throws IOException {
        try (Stream<Path> runs = Files.list(store.resolve("reports"))) {
            return JsonMapper.builder().build().readTree(runs.findFirst().orElseThrow().resolve("report.json").toFile());
        }
    }

    /** Integers in every cell, a header of {@code mesure_N} names. */
    static void writeWideCsv(Path file) throws IOException {
        SplittableRandom random = new SplittableRandom(20_000);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int c = 0; c < COLUMNS; c++) {
                out.write((c == 0 ? "" : ";") + "mesure_" + c);
            }
            out.write('\n');
            for (int r = 0; r < ROWS; r++) {
                for (int c = 0; c < COLUMNS; c++) {
                    out.write((c == 0 ? "" : ";") + random.nextInt(100_000));
                }
                out.write('\n');
            }
        }
    }
}
