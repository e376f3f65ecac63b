package fr.vigie.bias;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.model.ConfigException;
import fr.vigie.model.ProtectedAttribute;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BiasRulesTest {
    @TempDir
    Path dir;

    private Path copyOfProjectRules() throws IOException {
        Files.createDirectories(dir.resolve("reference"));
        Files.copy(Path.of("rules/bias.yml"), dir.resolve("bias.yml"));
        try (var files = Files.list(Path.of("rules/reference"))) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve("reference").resolve(file.getFileName()));
            }
        }
        return dir;
    }

    private void replaceInYaml(String from, String to) throws IOException {
        String text = Files.readString(dir.resolve("bias.yml"));
        assertThat(text).contains(from);
        Files.writeString(dir.resolve("bias.yml"), text.replace(from, to));
    }

    @Test
    void loadsTheProjectRulesWithReferencePopulations() {
        BiasRules rules = BiasRules.load(Path.of("rules"));
        assertThat(rules.minGroupSize()).isEqualTo(30);
        assertThat(rules.minPublishedCount()).isEqualTo(10);
        assertThat(rules.reference(ProtectedAttribute.GENDER)).containsKeys("F", "M");
        assertThat(rules.reference(ProtectedAttribute.AGE)).containsKeys("<25", "65+");
        assertThat(rules.reference(ProtectedAttribute.ORIGIN)).containsKeys("French", "EU", "non-EU");
        assertThat(rules.scale(Metric.DISPARATE_IMPACT).rate(0.79)).isEqualTo(Severity.MEDIUM);
        assertThat(rules.scale(Metric.DISPARATE_IMPACT).rate(0.95)).isEqualTo(Severity.INFO);
        assertThat(rules.scale(Metric.DISPARATE_IMPACT).rate(0.4)).isEqualTo(Severity.BLOCKING);
        assertThat(rules.scale(Metric.CRAMERS_V).rate(0.5)).isEqualTo(Severity.HIGH);
    }

    @Test
    void codingsRecogniseSpellingsOfOneCategoryWithoutCaseOrAccents() {
        GroupCodings codings = BiasRules.load(Path.of("rules")).codings();
        assertThat(codings.coding(ProtectedAttribute.GENDER, " Femme ").category()).isEqualTo("F");
        assertThat(codings.coding(ProtectedAttribute.GENDER, "2").code()).isEqualTo("INSEE");
        assertThat(codings.coding(ProtectedAttribute.ORIGIN, "FRANÇAISE").category()).isEqualTo("French");
        // Any other nationality is a value of its own: no coding guesses it into a category.
        assertThat(codings.coding(ProtectedAttribute.ORIGIN, "italienne")).isNull();
        assertThat(codings.coding(ProtectedAttribute.ORIGIN, "étrangère")).isNull();
    }

    @Test
    void theRollupGroupsNationalitiesItListsAndNoOther() {
        GroupCodings.Rollup rollup = BiasRules.load(Path.of("rules")).codings().rollup(ProtectedAttribute.ORIGIN);
        assertThat(rollup.keyOf(null, "Italienne")).isEqualTo("EU");
        assertThat(rollup.keyOf(null, "Marocaine")).isEqualTo("non-EU");
        assertThat(rollup.keyOf(null, "étrangère")).isNull();
        assertThat(rollup.keyOf(new GroupCodings.Coding("French", null, "", ""), "Française")).isEqualTo("French");
    }

    @Test
    void rejectsAValueCodedTwice() throws IOException {
        copyOfProjectRules();
        replaceInYaml("values: [m, homme,", "values: [femme, m, homme,");
        assertThatThrownBy(() -> BiasRules.load(dir)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("bias.yml").hasMessageContaining("codings.GENDER");
    }

    @Test
    void missingTokensAreRecognisedWhateverTheirCase() {
        BiasRules rules = BiasRules.load(Path.of("rules"));
        assertThat(rules.isMissing("")).isTrue();
        assertThat(rules.isMissing("  ")).isTrue();
        assertThat(rules.isMissing("N/A")).isTrue();
        assertThat(rules.isMissing("Non renseigné")).isTrue();
        assertThat(rules.isMissing("Inconnu")).isTrue();
        assertThat(rules.isMissing("Nadia")).isFalse();
        assertThat(rules.isMissing("Énergie")).isFalse();
        assertThat(rules.isMissing("0")).isFalse();
    }

    @Test
    void rejectsAnUnknownKeyNamingFileAndKey() throws IOException {
        copyOfProjectRules();
        replaceInYaml("minGroupSize: 30", "minGroupSize: 30\nminGroupSise: 20");
        assertThatThrownBy(() -> BiasRules.load(dir)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("bias.yml").hasMessageContaining("minGroupSise");
    }

    @Test
    void rejectsAMissingSeverityScale() throws IOException {
        copyOfProjectRules();
        replaceInYaml("  MEAN_RATIO:              {below: {LOW: 0.9, MEDIUM: 0.8, HIGH: 0.7}}\n", "");
        assertThatThrownBy(() -> BiasRules.load(dir)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("severity.MEAN_RATIO").hasMessageContaining("required");
    }

    @Test
    void rejectsThresholdsThatMakeASevereLevelEasierToReach() throws IOException {
        copyOfProjectRules();
        replaceInYaml("{below: {LOW: 0.9, MEDIUM: 0.8, HIGH: 0.7, BLOCKING: 0.5}}   # four-fifths",
                "{below: {LOW: 0.9, MEDIUM: 0.8, HIGH: 0.85, BLOCKING: 0.5}}   # four-fifths");
        assertThatThrownBy(() -> BiasRules.load(dir)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("severity.DISPARATE_IMPACT.below");
    }

    @Test
    void rejectsAnUnknownSeverityName() throws IOException {
        copyOfProjectRules();
        replaceInYaml("notSignificantMaxSeverity: INFO", "notSignificantMaxSeverity: MILD");
        assertThatThrownBy(() -> BiasRules.load(dir)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("notSignificantMaxSeverity");
    }

    @Test
    void rejectsReferenceSharesThatDoNotAddUpToOne() throws IOException {
        copyOfProjectRules();
        Files.writeString(dir.resolve("reference/sex.csv"), "attribute,group,share\nGENDER,F,0.6\nGENDER,M,0.6\n");
        assertThatThrownBy(() -> BiasRules.load(dir)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("sex.csv").hasMessageContaining("GENDER").hasMessageContaining("add up");
    }

    @Test
    void rejectsAnUnknownAttributeInAReferenceFile() throws IOException {
        copyOfProjectRules();
        Files.writeString(dir.resolve("reference/sex.csv"), "attribute,group,share\nSEX,F,0.5\nSEX,M,0.5\n");
        assertThatThrownBy(() -> BiasRules.load(dir)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("sex.csv").hasMessageContaining("line 2.attribute");
    }

    @Test
    void aMissingRulesFileIsAConfigurationError() {
        assertThatThrownBy(() -> BiasRules.load(dir)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("bias.yml").hasMessageContaining("not found");
    }
}
