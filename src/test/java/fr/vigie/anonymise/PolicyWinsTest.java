package fr.vigie.anonymise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.anonymise.AnonymisationReport.Disagreement;
import fr.vigie.anonymise.AnonymisationReport.Resolution;
import fr.vigie.anonymise.AnonymisationReport.Treatment;
import fr.vigie.model.AttributeType;
import fr.vigie.model.ExitCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a policy declares wins over classification, and every disagreement is listed: attacks where the
 * classification is wrong or incomplete and the policy says otherwise.
 */
class PolicyWinsTest {
    private static final AttributeType Q = AttributeType.QUASI_IDENTIFYING;
    private static final AttributeType S = AttributeType.SENSITIVE;
    private static final AttributeType I = AttributeType.INSENSITIVE;

    @TempDir
    Path dir;

    /** 60 people: age 20..79, sex, a diagnosis among 6, smoker yes/no, a name. */
    private static DataTable people() {
        DataTable.Builder builder = DataTable.builder(List.of("nom", "age", "sexe", "diagnostic", "fumeur"));
        String[] diagnoses = {"asthme", "diabete", "grippe", "migraine", "angine", "eczema"};
        for (int i = 0; i < 60; i++) {
            builder.add(new String[] {"Nom" + i, String.valueOf(20 + i), i % 2 == 0 ? "F" : "M",
                diagnoses[(i * 7) % 6], i % 3 == 0 ? "oui" : "non"});
        }
        return builder.build();
    }

    private static List<ColumnInfo> classified(AttributeType age, AttributeType diagnostic, AttributeType fumeur) {
        return List.of(new ColumnInfo("nom", AttributeType.IDENTIFYING, "PERSON_NAME"),
                new ColumnInfo("age", age, null), new ColumnInfo("sexe", Q, "GENDER"),
                new ColumnInfo("diagnostic", diagnostic, null), new ColumnInfo("fumeur", fumeur, null));
    }

    private Anonymisation run(String yaml, List<ColumnInfo> columns) {
        return new Anonymiser(Fixtures.policy(dir, "id: p\n" + yaml), dir).anonymise(people(), columns, null);
    }

    private static Disagreement disagreement(AnonymisationReport report, String column) {
        return report.disagreements().stream().filter(d -> d.column().equals(column)).findFirst().orElseThrow(
                () -> new AssertionError("no disagreement listed for " + column + ": " + report.disagreements()));
    }

    private static List<Map<String, String>> rows(Anonymisation result) {
        List<Map<String, String>> rows = new ArrayList<>();
        result.forEachReleasedRow(row -> {
            Map<String, String> map = new HashMap<>();
            for (int c = 0; c < row.length; c++) {
                map.put(result.header().get(c), row[c]);
            }
            rows.add(map);
        });
        return rows;
    }

    @Test
    void aHierarchyGeneralisesAColumnClassifiedInsensitive() {
        Anonymisation result = run("privacy: {k: 5}\ncolumns:\n  diagnostic: {transform: keep}\n"
                + "  fumeur: {transform: keep}\nhierarchies:\n  age: {builtin: interval, widths: [10, 20]}\n",
                classified(I, S, S));
        AnonymisationReport report = result.report();
        assertThat(report.columns().get("age").treatment()).isEqualTo(Treatment.GENERALISED);
        assertThat(report.transformation()).containsKey("age");
        assertThat(rows(result)).extracting(r -> r.get("age")).allSatisfy(age -> assertThat(age).doesNotMatch("\\d+"));
        Disagreement age = disagreement(report, "age");
        assertThat(age.classifiedAs()).isEqualTo(I);
        assertThat(age.role()).isEqualTo(Q);
        assertThat(age.policyKey()).isEqualTo("hierarchies.age");
        assertThat(age.resolution()).isEqualTo(Resolution.APPLIED);
        assertThat(age.message()).contains("classified INSENSITIVE").contains("hierarchies.age");
    }

    @Test
    void aHierarchyByInfoTypeAlsoWins() {
        List<ColumnInfo> columns = new ArrayList<>(classified(I, S, S));
        columns.set(1, new ColumnInfo("age", I, "AGE"));
        AnonymisationReport report = run("privacy: {k: 5}\ncolumns:\n  diagnostic: {transform: keep}\n"
                + "  fumeur: {transform: keep}\nhierarchies:\n  AGE: {builtin: interval, widths: [10, 20]}\n", columns)
                .report();
        assertThat(report.columns().get("age").treatment()).isEqualTo(Treatment.GENERALISED);
        assertThat(disagreement(report, "age").policyKey()).isEqualTo("hierarchies.AGE");
    }

