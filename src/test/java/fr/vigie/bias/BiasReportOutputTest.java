package fr.vigie.bias;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.bias.BiasFixtures.Spec;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The report as users see it: JSON contract, terminal summary, and no value from a row anywhere. */
class BiasReportOutputTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static BiasReport report() {
        List<String[]> rows = BiasFixtures.generate(Spec.control(8_000, 21).withWomenFactor(0.6).withProxies()
                .withIncomeGap().withTinyGroup(12));
        return BiasFixtures.scan(BiasFixtures.decisionRequest(), rows);
    }

    @Test
    void jsonFollowsTheScanBiasContract() {
        JsonNode json = JSON.readTree(JSON.writeValueAsString(report()));
        JsonNode group = json.get("groups").get(0);
        assertThat(group.has("size")).isTrue();
        assertThat(group.has("outcomeRate")).isTrue();
        assertThat(group.get("outcomeRateCi").has("low")).isTrue();
        JsonNode finding = json.get("findings").get(0);
        for (String field : List.of("id", "check", "metric", "attribute", "group", "referenceGroup", "value",
                "pValue", "qValue", "severity", "messageFr", "messageEn", "status", "referenceChoice",
                "confidenceInterval", "direction", "threshold", "proxyColumns")) {
            assertThat(finding.has(field)).as(field).isTrue();
        }
        assertThat(json.get("maxSeverity").asString()).isEqualTo("HIGH");
    }

    @Test
    void noRawValueFromTheRowsAppearsInTheReport() {
        BiasReport report = report();
        String everything = JSON.writeValueAsString(report) + report.toText();
        List<String> raw = Stream.of(BiasFixtures.WOMEN_NAMES, BiasFixtures.MEN_NAMES, BiasFixtures.DISTRICTS_A,
                BiasFixtures.DISTRICTS_B, BiasFixtures.NON_EU, BiasFixtures.EU).flatMap(Stream::of).toList();
        for (String value : raw) {
            assertThat(everything).doesNotContain(value);
        }
        assertThat(everything).doesNotContain("ID10").doesNotContain("Femme").doesNotContain("Française");
    }

    @Test
    void textSummaryListsGroupsAndFindingsMostSevereFirst() {
        String text = report().toText();
        assertThat(text).contains("Groups").contains("Findings").contains("insufficient data");
        assertThat(text.indexOf("HIGH")).isLessThan(text.indexOf("INFO"));
        assertThat(text).contains("q (BH)");
    }
}
