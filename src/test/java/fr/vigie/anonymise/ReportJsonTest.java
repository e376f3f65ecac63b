package fr.vigie.anonymise;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The report as the {@code vigie anonymise --json} contract prints it. */
class ReportJsonTest {
    @TempDir
    Path dir;

    @Test
    void reportSerialisesWithTheContractFieldsAndNoDataValue() {
        DataTable.Builder builder = DataTable.builder(List.of("nom", "cp", "diagnostic"));
        for (int i = 0; i < 30; i++) {
            builder.add(new String[] {"Personne" + i, "3400" + (i % 3), i % 2 == 0 ? "Asthme" : "Diabète"});
        }
        Policy policy = Fixtures.policy(dir, "id: json\nidentifying: drop\nprivacy:\n  k: 5\n"
                + "  l-diversity: {variant: distinct, l: 2, columns: [diagnostic]}\n");
        AnonymisationReport report = new Anonymiser(policy, dir).anonymise(builder.build(),
                List.of(new ColumnInfo("nom", AttributeType.IDENTIFYING, "PERSON_NAME"),
                        new ColumnInfo("cp", AttributeType.QUASI_IDENTIFYING, "POSTAL_CODE"),
                        new ColumnInfo("diagnostic", AttributeType.SENSITIVE, null)), null).report();
        String json = JsonMapper.builder().build().writeValueAsString(report);
        JsonNode node = JsonMapper.builder().build().readTree(json);
        assertThat(node.get("policyId").asString()).isEqualTo("json");
        assertThat(node.get("transformation").get("cp").asInt()).isEqualTo(0);
        assertThat(node.get("columns").get("nom").get("treatment").asString()).isEqualTo("DROPPED");
        assertThat(node.get("achieved").get("k").asInt()).isEqualTo(10);
        assertThat(node.get("riskAfter").get("prosecutorMax").asDouble()).isEqualTo(0.1);
        assertThat(node.get("utility").get("loss").isNumber()).isTrue();
        assertThat(node.get("search").get("optimal").asBoolean()).isTrue();
        assertThat(node.get("disagreements").isArray()).isTrue();
        assertThat(json).doesNotContain("Personne").doesNotContain("Asthme").doesNotContain("3400");
    }

    @Test
    void emptyTableGivesAnEmptyRelease() {
        DataTable empty = DataTable.builder(List.of("cp")).build();
        Policy policy = Fixtures.policy(dir, "id: empty\nprivacy: {k: 5}\n");
        Anonymisation result = new Anonymiser(policy, dir).anonymise(empty,
                List.of(new ColumnInfo("cp", AttributeType.QUASI_IDENTIFYING, null)), null);
        assertThat(result.report().rowsIn()).isZero();
        assertThat(result.header()).containsExactly("cp");
    }
}
