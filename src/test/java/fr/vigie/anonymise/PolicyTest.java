package fr.vigie.anonymise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.model.AttributeType;
import fr.vigie.model.ConfigException;
import fr.vigie.model.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Policy files: the real ones load, mistakes name the file and the key, impossible targets are refused. */
class PolicyTest {
    @TempDir
    Path dir;

    @Test
    void everyPolicyOfTheProjectLoads() throws IOException {
        Path project = Path.of(".");
        try (Stream<Path> files = Files.list(project.resolve("rules/policies"))) {
            List<Path> policies = files.filter(f -> f.toString().endsWith(".yml")).toList();
            assertThat(policies).hasSizeGreaterThanOrEqualTo(2);
            for (Path file : policies) {
                Policy policy = Policy.load(file, project);
                assertThat(policy.id()).isNotBlank();
                assertThat(policy.k()).isGreaterThanOrEqualTo(2);
            }
        }
        Policy open = Policy.load(project.resolve("rules/policies/open-data.yml"), project);
        assertThat(open.identifying()).isEqualTo(Policy.IdentifyingTreatment.DROP);
        assertThat(open.lDiversity().variant()).isEqualTo(Policy.LVariant.DISTINCT);
    }

    @Test
    void projectHierarchiesCoverTheMetropolis() {
        Hierarchy communes = Hierarchy.load(Path.of("rules/hierarchies/communes-montpellier.csv"));
        assertThat(communes.size()).isEqualTo(31);
        assertThat(communes.generalise("Montpellier", 3)).isEqualTo("*");
        Hierarchy situations = Hierarchies.groups(Path.of("rules/hierarchies/situation-familiale.yml"),
                List.of("Marié(e)", "Veuf(ve)", "Célibataire"));
        assertThat(situations.generalise("Marié(e)", 1)).isEqualTo("en couple");
    }

    private void assertRejected(String yaml, String key) {
        Path file = dir.resolve("bad.yml");
        Fixtures.write(file, yaml);
        assertThatThrownBy(() -> Policy.load(file, dir)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("bad.yml").hasMessageContaining(key)
                .satisfies(e -> assertThat(((ConfigException) e).exitCode()).isEqualTo(ExitCode.BAD_CONFIGURATION));
    }

    @Test
    void rejectsUnknownKeys() {
        assertRejected("id: p\nprivacy: {k: 5, suppresionLimit: 0.1}\n", "privacy.suppresionLimit");
        assertRejected("id: p\nprivacy: {k: 5}\nhierarchies:\n  age: {builtin: interval, width: [5]}\n",
                "hierarchies.age.width");
    }

    @Test
    void rejectsInvalidValues() {
        assertRejected("id: p\nprivacy: {k: 0}\n", "privacy.k");
        assertRejected("id: p\nprivacy: {k: 5, suppressionLimit: 1.5}\n", "privacy.suppressionLimit");
        assertRejected("id: p\nidentifying: hide\nprivacy: {k: 5}\n", "identifying");
        assertRejected("id: p\nprivacy: {k: 5, l-diversity: {variant: recursive, l: 2, c: 0}}\n",
                "privacy.l-diversity.c");
        assertRejected("id: p\nprivacy: {k: 5}\nhierarchies:\n  age: {builtin: interval, widths: [5, 12]}\n",
                "hierarchies.age.widths");
        assertRejected("id: p\nprivacy: {k: 5}\nhierarchies:\n  commune: {file: missing.csv}\n",
                "hierarchies.commune.file");
        assertRejected("id: p\nprivacy: {k: 5}\ncolumns:\n  revenu: {transform: top-bottom-coding}\n",
                "columns.revenu");
        assertRejected("privacy: {k: 5}\n", "id");
        assertRejected("id: p\nprivacy: {k: 5, l-diversity: {l: 2, columns: [a, a]}}\n",
                "privacy.l-diversity.columns[1]");
    }

    @Test
    void rejectsAColumnToldTwoThings() {
        assertRejected("id: p\nprivacy: {k: 5, l-diversity: {l: 2, columns: [diagnostic]}}\ncolumns:\n"
                + "  diagnostic: {transform: drop}\n", "columns.diagnostic.transform");
        assertRejected("id: p\nprivacy: {k: 5, t-closeness: {t: 0.2, columns: [diagnostic]}}\ncolumns:\n"
                + "  diagnostic: {role: quasi_identifying}\n", "columns.diagnostic.role");
        assertRejected("id: p\nprivacy: {k: 5, l-diversity: {l: 2, columns: [age]}}\nhierarchies:\n"
                + "  age: {builtin: interval, widths: [5]}\n", "hierarchies.age");
        assertRejected("id: p\nprivacy: {k: 5}\ncolumns:\n  age: {transform: mask}\nhierarchies:\n"
                + "  age: {builtin: interval, widths: [5]}\n", "columns.age.transform");
        assertRejected("id: p\nprivacy: {k: 5}\ncolumns:\n  age: {role: sensitive}\nhierarchies:\n"
                + "  age: {builtin: interval, widths: [5]}\n", "columns.age.role");
        assertRejected("id: p\nprivacy: {k: 5}\ncolumns:\n  sexe: {role: quasi_identifying, transform: mask}\n",
                "columns.sexe.transform");
        assertRejected("id: p\nprivacy: {k: 5}\ncolumns:\n  nir: {role: identifying, transform: keep}\n",
                "columns.nir.transform");
    }

    @Test
    void refusesAnUnreachableTargetWithTheBestAttemptAndNoRawValue() {
        DataTable.Builder builder = DataTable.builder(List.of("secret", "s"));
        for (int i = 0; i < 20; i++) {
            builder.add(new String[] {"v" + i, "same"});
        }
        Policy policy = Fixtures.policy(dir, "id: strict\nprivacy:\n  k: 2\n  suppressionLimit: 0.1\n"
                + "  l-diversity: {variant: distinct, l: 2, columns: [s]}\n");
        List<ColumnInfo> columns = List.of(new ColumnInfo("secret", AttributeType.QUASI_IDENTIFYING, null),
                new ColumnInfo("s", AttributeType.SENSITIVE, null));
        assertThatThrownBy(() -> new Anonymiser(policy, dir).anonymise(builder.build(), columns, null))
                .isInstanceOfSatisfying(PolicyRefusedException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.REFUSED_BY_POLICY);
                    assertThat(e.getMessage()).contains("distinct-l-diversity(s)").contains("20 rows")
                            .contains("limit 2 rows").doesNotContain("same").doesNotContain("v1");
                    assertThat(e.report().suppressedRows()).isEqualTo(20);
                    assertThat(e.report().achieved().models().get(1).violatingRows()).isEqualTo(20);
                });
    }
}
