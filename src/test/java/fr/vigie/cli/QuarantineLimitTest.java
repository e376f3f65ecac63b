package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.testing.Cli;
import fr.vigie.testing.TemporaryKeys;
import fr.vigie.testing.TestProjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Malformed rows go to quarantine and the good ones on; above the job's limit the run fails (exit 1). */
@ExtendWith(TemporaryKeys.class)
class QuarantineLimitTest {
    @TempDir
    Path work;

    /** The CCAS sample with every tenth data row given an extra field. */
    private Path project(double maxQuarantineRatio) throws IOException {
        Path project = TestProjects.withRules(work.resolve("project-" + maxQuarantineRatio));
        List<String> lines = Files.readAllLines(TestProjects.repository().resolve("sample-data/ccas/aides.csv"),
                java.nio.charset.Charset.forName("windows-1252"));
        List<String> damaged = new ArrayList<>(lines.subList(0, 1001));
        for (int i = 10; i < damaged.size(); i += 10) {
            damaged.set(i, damaged.get(i) + ";extra");
        }
        Files.createDirectories(project.resolve("data"));
        Files.write(project.resolve("data/aides.csv"), damaged, java.nio.charset.Charset.forName("windows-1252"));
        TestProjects.ccasJob(project, "data/aides.csv");
        Path job = project.resolve("jobs/ccas-aides.yml");
        Files.writeString(job, Files.readString(job).replace("maxQuarantineRatio: 0.01",
                "maxQuarantineRatio: " + maxQuarantineRatio));
        return project;
    }

    private JsonNode report(Path store) throws IOException {
        try (Stream<Path> runs = Files.list(store.resolve("reports"))) {
            return JsonMapper.builder().build().readTree(runs.findFirst().orElseThrow().resolve("report.json").toFile());
        }
    }

    @Test
    void aRunAboveTheQuarantineLimitFailsWithItsReportAndNothingLost() throws IOException {
        Path store = work.resolve("store-strict");
        Cli.Result run = Cli.run("run", "ccas-aides", "--project", project(0.05).toString(), "--store", store.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out()).contains("100 of 1000 rows quarantined").contains("maxQuarantineRatio");
        JsonNode report = report(store);
        assertThat(report.path("run").path("status").asString()).isEqualTo("FAILED");
        assertThat(report.path("summary").path("status").asString()).isEqualTo("RED");
        assertThat(report.path("quarantine").path("rows").asLong()).isEqualTo(100);
        assertThat(store.resolve("exports")).doesNotExist();
        Path quarantine;
        try (Stream<Path> runs = Files.list(store.resolve("quarantine"))) {
            quarantine = runs.findFirst().orElseThrow().resolve("quarantine.csv");
        }
        assertThat(Files.readAllLines(quarantine)).hasSize(101);
    }

    @Test
    void aRunWithinTheLimitGoesOnWithTheGoodRows() throws IOException {
        Path store = work.resolve("store-lenient");
        Cli.Result run = Cli.run("run", "ccas-aides", "--project", project(0.2).toString(), "--store", store.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        JsonNode ingest = report(store).path("ingest");
        assertThat(ingest.path("rowsRead").asLong()).isEqualTo(1000);
        assertThat(ingest.path("rowsAccepted").asLong() + ingest.path("rowsQuarantined").asLong()).isEqualTo(1000);
        assertThat(ingest.path("rowsQuarantined").asLong()).isEqualTo(100);
    }
}
