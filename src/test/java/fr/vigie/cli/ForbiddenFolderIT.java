package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.vigie.model.ExitCode;
import fr.vigie.testing.TestProjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attack as reported: a {@code **} glob walking into a folder the scheduler's user may not read used
 * to make every {@code vigie run --all} fail with a raw AccessDeniedException naming no job. Tests run as
 * root, who reads any folder; the packaged jar is therefore started through {@code setpriv} without the
 * capabilities that let root ignore permissions, so that the folder is really forbidden to it.
 */
class ForbiddenFolderIT {
    /** Root without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH: file permissions apply to it. */
    private static final List<String> WITHOUT_OVERRIDE = List.of("setpriv",
            "--inh-caps=-dac_override,-dac_read_search", "--bounding-set=-dac_override,-dac_read_search");

    @TempDir
    Path work;
    Path forbidden;

    @AfterEach
    void restore() throws IOException {
        if (forbidden != null) {
            Files.setPosixFilePermissions(forbidden, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aGlobIntoAForbiddenFolderFailsItsJobAloneNamingTheFileAndKey() throws Exception {
        Path project = TestProjects.withRules(work.resolve("project"));
        TestProjects.smallTable(project.resolve("data/petit.csv"), 40);
        TestProjects.smallJob(project, "petit", "data/petit.csv");
        TestProjects.smallTable(project.resolve("depots/2026-12/aides.csv"), 10);
        TestProjects.smallTable(project.resolve("depots/rh/salaires.csv"), 10);
        TestProjects.smallJob(project, "depots", "\"depots/**/*.csv\"");
        forbidden = project.resolve("depots/rh");
        Files.setPosixFilePermissions(forbidden, PosixFilePermissions.fromString("---------"));
        assumeTrue(forbiddenToTheChild(forbidden), "setpriv cannot take root's override capabilities away here");

        Path log = work.resolve("run.log");
        Process run = TestProjects.vigieJar(WITHOUT_OVERRIDE, "1g", project, work.resolve("store"),
                Map.of("VIGIE_KEY_DIR", work.resolve("keys").toString()), log, "run", "--all");
        int exit = run.waitFor();

        String output = Files.readString(log);
        assertThat(exit).as(output).isEqualTo(ExitCode.BAD_CONFIGURATION);
        assertThat(output).contains(project.resolve("jobs/depots.yml") + ": source.path: cannot read "
                + project.resolve("depots/rh")).contains("(permission denied)")
                .doesNotContain("AccessDeniedException").doesNotContain("\tat ");
        assertThat(output.lines().filter(l -> l.startsWith("petit ")).findFirst()).get().asString()
                .contains("COMPLETED");
    }

    /** Whether a process started like the jar cannot list the folder (setpriv exists and drops the override). */
    private static boolean forbiddenToTheChild(Path folder) {
        try {
            List<String> command = new java.util.ArrayList<>(WITHOUT_OVERRIDE);
            command.addAll(List.of("ls", folder.toString()));
            Process ls = new ProcessBuilder(command).redirectErrorStream(true).start();
            ls.getInputStream().readAllBytes();
            return ls.waitFor() != 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
