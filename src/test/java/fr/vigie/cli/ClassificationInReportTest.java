package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.testing.Cli;
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

/**
 * What the classification decides reaches the compliance report of a run: a column classified
 * SENSITIVE as a precaution is listed under what needs a decision, and what the rows describe is
 * shown; a facility list needs no DPIA.
 */
@ExtendWith(TemporaryKeys.class)
class ClassificationInReportTest {
    @TempDir
    Path work;

    private JsonNode run(String job, String csv) throws IOException {
        Path project = TestProjects.withRules(work.resolve("project"));
        Files.writeString(project.resolve(job + ".csv"), csv);
        Files.writeString(project.resolve("jobs/" + job + ".yml"), """
                id: %s
                department: Test
                purpose: Vérifier ce que la classification porte dans le rapport
                source: {path: %s.csv}
                """.formatted(job, job));
        Path store = work.resolve("store");
        Cli.Result run = Cli.run("run", job, "--project", project.toString(), "--store", store.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        try (Stream<Path> runs = Files.list(store.resolve("reports"))) {
            Path dir = runs.findFirst().orElseThrow();
            assertThat(Files.readString(dir.resolve("report.html"))).contains("une ligne décrit");
            return JsonMapper.builder().build().readTree(dir.resolve("report.json").toFile());
        }
    }

    @Test
    void aColumnClassifiedAsAPrecautionIsListedUnderWhatNeedsADecision() throws IOException {
        StringBuilder csv = new StringBuilder("nom;prenom;complement\n");
        String[] complements = {"Dossier complet", "Attente de pièces", "Urgent", "Handicap", "Violences conjugales"};
        for (int i = 0; i < 100; i++) {
            csv.append("MARTIN;Jean;").append(complements[i % complements.length]).append('\n');
        }
        JsonNode report = run("demandes", csv.toString());

        assertThat(report.path("classification").path("dataset").path("columnsNeedingReview").toString())
                .isEqualTo("[\"complement\"]");
        assertThat(report.path("summary").path("needsDecision").toString()).contains("« complement »");
        assertThat(report.path("summary").path("status").asString()).isNotEqualTo("GREEN");
        assertThat(report.path("summary").toString()).doesNotContain("Violences");
    }

    @Test
    void aFacilityListIsReportedAsPlacesWithoutPersonalDataOrDpia() throws IOException {
        String csv = """
                nom_equipement,type_equipement,adresse,telephone,horaires
                Piscine Olympique Antigone,Piscine,195 avenue Jacques Cartier,04 67 15 63 00,Lun-Ven 8h-22h
                Gymnase Jean Bouin,Gymnase,12 rue de la Croix,04 67 22 11 00,Lun-Sam 9h-20h
                Stade Philippidès,Stade,3 avenue de Toulouse,04 67 98 76 54,Tous les jours 9h-20h
                """;
        JsonNode report = run("equipements", csv);

        JsonNode dataset = report.path("classification").path("dataset");
        assertThat(dataset.path("dataSubject").asString()).isEqualTo("PLACE");
        assertThat(dataset.path("personalData").asBoolean()).isFalse();
        assertThat(dataset.path("dpiaRequired").asBoolean()).isFalse();
        assertThat(report.path("alerts").toString()).doesNotContain("DPIA_REQUIRED");
    }
}
