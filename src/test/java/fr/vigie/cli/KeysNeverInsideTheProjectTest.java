package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.ExitCode;
import fr.vigie.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The key folder is refused when it is inside the project tree, however the two paths are written: a
 * symbolic link must not put keys in the repository. Every command checks it before doing anything.
 */
class KeysNeverInsideTheProjectTest {
    @TempDir
    Path work;
    Path project;

    @BeforeEach
    void project() throws IOException {
        project = Files.createDirectories(work.resolve("project/jobs"));
        project = project.getParent();
        Files.createDirectories(project.resolve("config"));
    }

    @AfterEach
    void clear() {
        System.clearProperty("VIGIE_KEY_DIR");
    }

    private Cli.Result exportsWith(Path keyDir, Path projectPath) {
        System.setProperty("VIGIE_KEY_DIR", keyDir.toString());
        return Cli.run("exports", "--project", projectPath.toString(), "--store", work.resolve("store").toString());
    }

    private static void refused(Cli.Result result) {
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(ExitCode.BAD_CONFIGURATION);
        assertThat(result.err()).contains("VIGIE_KEY_DIR").contains("inside the project tree")
                .doesNotContain("\tat ");
    }

    @Test
    void aKeyFolderThatIsALinkIntoTheProjectIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(work.resolve("keys"), project.resolve("config"));
        refused(exportsWith(link, project));
    }

    @Test
    void aKeyFolderNotYetCreatedUnderALinkIntoTheProjectIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(work.resolve("etc-vigie"), project.resolve("config"));
        refused(exportsWith(link.resolve("keys"), project));
    }

    @Test
    void aKeyFolderThatIsADanglingLinkIntoTheProjectIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(work.resolve("keys"), project.resolve("config/keys"));
        refused(exportsWith(link, project));
    }

    @Test
    void aProjectReachedThroughALinkStillContainsItsKeyFolder() throws IOException {
        Path projectLink = Files.createSymbolicLink(work.resolve("checkout"), project);
        refused(exportsWith(project.resolve("config/keys"), projectLink));
    }

    @Test
    void aKeyFolderOutsideTheProjectIsAccepted() {
        Cli.Result result = exportsWith(work.resolve("keys"), project);
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
    }
}
