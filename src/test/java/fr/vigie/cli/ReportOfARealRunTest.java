package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.testing.Cli;
import fr.vigie.testing.TemporaryKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The compliance report of a real run of the shipped CCAS job (the CLI as a user runs it, not a
 * hand-written fixture): its JSON and its HTML carry the traffic light, the reference group of the bias
 * scan marked, every section, and every field the report has always had
 * ({@code src/test/resources/report/ccas-report-fields.txt}, taken from a run before the report was typed).
 */
class ReportOfARealRunTest {
    static final List<String> SECTIONS = List.of("run", "ingest", "classification", "anonymisation", "bias", "exports",
            "quarantine", "alerts", "summary", "footprint", "audit", "laws");

    @RegisterExtension
    static final TemporaryKeys KEYS = TemporaryKeys.perClass();
    @TempDir
    static Path work;
    static JsonNode report;
    static String html;
    static String summary;

    @BeforeAll
    static void runTheCcasJob() throws IOException {
        Path store = work.resolve("store");
        Cli.Result run = Cli.run("run", "ccas-aides", "--store", store.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        try (Stream<Path> runs = Files.list(store.resolve("reports"))) {
            Path dir = runs.findFirst().orElseThrow();
            report = JsonMapper.builder().build().readTree(dir.resolve("report.json").toFile());
            html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
            Cli.Result printed = Cli.run("report", dir.getFileName().toString(), "--store", store.toString());
            assertThat(printed.exitCode()).as(printed.err()).isZero();
            summary = printed.out();
        }
    }

    @Test
    void theTrafficLightIsTheSameInTheJsonTheHtmlAndTheTerminal() {
        String light = report.path("summary").path("status").asString();
        assertThat(light).as("an export waits for the DPO: not green").isEqualTo("AMBER");
        assertThat(html).contains("<div class=\"summary s-AMBER\">");
        assertThat(summary).contains("Statut : ORANGE");
    }

    @Test
    void theReferenceGroupOfEachScannedColumnIsMarkedInTheJsonAndTheHtml() {
        Set<String> columnsWithAReference = new TreeSet<>();
        for (JsonNode group : report.path("bias").path("groups")) {
            if (group.path("reference").asBoolean() && "VALUE".equals(group.path("view").asString())) {
                columnsWithAReference.add(group.path("column").asString());
            }
        }
        assertThat(columnsWithAReference).containsExactly("nationalite", "sexe");
        String bias = html.substring(html.indexOf("<section id=\"bias\""), html.indexOf("</section>",
                html.indexOf("<section id=\"bias\"")));
        assertThat(bias.split("<span class=\"ref\">référence</span>", -1).length - 1)
                .as("one marked group per table of groups").isGreaterThanOrEqualTo(2);
    }

    @Test
    void everySectionIsInTheJsonAndTheHtml() {
        for (String section : SECTIONS) {
            assertThat(report.has(section)).as(section).isTrue();
            assertThat(html).as(section).contains("<section id=\"" + section + "\"");
        }
    }

    @Test
    void theReportKeepsEveryFieldItHasAlwaysHad() throws IOException {
        Set<String> fields = new TreeSet<>();
        collect(report, "", fields);
        List<String> expected = Files.readAllLines(Path.of("src/test/resources/report/ccas-report-fields.txt"));
        assertThat(fields).containsAll(expected);
    }

    /** Every field path of the tree, array items merged under {@code []}. */
    private static void collect(JsonNode node, String path, Set<String> fields) {
        if (node.isObject()) {
            for (var field : node.properties()) {
                String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                fields.add(child);
                collect(field.getValue(), child, fields);
            }
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, path + "[]", fields));
        }
    }
}
