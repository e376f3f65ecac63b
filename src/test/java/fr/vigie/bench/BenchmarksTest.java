package fr.vigie.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.model.VigieException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry of benchmarks and the stage benchmarks it calls. */
class BenchmarksTest {
    @TempDir
    Path tmp;

    private BenchOptions options(long rows) {
        return new BenchOptions(rows, 3, tmp.resolve("data"), Path.of("").toAbsolutePath(), Progress.quiet());
    }

    @Test
    void everyStageAndTheEndToEndBenchmarkHasAName() {
        assertThat(Benchmarks.names()).containsExactly("ingest", "classify", "anonymise", "bias", "export", "all");
    }

    @Test
    void biasBenchmarkGivesItsRateAndFindings() throws Exception {
        BenchResult result = Benchmarks.run("bias", options(5_000));
        assertThat(result.stages()).singleElement().satisfies(s -> {
            assertThat(s.rows()).isEqualTo(5_000);
            assertThat(s.rowsPerSecond()).isPositive();
        });
        assertThat(result.figures()).containsKey("bias.findings");
    }

    @Test
    void ingestBenchmarkComparesIngestWithThePlainParse() throws Exception {
        BenchResult result = Benchmarks.run("ingest", options(2_000));
        assertThat(result.stages()).extracting(StageFigures::key).containsExactly("baseline.csvParse", "ingest");
        assertThat(result.stages()).allSatisfy(s -> {
            assertThat(s.rows()).isEqualTo(2_000);
            assertThat(s.megabytesPerSecond()).isPositive();
        });
        assertThat(result.figures().get("ingest.ratioToPlainParse")).isPositive();
        assertThat(result.figures().get("rowsAccepted") + result.figures().get("rowsQuarantined")).isEqualTo(2_000);
    }

    @Test
    void classifyBenchmarkGivesColumnsAndValuesPerSecond() throws Exception {
        BenchResult result = Benchmarks.run("classify", options(2_000));
        assertThat(result.stages()).hasSize(2).allSatisfy(s -> assertThat(s.seconds()).isPositive());
        assertThat(result.figures().get("classify.columnsPerSecond")).isPositive();
        assertThat(result.figures().get("classify.columns")).as("the issue's 20 columns").isEqualTo(20.0);
    }

    @Test
    void exportBenchmarkWritesAndVerifiesAPackage() throws Exception {
        BenchResult result = Benchmarks.run("export", options(2_000));
        assertThat(result.stages()).extracting(StageFigures::key).containsExactly("export.write", "export.verify");
        assertThat(result.stages()).allSatisfy(s -> assertThat(s.seconds()).isPositive());
        assertThat(result.figures().get("export.parquetBytes")).isPositive();
        assertThat(tmp.resolve("data/export")).isDirectory();
    }

    @Test
    void unknownBenchmarkNamesTheKnownOnes() {
        assertThatThrownBy(() -> Benchmarks.run("ingestion", options(10)))
                .isInstanceOfSatisfying(VigieException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
                .hasMessageContaining("ingest, classify, anonymise, bias, export, all");
    }

    @Test
    void tableAlignsEveryStageAndJsonCarriesTheSameFigures() throws Exception {
        BenchResult result = new BenchResult.Builder("demo")
                .stage(new StageFigures("a", "short", 1_000, 2_000_000, 2.0, 1.5, 64_000_000))
                .stage(new StageFigures("b", "a much longer label", 10, 0, 0.5, -1, -1))
                .figure("ratio", 0.75)
                .note("measured on a test")
                .build();
        List<String> lines = result.toTable().lines().toList();
        assertThat(lines.get(1)).startsWith("short  ").contains("1,000", "2.00", "500", "1.0", "1.50", "64 MB");
        assertThat(lines.get(2)).contains("a much longer label", "20", " - ");
        assertThat(lines.get(1).indexOf("2.00") + 4).isEqualTo(lines.get(2).indexOf("0.50") + 4);
        assertThat(result.toTable()).contains("ratio 0.750", "- measured on a test", "cores");

        Path json = tmp.resolve("out/demo.json");
        result.write(json);
        String text = Files.readString(json);
        assertThat(text).contains("\"benchmark\" : \"demo\"", "\"megabytesPerSecond\" : 1.0", "\"ratio\" : 0.75",
                "\"javaVersion\"");
        assertThat(result.toJson().path("stages").get(1).has("cpuSeconds")).isFalse();
        assertThat(Map.copyOf(result.figures())).hasSize(1);
    }
}
