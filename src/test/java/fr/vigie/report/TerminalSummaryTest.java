package fr.vigie.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class TerminalSummaryTest {
    @Test
    void printsStatusCountsDecisionsAndTheReportPath() {
        String text = TerminalSummary.render(ReportFixtures.ccas(), Path.of("store/reports/r1/report.html"));

        assertThat(text).contains("ccas-aides-", "ORANGE", "5\u00a0000 lues", "0 en quarantaine",
                "7 identifiant(s) direct(s)", "Export metropole-toulouse : PENDING_REVIEW",
                "Approuver ou rejeter l'export pour metropole-toulouse", "10 lois : 7 respectées, 3 à vérifier",
                "Rapport : store/reports/r1/report.html");
    }

    @Test
    void aReportOfARunThatReachedNoStageIsRed() {
        assertThat(TerminalSummary.render(ReportFixtures.empty())).contains("Vigie — run ?", "ROUGE");
    }

    @Test
    void neverPassesTerminalControlCharactersThrough() {
        ObjectNode tree = ReportFixtures.ccasTree();
        ((ObjectNode) tree.get("summary")).put("headline", "ok\u001b[2J\u001b]0;pwned\u0007");

        assertThat(TerminalSummary.render(ReportFixtures.typed(tree))).doesNotContain("\u001b").doesNotContain("\u0007");
    }
}
