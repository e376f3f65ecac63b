package fr.vigie.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class TerminalSummaryTest {
    @Test
    void printsStatusCountsDecisionsAndTheReportPath() {
        String text = TerminalSummary.render(ReportFixtures.ccas(), Path.of("store/reports/r1/report.html"));

        assertThat(text).contains("20261123-0200-ccas", "AMBER", "5\u00a0000 lues", "20 en quarantaine",
                "1 identifiant(s) direct(s)", "Export nimes : PENDING_REVIEW", "Approuver ou rejeter l'export pour nimes",
                "10 lois : 7 respectées, 3 à vérifier", "Rapport : store/reports/r1/report.html");
    }

    @Test
    void derivesTheStatusWhenTheReportHasNoSummary() {
        ObjectNode report = ReportFixtures.ccas();
        report.remove("summary");

        assertThat(TerminalSummary.render(report)).contains("AMBER");
        assertThat(TerminalSummary.render(null)).contains("Vigie — run ?");
    }

    @Test
    void neverPassesTerminalControlCharactersThrough() {
        ObjectNode report = ReportFixtures.ccas();
        ((ObjectNode) report.get("summary")).put("headline", "ok\u001b[2J\u001b]0;pwned\u0007");

        assertThat(TerminalSummary.render(report)).doesNotContain("\u001b").doesNotContain("\u0007");
    }
}