    @Test
    void namedSensitiveAttributesLeaveAnUnrelatedYesNoColumnOutOfLDiversity() {
        String l3 = "privacy:\n  k: 2\n  l-diversity: {variant: distinct, l: 3%s}\ncolumns:\n"
                + "  fumeur: {transform: keep}\n  diagnostic: {transform: keep}\n"
                + "hierarchies:\n  age: {builtin: interval, widths: [10, 20]}\n";
        // Without naming its attributes, l-diversity applies to every sensitive column: l = 3 on yes/no is impossible.
        assertThatThrownBy(() -> run(String.format(l3, ""), classified(Q, S, S)))
                .isInstanceOf(PolicyRefusedException.class).hasMessageContaining("distinct-l-diversity(fumeur)");

        Anonymisation result = run(String.format(l3, ", columns: [diagnostic]"), classified(Q, S, S));
        AnonymisationReport report = result.report();
        assertThat(report.achieved().models()).extracting(AnonymisationReport.ModelOutcome::model)
                .containsExactly("k-anonymity", "distinct-l-diversity(diagnostic)");
        Map<Map<String, String>, Set<String>> diagnosesPerClass = new HashMap<>();
        for (Map<String, String> row : rows(result)) {
            diagnosesPerClass.computeIfAbsent(Map.of("age", row.get("age"), "sexe", row.get("sexe")),
                    x -> new HashSet<>()).add(row.get("diagnostic"));
        }
        assertThat(diagnosesPerClass.values()).allSatisfy(values -> assertThat(values).hasSizeGreaterThanOrEqualTo(3));
        Disagreement fumeur = disagreement(report, "fumeur");
        assertThat(fumeur.resolution()).isEqualTo(Resolution.APPLIED);
        assertThat(fumeur.message()).contains("no l-diversity or t-closeness protects it");
        assertThat(report.disagreements()).extracting(Disagreement::column).doesNotContain("diagnostic");
    }

    @Test
    void aNamedSensitiveAttributeNeedsNoOtherKeepAndWinsOverItsClassification() {
        AnonymisationReport report = run("privacy:\n  k: 2\n  l-diversity: {l: 2, columns: [diagnostic, fumeur]}\n"
                + "hierarchies:\n  age: {builtin: interval, widths: [10, 20]}\n", classified(Q, I, S)).report();
        assertThat(report.columns().get("diagnostic").treatment()).isEqualTo(Treatment.KEPT);
        Disagreement diagnostic = disagreement(report, "diagnostic");
        assertThat(diagnostic.role()).isEqualTo(S);
        assertThat(diagnostic.policyKey()).isEqualTo("privacy.l-diversity.columns");
        assertThat(report.disagreements()).extracting(Disagreement::column).containsExactly("diagnostic");
    }

    @Test
    void anIdentifierNamedAsASensitiveAttributeStillNeedsAnExplicitKeep() {
        // Names are unique: l-diversity on them always holds, and would release every name as is.
        String yaml = "privacy:\n  k: 2\n  l-diversity: {l: 2, columns: [nom, diagnostic]}\ncolumns:\n"
                + "  fumeur: {transform: drop}%s\nhierarchies:\n  age: {builtin: interval, widths: [10, 20]}\n";
        assertThatThrownBy(() -> run(String.format(yaml, ""), classified(Q, S, S)))
                .isInstanceOfSatisfying(PolicyRefusedException.class, e -> {
                    assertThat(e.getMessage()).contains("'nom' (classified IDENTIFYING)").doesNotContain("Nom1");
                    Disagreement nom = disagreement(e.report(), "nom");
                    assertThat(nom.resolution()).isEqualTo(Resolution.DECISION_REQUIRED);
                    assertThat(nom.message()).contains("columns.nom.transform")
                            .contains("privacy.l-diversity.columns");
                    assertThat(e.report().disagreements()).extracting(Disagreement::column)
                            .doesNotContain("diagnostic");
                });
        Anonymisation kept = run(String.format(yaml, "\n  nom: {transform: keep}"), classified(Q, S, S));
        assertThat(kept.header()).contains("nom");
        assertThat(disagreement(kept.report(), "nom").resolution()).isEqualTo(Resolution.APPLIED);
    }

