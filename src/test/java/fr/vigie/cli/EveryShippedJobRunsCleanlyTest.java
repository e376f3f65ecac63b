package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.testing.Cli;
import fr.vigie.testing.TemporaryKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command, {@code vigie run --all} on the shipped jobs and sample data, ends with exit
 * 0 for every job: a rule change that makes a sample column need a decision (a fail-closed hold, a
 * dictionary word matching a tariff label) shows here, not on a new user's first run.
 */
@ExtendWith(TemporaryKeys.class)
class EveryShippedJobRunsCleanlyTest {
    @TempDir
    Path store;

    @BeforeEach
    void settings() {
        System.clearProperty("VIGIE_DB_URL");
    }

    @Test
    void runAllOnTheSampleDataEndsWithExitZeroForEveryJob() throws IOException {
        Cli.Result run = Cli.run("run", "--all", "--store", store.toString());

        List<String> jobs;
        try (Stream<Path> files = Files.list(Path.of("jobs"))) {
            jobs = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yml"))
                .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        }
        assertThat(jobs).isNotEmpty();
        for (String job : jobs) {
            assertThat(run.out().lines().filter(l -> l.startsWith(job + " ")))
                .as("the line of job %s in%n%s%s", job, run.out(), run.err())
                .singleElement().asString().contains("COMPLETED exit 0");
        }
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    }
}
