package fr.vigie.report;

import java.nio.file.Path;
import tools.jackson.databind.JsonNode;

/** The short text {@code vigie report RUN} prints: status, counts, what needs a decision, where the HTML is. */
public final class TerminalSummary {
    private TerminalSummary() {
    }

    /** The summary without a file path. */
    public static String render(JsonNode report) {
        return render(report, null);
    }

    /** The summary, ending with the path of the HTML report when given. */
    public static String render(JsonNode report, Path htmlFile) {
        StringBuilder out = new StringBuilder();
        out.append("Run ").append(J.text(report, "run.id", "?")).append('\n');
        if (htmlFile != null) {
            out.append("Report: ").append(htmlFile).append('\n');
        }
        return out.toString();
    }
}
