package fr.vigie.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The benchmark runs and reports (on a small file: figures only come from the real 1M-row run). */
class ClassifyBenchmarkTest {

    @Test
    void benchmarkClassifiesItsGeneratedFileAndPrintsFigures() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ClassifyBenchmark.Result result = ClassifyBenchmark.run(2_000, java.nio.file.Path.of("rules"),
            new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(result.rows()).isEqualTo(2_000);
        assertThat(result.columns()).as("the issue's 1 M rows x 20 columns").isEqualTo(20);
        assertThat(result.sampledValues()).isPositive();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("columns/s", "values/s");
    }
}
