package fr.vigie.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

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
        JsonNode root = report == null ? MissingNode.getInstance() : report;
        List<LawCheck> laws = HtmlReport.laws(root);
        StringBuilder out = new StringBuilder();
        out.append("Vigie — run ").append(clean(J.text(root, "run.id", "?")));
        String dataset = J.firstText(root.path("run"), "dataset", "job");
        if (dataset != null) {
            out.append(" (").append(clean(dataset));
            String department = J.text(root, "run.department");
            out.append(department == null ? "" : ", " + clean(department)).append(')');
        }
        String runStatus = J.text(root, "run.status");
        out.append(runStatus == null ? "" : " — " + clean(runStatus)).append('\n');

        String status = J.upper(J.text(root, "summary.status"));
        if (status == null || !Set.of("GREEN", "AMBER", "RED").contains(status)) {
            status = TenLaws.overallStatus(laws);
        }
        out.append("Statut : ").append(SummarySection.statusLabel(status)).append('\n');
        String headline = J.text(root, "summary.headline");
        if (headline != null) {
            out.append(clean(headline)).append('\n');
        }
        rows(root, out);
        columns(root, out);
        exports(root, out);
        bias(root, out);
        out.append("10 lois : ").append(count(laws, LawStatus.MET)).append(" respectées, ")
                .append(count(laws, LawStatus.ATTENTION)).append(" à vérifier, ")
                .append(count(laws, LawStatus.NOT_MET)).append(" non respectées, ")
                .append(count(laws, LawStatus.NOT_APPLICABLE)).append(" sans objet\n");
        List<String> decisions = J.strings(root, "summary.needsDecision");
        if (!decisions.isEmpty()) {
            out.append("Décisions attendues :\n");
            decisions.forEach(d -> out.append("  - ").append(clean(d)).append('\n'));
        }
        if (htmlFile != null) {
            out.append("Rapport : ").append(htmlFile).append('\n');
        }
        return out.toString();
    }

    private static void rows(JsonNode root, StringBuilder out) {
        double read = J.number(root, "ingest.rowsRead");
        if (Double.isNaN(read)) {
            return;
        }
        double accepted = J.number(root, "ingest.rowsAccepted");
        double quarantined = J.firstNumber(root, "ingest.rowsQuarantined", "quarantine.rows");
        out.append("Lignes : ").append(J.format(read, 0)).append(" lues");
        if (!Double.isNaN(accepted)) {
            out.append(", ").append(J.format(accepted, 0)).append(" acceptées");
        }
        if (!Double.isNaN(quarantined)) {
            out.append(", ").append(J.format(quarantined, 0)).append(" en quarantaine");
            if (read > 0) {
                out.append(" (").append(J.percent(quarantined / read)).append(')');
            }
        }
        out.append('\n');
    }

    private static void columns(JsonNode root, StringBuilder out) {
        List<JsonNode> columns = J.items(root, "classification.columns");
        if (columns.isEmpty()) {
            return;
        }
        out.append("Colonnes : ").append(columns.size()).append(" classées — ")
                .append(ofType(columns, "IDENTIFYING")).append(" identifiant(s) direct(s), ")
                .append(ofType(columns, "QUASI_IDENTIFYING")).append(" quasi-identifiant(s), ")
                .append(ofType(columns, "SENSITIVE")).append(" sensible(s)");
        if (J.isTrue(root, "classification.dataset.crossesHealthAndFinance")) {
            out.append(" ; croise santé et finances");
        }
        if (J.isTrue(root, "classification.dataset.dpiaRequired")) {
            out.append(" ; AIPD requise");
        }
        out.append('\n');
    }

    private static void exports(JsonNode root, StringBuilder out) {
        for (JsonNode export : J.items(root, "exports")) {
            out.append("Export ").append(clean(J.text(export, "partner", "?"))).append(" : ")
                    .append(clean(J.text(export, "status", "?"))).append(", ")
                    .append(J.format(J.number(export, "rows"), 0)).append(" lignes");
            String path = J.text(export, "path");
            out.append(path == null ? "" : " — " + clean(path)).append('\n');
        }
    }

    private static void bias(JsonNode root, StringBuilder out) {
        if (!J.present(root.path("bias"))) {
            return;
        }
        List<JsonNode> findings = J.items(root, "bias.findings");
        long severe = findings.stream().filter(f -> Set.of("HIGH", "BLOCKING").contains(J.upper(J.text(f, "severity", ""))))
                .count();
        out.append("Biais : ").append(findings.size()).append(" constat(s), dont ").append(severe)
                .append(" de gravité élevée\n");
    }

    private static long ofType(List<JsonNode> columns, String type) {
        return columns.stream().filter(c -> type.equals(J.upper(J.text(c, "attributeType")))).count();
    }

    private static long count(List<LawCheck> laws, LawStatus status) {
        return laws.stream().filter(l -> l.status() == status).count();
    }

    /** Control characters (terminal escape sequences) from report strings never reach the terminal. */
    private static String clean(String text) {
        return text == null ? "" : text.replaceAll("\\p{Cntrl}", " ");
    }
}
