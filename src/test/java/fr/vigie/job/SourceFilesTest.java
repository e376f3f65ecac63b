package fr.vigie.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.model.ConfigException;
import fr.vigie.testing.TestProjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A job's source path expanded when the job runs: relative or absolute, bounded, failures naming file and key. */
class SourceFilesTest {
    @TempDir
    Path project;

    @BeforeEach
    void folders() throws IOException {
        Files.createDirectories(project.resolve("jobs"));
        Files.createDirectories(project.resolve("data"));
    }

    @AfterEach
    void removeDeepTrees() throws Exception {
        TestProjects.removeTree(project.resolve("data/deep"));
    }

    private JobDefinition job(String source) throws IOException {
        Path file = project.resolve("jobs/job.yml");
        Files.writeString(file, """
                id: job
                department: Test
                purpose: Tester les chemins
                source: %s
                """.formatted(source));
        return JobFiles.load(file, project);
    }

    private void file(String path) throws IOException {
        Files.createDirectories(project.resolve(path).getParent());
        Files.writeString(project.resolve(path), "a;b\n1;2\n");
    }

    @Test
    void matchesAGlobRelativeToTheProjectInNameOrder() throws IOException {
        file("data/aides-2.csv");
        file("data/aides-1.csv");
        file("data/autre.csv");
        assertThat(SourceFiles.resolve(job("data/aides-*.csv"), project)).extracting(p -> p.getFileName().toString())
                .containsExactly("aides-1.csv", "aides-2.csv");
    }

    @Test
    void matchesAnAbsoluteGlob() throws IOException {
        file("data/2026/11/aides.csv");
        file("data/2026/12/aides.csv");
        String absolute = project.resolve("data") + "/**/aides.csv";
        assertThat(SourceFiles.resolve(job("\"" + absolute + "\""), project))
                .containsExactly(project.resolve("data/2026/11/aides.csv"), project.resolve("data/2026/12/aides.csv"));
    }

    @Test
    void aLiteralPathNeedsNoWalk() throws IOException {
        file("data/aides.csv");
        assertThat(SourceFiles.resolve(job("data/aides.csv"), project)).containsExactly(project.resolve("data/aides.csv"));
        assertThat(SourceFiles.resolve(job("data/absent.csv"), project)).isEmpty();
    }

    @Test
    void loadingAJobFileWalksNothing() throws Exception {
        TestProjects.untraversableFolder(project.resolve("data"));
        JobDefinition job = job("\"data/**/*.csv\"");
        assertThat(job.source().pattern()).isEqualTo("data/**/*.csv");
    }

    @Test
    void aFolderThatCannotBeReadNamesTheJobFileAndKey() throws Exception {
        file("data/aides.csv");
        TestProjects.untraversableFolder(project.resolve("data"));
        JobDefinition job = job("\"data/**/*.csv\"");
        assertThatThrownBy(() -> SourceFiles.resolve(job, project)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(project.resolve("jobs/job.yml") + ": source.path: cannot read ")
                .hasMessageContaining("while expanding 'data/**/*.csv' (File name too long)")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
    }

    @Test
    void stopsAtItsBoundNamingTheJobFileAndKey() throws IOException {
        for (int i = 0; i < 30; i++) {
            file("data/" + i + "/notes.txt");
        }
        JobDefinition job = job("{path: \"data/**/*.csv\", maxFilesWalked: 40}");
        assertThatThrownBy(() -> SourceFiles.resolve(job, project)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(project.resolve("jobs/job.yml") + ": source.path: ")
                .hasMessageContaining("walked more than 40 files and folders");
    }

    @Test
    void walksNoDeeperThanTheGlobCanMatch() throws Exception {
        file("data/aides.csv");
        for (int i = 0; i < 30; i++) {
            file("data/archives/" + i + "/aides.csv");
        }
        TestProjects.untraversableFolder(project.resolve("data"));
        JobDefinition job = job("{path: \"data/*.csv\", maxFilesWalked: 10}");
        assertThat(SourceFiles.resolve(job, project)).containsExactly(project.resolve("data/aides.csv"));
    }

    @Test
    void doesNotFollowALinkThatLoopsBackToAParentFolder() throws IOException {
        file("data/2026/aides.csv");
        Files.createSymbolicLink(project.resolve("data/2026/boucle"), project.resolve("data"));
        assertThat(SourceFiles.resolve(job("\"data/**/*.csv\""), project))
                .containsExactly(project.resolve("data/2026/aides.csv"));
    }
}
