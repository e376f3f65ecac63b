package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.ExitCode;
import fr.vigie.testing.Cli;
import fr.vigie.testing.TemporaryKeys;
import fr.vigie.testing.TestProjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job's glob is expanded when that job runs, bounded, and its failure names the job file and the key:
 * a glob walking into a folder that cannot be read, or into a tree larger than its bound, fails that job
 * alone while the other jobs of the night run. Absolute globs match. The CLI runs as cron runs it:
 * {@code vigie run --all}.
 */
@ExtendWith(TemporaryKeys.class)
class OneJobsGlobCannotStopTheOthersTest {
    @TempDir
    Path work;
    Path project;

    @BeforeEach
    void project() throws IOException {
        project = TestProjects.withRules(work.resolve("project"));
        table(project.resolve("data/petit.csv"), 40);
        job("petit", "data/petit.csv");
    }

    @AfterEach
    void clear() throws Exception {
        TestProjects.removeTree(work);
    }

    private static void table(Path file, int rows) throws IOException {
        TestProjects.smallTable(file, rows);
    }

    private void job(String id, String source) throws IOException {
        TestProjects.smallJob(project, id, source);
    }

    private Cli.Result runAll() {
        return Cli.run("run", "--all", "--project", project.toString(), "--store", work.resolve("store").toString());
    }

    private static String line(Cli.Result result, String job) {
        return result.out().lines().filter(l -> l.startsWith(job + " ")).findFirst().orElse("");
    }

    @Test
    void aGlobIntoAFolderThatCannotBeReadFailsItsJobAloneNamingTheFileAndKey() throws Exception {
        table(project.resolve("depots/2026-12/aides.csv"), 10);
        TestProjects.untraversableFolder(project.resolve("depots"));
        job("depots", "\"depots/**/*.csv\"");

        Cli.Result run = runAll();

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.BAD_CONFIGURATION);
        assertThat(line(run, "petit")).contains("COMPLETED");
        assertThat(run.err()).contains(project.resolve("jobs/depots.yml") + ": source.path: ")
                .contains("cannot read").contains("depots/**/*.csv").doesNotContain("\tat ")
                .doesNotContain("Exception");
    }

    @Test
    void aGlobWalkingMoreEntriesThanItsBoundFailsItsJobAlone() throws IOException {
        for (int i = 0; i < 60; i++) {
            Files.createDirectories(project.resolve("archives/" + i));
            Files.writeString(project.resolve("archives/" + i + "/notes.txt"), "x");
        }
        Files.writeString(project.resolve("jobs/archives.yml"), """
                id: archives
                department: Test
                purpose: Vérifier la borne
                source: {path: "archives/**/*.csv", maxFilesWalked: 50}
                bias: {enabled: false}
                """);

        Cli.Result run = runAll();

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.BAD_CONFIGURATION);
        assertThat(line(run, "petit")).contains("COMPLETED");
        assertThat(run.err()).contains(project.resolve("jobs/archives.yml") + ": source.path: ")
                .contains("more than 50").contains("maxFilesWalked");
    }

    @Test
    void anAbsoluteGlobMatches() throws IOException {
        Path drop = work.resolve("depot-ccas");
        table(drop.resolve("2026/11/aides-1.csv"), 10);
        table(drop.resolve("2026/12/aides-2.csv"), 15);
        job("absolu", "\"" + drop + "/**/aides-*.csv\"");

        Cli.Result run = runAll();

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(line(run, "absolu")).contains("COMPLETED");
        assertThat(Cli.run("runs", "--job", "absolu", "--project", project.toString(), "--store",
                work.resolve("store").toString()).out()).contains("25");
    }
}
