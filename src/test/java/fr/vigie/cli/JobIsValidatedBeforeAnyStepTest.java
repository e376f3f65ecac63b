package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.export.Keys;
import fr.vigie.model.ExitCode;
import fr.vigie.testing.Cli;
import fr.vigie.testing.TestProjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mistake anywhere in what a job needs (its bias section, its column pins, a hierarchy of its policy,
 * the signing key) is found before the job's first step: exit 2, one message naming the file and the
 * key, and no run started (no ingest, no classification wasted, no run recorded).
 */
class JobIsValidatedBeforeAnyStepTest {
    @TempDir
    Path work;
    Path project;

    @BeforeEach
    void project() throws IOException {
        project = TestProjects.withRules(work.resolve("project"));
        System.setProperty("VIGIE_KEY_DIR", work.resolve("keys").toString());
        StringBuilder csv = new StringBuilder("id_dossier;sexe;commune;decision\n");
        for (int i = 0; i < 40; i++) {
            csv.append(i).append(i % 2 == 0 ? ";F" : ";M").append(";Lattes;").append(i % 3 == 0 ? "REFUSEE" : "ACCORDEE")
                    .append('\n');
        }
        Files.createDirectories(project.resolve("data"));
        Files.writeString(project.resolve("data/aides.csv"), csv);
    }

    @AfterEach
    void clear() {
        System.clearProperty("VIGIE_KEY_DIR");
    }

    private Path job(String more) throws IOException {
        Path file = project.resolve("jobs/aides.yml");
        Files.writeString(file, """
                id: aides
                department: CCAS
                purpose: Mesurer l'équité d'attribution
                source: data/aides.csv
                """ + more);
        return file;
    }

    /** The run refused at once: exit 2, the file and key named on one line, and nothing run. */
    private void refusedBeforeAnyStep(Path file, String key, String problem) {
        refusedBeforeAnyStep(file + ": " + key + ": " + problem);
    }

    private void refusedBeforeAnyStep(String message) {
        Cli.Result run = Cli.run("run", "aides", "--project", project.toString(), "--store",
                work.resolve("store").toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.BAD_CONFIGURATION);
        assertThat(run.err()).contains(message).doesNotContain("\tat ");
        assertThat(run.err().lines().filter(l -> l.startsWith("vigie:"))).hasSize(1);
        assertThat(work.resolve("store/reports")).as("no run started").doesNotExist();
        assertThat(Cli.run("runs", "--project", project.toString(), "--store", work.resolve("store").toString()).out())
                .doesNotContain("aides-");
    }

    @Test
    void aBiasOutcomeThatIsNoColumn() throws IOException {
        Path file = job("""
                bias: {protected: [sexe], outcome: decison, positive: ACCORDEE}
                """);
        refusedBeforeAnyStep(file, "bias.outcome", "no column 'decison' in the source");
    }

    @Test
    void aProtectedColumnThatIsNoColumn() throws IOException {
        Path file = job("""
                bias: {protected: [{column: nationalite, attribute: ORIGIN}], outcome: decision, positive: ACCORDEE}
                """);
        refusedBeforeAnyStep(file, "bias.protected[0]", "no column 'nationalite' in the source");
    }

    @Test
    void aStratificationColumnThatIsNoColumn() throws IOException {
        Path file = job("""
                bias: {protected: [sexe], outcome: decision, positive: ACCORDEE, stratifyBy: type_aide}
                """);
        refusedBeforeAnyStep(file, "bias.stratifyBy", "no column 'type_aide' in the source");
    }

    @Test
    void aPinnedColumnThatIsNoColumn() throws IOException {
        Path file = job("""
                columns:
                  num_secu: {attributeType: IDENTIFYING}
                bias: {enabled: false}
                """);
        refusedBeforeAnyStep(file, "columns.num_secu", "no column 'num_secu' in the source");
    }

    @Test
    void aBrokenHierarchyOfAPartnersPolicy() throws IOException {
        Files.writeString(project.resolve("rules/hierarchies/communes-montpellier.csv"), "Lattes;340**;*\nPérols;*\n");
        job("""
                bias: {enabled: false}
                partners:
                  - id: metropole-toulouse
                    policy: rules/policies/partenaires-metropoles.yml
                """);
        refusedBeforeAnyStep(project.resolve("rules/hierarchies/communes-montpellier.csv") + ": line 2 has 2 levels");
    }

    @Test
    void aSigningKeyOthersCanRead() throws IOException {
        Keys.loadOrCreate(work.resolve("keys"));
        Path key = work.resolve("keys").resolve(Keys.PRIVATE_KEY_FILE);
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        job("""
                bias: {enabled: false}
                partners:
                  - id: metropole-toulouse
                    policy: rules/policies/partenaires-metropoles.yml
                """);
        refusedBeforeAnyStep(key + ": private key is accessible to other users");
    }
}
