package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.testing.DocumentFixtures;
import fr.vigie.testing.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@code format: document} job over a zip-bomb DOCX (400 MB of XML in 1 MB) and a 4 KB DOCX of
 * 20,000 nested tables, next to ordinary documents, run by the packaged jar in a JVM of 512 MB: both
 * hostile files are listed as unreadable with their reason, the others are scanned, the run ends well.
 */
class HostileDocumentsIT {
    private static final String PHONE = "06 39 98 12 34";

    @TempDir
    Path work;

    @Test
    void aZipBombAndADeeplyNestedDocxAreUnreadableAndTheRunGoesOn() throws Exception {
        Path project = TestProjects.withRules(work.resolve("project"));
        Path docs = Files.createDirectories(project.resolve("courriers"));
        DocumentFixtures.zipBombDocx(docs.resolve("a-bombe.docx"), 400_000_000L);
        DocumentFixtures.nestedDocx(docs.resolve("b-imbrique.docx"), 20_000);
        DocumentFixtures.docx(docs.resolve("c-courrier.docx"), "Contact : " + PHONE);
        Files.writeString(docs.resolve("d-note.txt"), "Rappeler Mme Martin au " + PHONE + ".\n");
        Files.writeString(project.resolve("jobs/courriers.yml"), """
                id: courriers
                department: CCAS
                purpose: Repérer les données personnelles dans les courriers avant archivage
                source: {path: courriers/*, format: document}
                """);
        Path store = work.resolve("store");
        Path log = work.resolve("vigie.log");

        Process process = TestProjects.vigieJar("512m", project, store, Map.of("VIGIE_KEY_DIR",
                work.resolve("keys").toString()), log, "run", "courriers");

        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("run ends").isTrue();
        String output = Files.readString(log);
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).doesNotContain("OutOfMemoryError", "StackOverflowError", "\tat ");
        Map<String, JsonNode> documents = documents(store);
        assertThat(documents).hasSize(4);
        assertThat(documents.get("a-bombe.docx").path("unreadable").asString())
                .contains("a-bombe.docx").contains("zip bomb");
        assertThat(documents.get("b-imbrique.docx").path("unreadable").asString())
                .contains("b-imbrique.docx").contains("nesting too deep");
        for (String readable : new String[] {"c-courrier.docx", "d-note.txt"}) {
            assertThat(documents.get(readable).path("unreadable").isNull()).as(readable).isTrue();
            assertThat(documents.get(readable).path("personalData").path("PHONE_NUMBER").asInt()).as(readable)
                    .isEqualTo(1);
        }
    }

    private static Map<String, JsonNode> documents(Path store) throws Exception {
        Path report;
        try (Stream<Path> runs = Files.list(store.resolve("reports"))) {
            report = runs.findFirst().orElseThrow().resolve("report.json");
        }
        Map<String, JsonNode> byName = new HashMap<>();
        for (JsonNode d : JsonMapper.builder().build().readTree(report.toFile()).path("documents")) {
            byName.put(Path.of(d.path("file").asString()).getFileName().toString(), d);
        }
        return byName;
    }
}
