package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.testing.CensusFixtures;
import fr.vigie.testing.Cli;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real census microdata file (the Adult records coded as the ACS PUMS codes them, integer-typed
 * Parquet columns, a boolean outcome) run through {@code vigie classify} and {@code vigie scan-bias}
 * as a user runs them: every coded column about the person must be found, and the boolean usable as
 * an outcome.
 */
class CensusMicrodataTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dir;
    static Path census;

    @BeforeAll
    static void writeCensus() throws IOException {
        census = CensusFixtures.adultAsPums(dir.resolve("pums.parquet"));
    }

    @Test
    void classifiesEveryCodedColumnOfACensusParquetFile() {
        Cli.Result result = Cli.run("classify", census.toString(), "--json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode json = JSON.readTree(result.out());

        assertColumn(json, "SEX", "QUASI_IDENTIFYING", "GENDER");
        assertColumn(json, "AGEP", "QUASI_IDENTIFYING", "AGE");
        assertColumn(json, "RAC1P", "SENSITIVE", "ETHNIC_ORIGIN");
        assertColumn(json, "MAR", "QUASI_IDENTIFYING", "FAMILY_SITUATION");
        assertColumn(json, "SCHL", "QUASI_IDENTIFYING", "EDUCATION_LEVEL");
        assertColumn(json, "POBP", "QUASI_IDENTIFYING", "PLACE_OF_BIRTH");
        assertColumn(json, "OCCP", "QUASI_IDENTIFYING", "PROFESSION");
        assertColumn(json, "PINCP", "SENSITIVE", "INCOME");
        // Hours worked, whole numbers under a name no rule knows: held for review (a count and a code look alike).
        assertColumn(json, "WKHP", "SENSITIVE", null);
        assertThat(json.path("dataset").path("columnsNeedingReview").toString()).contains("WKHP");
        JsonNode dataset = json.path("dataset");
        assertThat(dataset.path("personalData").asBoolean()).isTrue();
        assertThat(dataset.path("dataSubject").asString()).isEqualTo("PERSON");
        assertThat(dataset.path("protectedAttributes").path("GENDER").toString()).contains("SEX");
        assertThat(dataset.path("protectedAttributes").path("ORIGIN").toString()).contains("RAC1P", "POBP");
    }

    @Test
    void aParquetBooleanIsAnOutcomeWithPositiveTrue() {
        Cli.Result result = Cli.run("scan-bias", census.toString(), "--protected", "SEX", "--outcome", "HIGH_INCOME",
                "--positive", "true", "--json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode json = JSON.readTree(result.out());
        // In the Adult data, 31 % of men and 11 % of women earn more than 50K: the rates must show it.
        String groups = json.toString();
        assertThat(groups).contains("HIGH_INCOME");
        JsonNode findings = json.path("findings");
        assertThat(findings.isArray() && !findings.isEmpty()).as(groups).isTrue();
        assertThat(groups).containsPattern("\"metric\"\\s*:\\s*\"DISPARATE_IMPACT\"");
    }

    private static void assertColumn(JsonNode json, String name, String attributeType, String infoType) {
        JsonNode column = null;
        for (JsonNode c : json.path("columns")) {
            if (c.path("name").asString().equals(name)) {
                column = c;
            }
        }
        assertThat(column).as("column %s", name).isNotNull();
        assertThat(column.path("attributeType").asString()).as("%s: %s", name, column).isEqualTo(attributeType);
        assertThat(column.path("infoType").isNull() ? null : column.path("infoType").asString())
                .as("%s: %s", name, column).isEqualTo(infoType);
    }
}
