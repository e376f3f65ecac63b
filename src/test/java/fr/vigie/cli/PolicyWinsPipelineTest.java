package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.testing.Cli;
import fr.vigie.testing.TemporaryKeys;
import fr.vigie.testing.TestProjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

/**
 * The policy's word wins over classification, run as a user runs it: a job whose classification is pinned wrong
 * (age insensitive) or incomplete (a yes/no column sensitive), and a policy that says otherwise.
 */
@ExtendWith(TemporaryKeys.class)
class PolicyWinsPipelineTest {
    private static final String JOB = "consultations";
    private static final String PARTNER = "observatoire";

    @TempDir
    Path work;

    /** A project with 300 consultations and a policy: l=3 on diagnostic, age generalised, {@code columns}. */
    private Path project(String policyColumns) throws IOException {
        Path project = TestProjects.withRules(work.resolve("project"));
        List<String> lines = new ArrayList<>(List.of("nom;age;sexe;diagnostic;fumeur"));
        String[] diagnoses = {"asthme", "diabete", "grippe", "migraine", "angine", "eczema", "otite", "lombalgie"};
        for (int i = 0; i < 300; i++) {
            lines.add("Personne" + i + ";" + (18 + (i * 37) % 70) + ";" + (i % 2 == 0 ? "F" : "M") + ";"
                    + diagnoses[(i * 5) % 8] + ";" + (i % 4 == 0 ? "oui" : "non"));
        }
        Files.createDirectories(project.resolve("data"));
        Files.write(project.resolve("data/consultations.csv"), lines, StandardCharsets.UTF_8);
        Files.writeString(project.resolve("rules/policies/observatoire.yml"), "id: observatoire\n"
                + "identifying: drop\nprivacy:\n  k: 5\n"
                + "  l-diversity: {variant: distinct, l: 3, columns: [diagnostic]}\n"
                + policyColumns + "hierarchies:\n  age: {builtin: interval, widths: [10, 20, 40]}\n");
        Files.writeString(project.resolve("jobs/" + JOB + ".yml"), "id: " + JOB + "\ndepartment: Santé\n"
                + "purpose: Suivre les consultations par tranche d'âge.\nsource: data/consultations.csv\n"
                + "columns:\n  nom: {attributeType: IDENTIFYING}\n  age: {attributeType: INSENSITIVE}\n"
                + "  sexe: {attributeType: QUASI_IDENTIFYING}\n  diagnostic: {attributeType: SENSITIVE}\n"
                + "  fumeur: {attributeType: SENSITIVE}\nbias: {enabled: false}\npartners:\n  - id: " + PARTNER
                + "\n    policy: rules/policies/observatoire.yml\n    formats: [csv]\n");
        return project;
    }

    private static Path single(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.findFirst().orElseThrow();
        }
    }

    private static JsonNode entry(Path store) throws IOException {
        JsonNode report = JsonMapper.builder().build().readTree(single(store.resolve("reports"))
                .resolve("report.json").toFile());
        return report.path("anonymisation").get(0);
    }

    private static JsonNode disagreement(JsonNode entry, String column) {
        for (JsonNode d : entry.path("disagreements")) {
            if (d.path("column").asString().equals(column)) {
                return d;
            }
        }
        throw new AssertionError("no disagreement for " + column + " in " + entry.path("disagreements"));
    }

    @Test
    void aHierarchyGeneralisesAnInsensitiveColumnAndAnUnrelatedYesNoColumnLeavesLDiversityAlone()
            throws IOException {
        Path store = work.resolve("store");
        Cli.Result run = Cli.run("run", JOB, "--project", project("columns:\n  fumeur: {transform: keep}\n").toString(),
                "--store", store.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();

        Path csv = single(store.resolve("exports").resolve(PARTNER).resolve(JOB)).resolve("data.csv");
        List<String> exported = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(exported.get(0)).isEqualTo("age,sexe,diagnostic,fumeur");
        assertThat(exported.subList(1, exported.size())).isNotEmpty()
                .allSatisfy(line -> assertThat(line.split(",")[0]).doesNotMatch("\\d+"));

        JsonNode entry = entry(store);
        JsonNode age = disagreement(entry, "age");
        assertThat(age.path("classifiedAs").asString()).isEqualTo("INSENSITIVE");
        assertThat(age.path("policyKey").asString()).isEqualTo("hierarchies.age");
        assertThat(age.path("resolution").asString()).isEqualTo("APPLIED");
        assertThat(disagreement(entry, "fumeur").path("message").asString())
                .contains("no l-diversity or t-closeness protects it");
        assertThat(entry.path("guarantees").path("l").asInt()).isGreaterThanOrEqualTo(3);
        String html = Files.readString(single(store.resolve("reports")).resolve("report.html"));
        assertThat(html).contains("Politique et classification").contains("hierarchies.age");
    }

    @Test
    void aSensitiveColumnTheDepartmentForgotStopsTheRunForADecision() throws IOException {
        Path store = work.resolve("store");
        Path project = project("");
        Cli.Result run = Cli.run("run", JOB, "--project", project.toString(), "--store", store.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(3);
        assertThat(store.resolve("exports").resolve(PARTNER)).doesNotExist();

        JsonNode entry = entry(store);
        assertThat(entry.path("status").asString()).isEqualTo("REFUSED");
        assertThat(entry.path("message").asString()).contains("needs a decision").contains("'fumeur'")
                .doesNotContain("oui");
        assertThat(disagreement(entry, "fumeur").path("resolution").asString()).isEqualTo("DECISION_REQUIRED");
        JsonNode report = JsonMapper.builder().build().readTree(single(store.resolve("reports"))
                .resolve("report.json").toFile());
        assertThat(report.path("alerts")).anySatisfy(a -> {
            assertThat(a.path("code").asString()).isEqualTo("POLICY_DECISION_REQUIRED");
            assertThat(a.path("message").asString()).contains("fumeur");
        });

        Cli.Result alone = Cli.run("anonymise", project.resolve("data/consultations.csv").toString(), "--policy",
                project.resolve("rules/policies/observatoire.yml").toString(), "--out", work.resolve("out").toString(),
                "--json", "--project", project.toString());
        assertThat(alone.exitCode()).as(alone.err()).isEqualTo(3);
        JsonNode json = JsonMapper.builder().build().readTree(alone.out());
        assertThat(json.path("disagreements")).anySatisfy(d -> {
            assertThat(d.path("column").asString()).isEqualTo("fumeur");
            assertThat(d.path("resolution").asString()).isEqualTo("DECISION_REQUIRED");
        });
        assertThat(work.resolve("out").resolve("anonymised.csv")).doesNotExist();
    }
}
