package fr.vigie.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class HtmlReportTest {
    private final String html = HtmlReport.render(ReportFixtures.ccas());

    @Test
    void startsWithTheTrafficLightSummaryAndWhatNeedsADecision() {
        assertThat(html).startsWith("<!DOCTYPE html>");
        int summary = html.indexOf("id=\"summary\"");
        assertThat(summary).isPositive().isLessThan(html.indexOf("id=\"classification\""));
        assertThat(html).contains("ORANGE", "Approuver ou rejeter l&#39;export pour metropole-toulouse",
                "5000 rows read, 5000 accepted", "aria-label=\"Feu orange\"");
    }

    @Test
    void listsEveryClassifiedColumnWithItsTypeAndEvidence() {
        for (String column : new String[] {"nir", "date_naissance", "sexe", "commune", "revenu_mensuel", "decision"}) {
            assertThat(html).contains("<td><code>" + column + "</code></td>");
        }
        assertThat(html).contains("Identifiant direct", "Quasi-identifiant", "Sensible", "échantillons");
    }

    @Test
    void escapesAScriptTagInAColumnName() {
        ObjectNode tree = ReportFixtures.ccasTree();
        ((ObjectNode) tree.get("classification").get("columns").get(0)).put("name", "<script>alert(1)</script>");

        String rendered = HtmlReport.render(ReportFixtures.typed(tree));

        assertThat(rendered).doesNotContain("<script");
        assertThat(rendered).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void referencesNoExternalResource() {
        assertThat(html).doesNotContainIgnoringCase("http://").doesNotContainIgnoringCase("https://");
        assertThat(Pattern.compile("(src|href)\\s*=\\s*\"(?!#)", Pattern.CASE_INSENSITIVE).matcher(html).find())
                .as("only in-page links").isFalse();
        assertThat(html).doesNotContain("@import").doesNotContain("url(");
    }

    @Test
    void drawsRiskAndBiasChartsInline() {
        assertThat(html).contains("<svg", "Risque de ré-identification avant et après anonymisation",
                "Taux par groupe : sexe", "(réf.)", "<span class=\"ref\">référence</span>");
    }

    @Test
    void showsTheExtremesOnlyOfColumnsTheReportDidNotWithhold() {
        ObjectNode tree = ReportFixtures.ccasTree();
        ObjectNode nir = (ObjectNode) tree.get("ingest").get("profile").get("columns").get(3);
        nir.put("min", "1010175123456");

        String rendered = HtmlReport.render(ReportFixtures.typed(tree));

        assertThat(rendered).doesNotContain("1010175123456").contains("2024-01-02").contains("masqué");
    }

    @Test
    void showsEverySectionOfTheRun() {
        assertThat(html).contains("id=\"anonymisation\"", "id=\"bias\"", "id=\"exports\"", "id=\"quarantine\"",
                "id=\"footprint\"", "id=\"laws\"", "id=\"audit\"", "En attente de revue", "RUN_STARTED",
                "@media print", "CRLF (Windows)", "Pseudonymisée");
    }

    @Test
    void rendersTheReportOfARunThatReachedNoStage() {
        String empty = HtmlReport.render(ReportFixtures.empty());

        assertThat(empty).contains("<html", "id=\"summary\"", "ROUGE").endsWith("</html>\n");
    }
}
