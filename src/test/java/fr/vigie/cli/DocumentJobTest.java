package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.testing.Cli;
import fr.vigie.testing.DocumentFixtures;
import fr.vigie.testing.TemporaryKeys;
import fr.vigie.testing.TestProjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A job over documents: each is scanned for personal data, counted per type, never quoted. */
@ExtendWith(TemporaryKeys.class)
class DocumentJobTest {
    private static final String PHONE = "06 39 98 12 34";
    private static final String EMAIL = "jeanne.martin@example.org";

    @TempDir
    Path work;

    @Test
    void countsPersonalDataPerDocumentAndListsUnreadableOnes() throws IOException {
        Path project = TestProjects.withRules(work.resolve("project"));
        Path docs = Files.createDirectories(project.resolve("courriers"));
        Files.writeString(docs.resolve("a-note.txt"), "Rappeler Mme Martin au " + PHONE + " ou " + EMAIL + ".\n");
        DocumentFixtures.pdf(docs.resolve("b-courrier.pdf"), "Objet : demande d'aide. Contact : " + EMAIL, null);
        DocumentFixtures.pdf(docs.resolve("c-protege.pdf"), "secret", "motdepasse");
        Files.writeString(project.resolve("jobs/courriers.yml"), """
                id: courriers
                department: CCAS
                purpose: Repérer les données personnelles dans les courriers avant archivage
                source: {path: courriers/*, format: document}
                """);
        Path store = work.resolve("store");

        Cli.Result run = Cli.run("run", "courriers", "--project", project.toString(), "--store", store.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        Path report;
        try (Stream<Path> runs = Files.list(store.resolve("reports"))) {
            report = runs.findFirst().orElseThrow().resolve("report.json");
        }
        String json = Files.readString(report);
        assertThat(json).doesNotContain(PHONE).doesNotContain(EMAIL).doesNotContain("Martin");
        JsonNode documents = JsonMapper.builder().build().readTree(json).path("documents");
        assertThat(documents).hasSize(3);
        assertThat(documents.get(0).path("personalData").path("PHONE_NUMBER").asInt()).isEqualTo(1);
        assertThat(documents.get(0).path("personalData").path("EMAIL_ADDRESS").asInt()).isEqualTo(1);
        assertThat(documents.get(1).path("personalData").path("EMAIL_ADDRESS").asInt()).isEqualTo(1);
        assertThat(documents.get(2).path("unreadable").asString()).contains("c-protege.pdf");
    }
}
