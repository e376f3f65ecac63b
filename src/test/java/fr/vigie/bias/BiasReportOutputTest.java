package fr.vigie.bias;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.bias.BiasFixtures.Scenario;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The report as users see it: JSON contract, terminal text in French or English, and no value from a row. */
class BiasReportOutputTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static BiasReport report() {
        List<String[]> rows = BiasFixtures.generate(Scenario.control(8_000, 21).womenFactor(0.6).proxies()
                .incomeGap().extraSexX(12));
        return BiasFixtures.scan(BiasFixtures.plannedRequest("id", "nir", "prenom"), rows);
    }

    @Test
    void jsonFollowsTheScanBiasContract() {
        JsonNode json = JSON.readTree(JSON.writeValueAsString(report()));
        JsonNode group = json.get("groups").get(0);
        for (String field : List.of("size", "outcomeRate", "outcomeRateCi", "reference", "view")) {
            assertThat(group.has(field)).as(field).isTrue();
        }
        assertThat(group.get("outcomeRateCi").has("low")).isTrue();
        JsonNode finding = json.get("findings").get(0);
        for (String field : List.of("id", "check", "metric", "attribute", "group", "referenceGroup", "value",
                "pValue", "qValue", "severity", "message", "messageFr", "messageEn", "status", "referenceChoice",
                "confidenceInterval", "direction", "threshold", "proxyColumns", "proxyOf", "scope")) {
            assertThat(finding.has(field)).as(field).isTrue();
        }
        for (String field : List.of("summary", "rollups", "proxyTests", "notes", "addedFromClassification")) {
            assertThat(json.has(field)).as(field).isTrue();
        }
        assertThat(json.get("maxSeverity").asString()).isEqualTo("HIGH");
    }

    @Test
    void jsonReadsBackIntoTheSameTypedReport() {
        BiasReport report = report();
        assertThat(JSON.readValue(JSON.writeValueAsString(report), BiasReport.class)).isEqualTo(report);
    }

    @Test
    void noRawValueFromTheRowsAppearsInTheReport() {
        BiasReport report = report();
        String everything = JSON.writeValueAsString(report) + report.toText(Lang.FR) + report.toText(Lang.EN);
        List<String> raw = Stream.of(BiasFixtures.WOMEN_NAMES, BiasFixtures.MEN_NAMES,
                BiasFixtures.WOMEN_NAMES_ABROAD, BiasFixtures.MEN_NAMES_ABROAD, BiasFixtures.DISTRICTS_A,
                BiasFixtures.DISTRICTS_B, BiasFixtures.COMMENTS).flatMap(Stream::of).toList();
        for (String value : raw) {
            assertThat(everything).doesNotContain(value);
        }
        assertThat(everything).doesNotContain("ID10").doesNotContain("dossier 7");
    }

    @Test
    void textIsFrenchByDefaultWithFrenchLabelsAndPValues() {
        BiasReport report = report();
        String text = report.toText();
        assertThat(text).isEqualTo(report.toText(Lang.FR));
        assertThat(text).contains("Groupes").contains("Constats").contains("données insuffisantes")
                .contains("< 0,001").contains("À décider en premier").contains("(référence)")
                .doesNotContain("Findings").doesNotContain("insufficient data").doesNotContain("non-EU");
        assertThat(text.indexOf("élevée")).isLessThan(text.indexOf("Colonnes"));
    }

    @Test
    void textFollowsTheLanguageAsked() {
        String text = report().toText(Lang.EN);
        assertThat(text).contains("Groups").contains("Findings").contains("insufficient data").contains("< 0.001")
                .contains("Decide first").doesNotContain("Constats");
    }

    @Test
    void controlCharactersOfALabelNeverReachTheTerminal() {
        List<String[]> rows = BiasFixtures.generate(Scenario.control(2_000, 22).extraNationality("X\u001b[2J", 40));
        BiasReport report = BiasFixtures.scan(BiasFixtures.decisionRequest(), rows);
        assertThat(report.groups()).anyMatch(g -> g.group().contains("\u001b"));
        assertThat(report.toText(Lang.FR) + report.toText(Lang.EN)).doesNotContain("\u001b");
    }

    @Test
    void aPositiveValueThatNeverOccursIsSaidInANote() {
        List<String[]> rows = BiasFixtures.generate(Scenario.control(2_000, 23));
        BiasReport report = BiasFixtures.scan(BiasFixtures.request("decision", "ACCORDE", java.util.Map.of(), null,
                List.of()), rows);
        assertThat(report.notes()).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(Note.Kind.POSITIVE_NEVER_SEEN);
            assertThat(n.messageFr()).contains("ACCORDE").contains("decision");
        });
    }
}