    @Test
    void aQuasiIdentifierNamedAsASensitiveAttributeLeavesKAnonymityOnlyWithAnExplicitKeep() {
        String yaml = "privacy:\n  k: 2\n  t-closeness: {t: 0.5, columns: [sexe]}\ncolumns:\n"
                + "  diagnostic: {transform: drop}\n  fumeur: {transform: drop}%s\n"
                + "hierarchies:\n  age: {builtin: interval, widths: [10, 20]}\n";
        assertThatThrownBy(() -> run(String.format(yaml, ""), classified(Q, S, S)))
                .isInstanceOfSatisfying(PolicyRefusedException.class, e -> assertThat(
                        disagreement(e.report(), "sexe").resolution()).isEqualTo(Resolution.DECISION_REQUIRED));
        AnonymisationReport report = run(String.format(yaml, "\n  sexe: {transform: keep}"), classified(Q, S, S))
                .report();
        assertThat(report.transformation()).containsOnlyKeys("age");
        assertThat(disagreement(report, "sexe").message()).contains("not part of k-anonymity");
    }

    @Test
    void aSensitiveColumnReleasedAsIsStopsForADecision() {
        assertThatThrownBy(() -> run("privacy: {k: 2}\ncolumns:\n  fumeur: {transform: keep}\n"
                + "hierarchies:\n  age: {builtin: interval, widths: [10, 20]}\n", classified(Q, S, S)))
                .isInstanceOfSatisfying(PolicyRefusedException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.REFUSED_BY_POLICY);
                    assertThat(e.getMessage()).contains("needs a decision").contains("'diagnostic'")
                            .doesNotContain("'fumeur'").doesNotContain("asthme").doesNotContain("grippe");
                    Disagreement d = disagreement(e.report(), "diagnostic");
                    assertThat(d.resolution()).isEqualTo(Resolution.DECISION_REQUIRED);
                    assertThat(d.message()).contains("columns.diagnostic.transform");
                    assertThat(disagreement(e.report(), "fumeur").resolution()).isEqualTo(Resolution.APPLIED);
                });
    }

    @Test
    void anIdentifierGivenAnotherRoleStillNeedsAnExplicitKeep() {
        String yaml = "privacy: {k: 2}\ncolumns:\n  nom: {role: insensitive%s}\n  diagnostic: {transform: drop}\n"
                + "  fumeur: {transform: drop}\nhierarchies:\n  age: {builtin: interval, widths: [10, 20]}\n";
        assertThatThrownBy(() -> run(String.format(yaml, ""), classified(Q, S, S)))
                .isInstanceOf(PolicyRefusedException.class).hasMessageContaining("'nom' (classified IDENTIFYING)");
        Anonymisation kept = run(String.format(yaml, ", transform: keep"), classified(Q, S, S));
        assertThat(kept.header()).contains("nom");
        Disagreement nom = disagreement(kept.report(), "nom");
        assertThat(nom.resolution()).isEqualTo(Resolution.APPLIED);
        assertThat(nom.policyKey()).isEqualTo("columns.nom.transform");
    }

    @Test
    void aTransformWinsOverAQuasiIdentifierClassificationAndSaysItLeavesKAnonymity() {
        AnonymisationReport report = run("privacy: {k: 2}\ncolumns:\n  sexe: {transform: mask}\n"
                + "  diagnostic: {transform: drop}\n  fumeur: {transform: drop}\n"
                + "hierarchies:\n  age: {builtin: interval, widths: [10, 20]}\n", classified(Q, S, S)).report();
        assertThat(report.columns().get("sexe").treatment()).isEqualTo(Treatment.MASKED);
        assertThat(report.transformation()).containsOnlyKeys("age");
        assertThat(disagreement(report, "sexe").message()).contains("not part of k-anonymity");
    }

    @Test
    void agreementIsNotListed() {
        AnonymisationReport report = run("privacy:\n  k: 2\n  l-diversity: {l: 2, columns: [diagnostic]}\n"
                + "columns:\n  fumeur: {transform: drop}\n", classified(Q, S, S)).report();
        assertThat(report.disagreements()).isEmpty();
        assertThat(report.columns().get("nom").treatment()).isEqualTo(Treatment.DROPPED);
    }
}
