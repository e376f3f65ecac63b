package fr.vigie.bench;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.cli.BenchCommand;
import fr.vigie.cli.VigieCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** {@code vigie bench all} on a tiny size, through the command line as users run it. */
class BenchCommandTest {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    static final List<String> STAGE_KEYS = List.of("baseline.csvParse", "baseline.parquetWrite", "ingest", "staging",
            "classify", "anonymise", "bias", "export", "report", "endToEnd", "run");

    @TempDir
    Path tmp;

    @Test
    void benchAllPrintsAndWritesEveryFigurePositive() throws Exception {
        Path json = tmp.resolve("figures/bench.json");
        Path data = tmp.resolve("data");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        int exit;
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            exit = commandLine().execute("--project", Path.of("").toAbsolutePath().toString(), "bench", "all",
                    "--rows", "2000", "--seed", "7", "--out", json.toString(), "--dir", data.toString());
        } finally {
            System.setOut(saved);
        }
        String table = stdout.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(table).isZero();
        assertThat(table).contains("baseline: plain Commons CSV parse", "ingest (reader + profiler + quarantine)",
                "anonymise", "bias scan", "export", "report (JSON + HTML)", "Vigie end to end", "Spring Batch");

        JsonNode root = JSON.readTree(json.toFile());
        assertThat(root.path("benchmark").asString()).isEqualTo("all");
        List<String> keys = new ArrayList<>();
        for (JsonNode stage : root.path("stages")) {
            keys.add(stage.path("key").asString());
            assertThat(stage.path("rows").asLong()).as(stage.toString()).isPositive();
            assertThat(stage.path("seconds").asDouble()).as(stage.toString()).isPositive();
            assertThat(stage.path("rowsPerSecond").asDouble()).as(stage.toString()).isPositive();
        }
        assertThat(keys).containsExactlyElementsOf(STAGE_KEYS);
        for (String key : List.of("ingest", "classify", "anonymise", "bias", "export", "report",
                "endToEnd")) {
            JsonNode stage = stage(root, key);
            assertThat(stage.path("peakHeapBytes").asLong()).as(key).isPositive();
            assertThat(stage.path("peakOldGenBytes").asLong()).as(key).isPositive();
            // the process CPU clock ticks in 10 ms on Linux: a stage of a few milliseconds (the report on 2,000
            // rows) may read 0 on a busy machine
            assertThat(stage.path("cpuSeconds").asDouble()).as(key).isNotNegative();
        }
        assertThat(stage(root, "ingest").path("megabytesPerSecond").asDouble()).isPositive();
        assertThat(stage(root, "baseline.csvParse").path("megabytesPerSecond").asDouble()).isPositive();
        assertThat(stage(root, "ingest").path("rows").asLong()).isEqualTo(2000);
        // --dir keeps what the run wrote: the report and the signed package
        assertThat(data.resolve("all/run/report/report.html")).isNotEmptyFile();
        assertThat(data.resolve("all/run/exports")).isDirectory();

        JsonNode figures = root.path("figures");
        // On 2,000 rows the plain parse may read 0 s of process CPU (10 ms ticks): then the ratio is said to be missing.
        JsonNode cpuRatio = figures.path("ingest.cpuRatioToPlainParse");
        if (cpuRatio.isMissingNode()) {
            assertThat(root.path("notes").toString()).contains(EndToEndBenchmark.NO_CPU_RATIO);
        } else {
            assertThat(cpuRatio.asDouble()).as("ingest.cpuRatioToPlainParse").isPositive();
        }
        for (String name : List.of("ingest.ratioToPlainParse",
                "endToEnd.sumOfStagesSeconds", "endToEnd.wallSeconds", "endToEnd.rowsPerSecond",
                "endToEnd.peakHeapBytes", "anonymise.releasedRows", "export.parquetBytes", "fileBytes")) {
            assertThat(figures.path(name).asDouble()).as(name).isPositive();
        }
        assertThat(figures.path("columns").asInt()).isEqualTo(20);
        // the real run of the CCAS job, through Spring Batch and its store, on the same file
        assertThat(figures.path("run.exitCode").asInt()).isZero();
        assertThat(figures.path("run.ratioToParsePlusParquetWrite").asDouble()).isPositive();
        assertThat(figures.path("run.step.ingest.seconds").isMissingNode()).isFalse();
        assertThat(table).contains("vigie run ccas-aides (Spring Batch, H2 store, 1 worker)");
        JsonNode machine = root.path("machine");
        assertThat(machine.path("cores").asInt()).isPositive();
        assertThat(machine.path("maxHeapBytes").asLong()).isPositive();
        assertThat(machine.path("javaVersion").asString()).isNotBlank();
    }

    @Test
    void benchIngestWithWorkersTimesOneStreamAndTheSlicesInTheSameRun() throws Exception {
        Path json = tmp.resolve("ingest.json");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        int exit;
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            exit = commandLine().execute("--project", Path.of("").toAbsolutePath().toString(), "bench", "ingest",
                    "--rows", "20000", "--workers", "2", "--out", json.toString());
        } finally {
            System.setOut(saved);
        }
        String table = stdout.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(table).isZero();
        assertThat(table).contains("Vigie ingest, 2 workers");
        JsonNode root = JSON.readTree(json.toFile());
        assertThat(stage(root, "ingest.workers").path("rows").asLong()).isEqualTo(stage(root, "ingest").path("rows")
                .asLong());
        assertThat(root.path("figures").path("ingest.workersRatioToPlainParse").asDouble()).isPositive();
        assertThat(commandLine().execute("bench", "ingest", "--rows", "10", "--workers", "0")).isEqualTo(2);
    }

    @Test
    void unknownStageIsABadUsage() {
        assertThat(commandLine().execute("bench", "nothing", "--rows", "10")).isEqualTo(2);
    }

    @Test
    void noRowsIsABadUsage() {
        assertThat(commandLine().execute("bench", "all", "--rows", "0")).isEqualTo(2);
    }

    @Test
    void dataInATemporaryFolderIsDeletedAfterwards() throws Exception {
        Path before = Path.of(System.getProperty("java.io.tmpdir"));
        long leftBefore = countBenchFolders(before);
        BenchResult result = Benchmarks.run("all", new BenchOptions(300, 1, null, Path.of("").toAbsolutePath(),
                Progress.quiet()));
        assertThat(result.stages()).hasSize(STAGE_KEYS.size());
        assertThat(countBenchFolders(before)).isEqualTo(leftBefore);
    }

    private static long countBenchFolders(Path dir) throws Exception {
        try (var list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().startsWith("vigie-bench-all-")).count();
        }
    }

    private static JsonNode stage(JsonNode root, String key) {
        for (JsonNode stage : root.path("stages")) {
            if (stage.path("key").asString().equals(key)) {
                return stage;
            }
        }
        throw new AssertionError("no stage " + key);
    }

    /** The root command with {@code bench} (added here while VigieCommand does not list it yet). */
    private static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new VigieCommand());
        if (!cli.getSubcommands().containsKey("bench")) {
            cli.addSubcommand("bench", new BenchCommand());
        }
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            Throwable cause = e;
            while (!(cause instanceof fr.vigie.model.VigieException) && cause.getCause() != null) {
                cause = cause.getCause();
            }
            return cause instanceof fr.vigie.model.VigieException v ? v.exitCode() : 1;
        });
        return cli;
    }
}
