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
        assertThat(html).contains("ORANGE", "Approuver ou rejeter l&#39;export pour nimes",
                "5 000 lignes traitées ; 1 export en attente de revue ; AIPD requise.", "aria-label=\"Feu orange\"");
    }

    @Test
    void listsEveryClassifiedColumnWithItsTypeAndEvidence() {
        for (String column : new String[] {"nir", "date_naissance", "sexe", "commune", "revenu_mensuel", "handicap",
                "decision"}) {
            assertThat(html).contains("<td><code>" + column + "</code></td>");
        }
        assertThat(html).contains("Identifiant direct", "Quasi-identifiant", "FR_NIR", "99 %", "1\u00a0000 échantillons");
    }

    @Test
    void escapesAScriptTagInAColumnName() {
        assertThat(html).doesNotContain("<script>").doesNotContain("<script");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
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
                "Taux par groupe : sexe", "(réf.)", "données insuffisantes");
        assertThat(html).contains("62 % des demandes des femmes");
    }

    @Test
    void hidesTheExtremesOfADirectIdentifierInTheProfile() {
        assertThat(html).doesNotContain("1010175123456").doesNotContain("2991275123456");
        assertThat(html).contains("Baillargues");
    }

    @Test
    void showsTheOtherSectionsAndUnknownOnesGenerically() {
        assertThat(html).contains("id=\"anonymisation\"", "id=\"bias\"", "id=\"exports\"", "id=\"quarantine\"",
                "id=\"footprint\"", "id=\"laws\"", "id=\"audit\"", "id=\"other\"", "shown generically",
                "En attente de revue", "wrong column count", "EXPORT_CREATED", "@media print");
    }

    @Test
    void rendersAnEmptyReportWithoutFailing() {
        String empty = HtmlReport.render(ReportFixtures.JSON.createObjectNode());
        assertThat(empty).contains("<html", "id=\"summary\"", "id=\"laws\"").endsWith("</html>\n");
        assertThat(HtmlReport.render(null)).contains("<html");
    }

    @Test
    void toleratesFieldsOfUnexpectedKinds() {
        ObjectNode report = ReportFixtures.ccas();
        report.put("classification", "not an object");
        report.putArray("exports").add("odd").addObject().put("rows", "many");
        ((ObjectNode) report.get("bias")).put("groups", 3);
        report.putObject("summary").put("status", "PURPLE");

        String rendered = HtmlReport.render(report);

        assertThat(rendered).contains("id=\"summary\"").contains("déduit");
    }
}
