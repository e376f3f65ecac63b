package fr.vigie.report;

import fr.vigie.bias.Severity;
import fr.vigie.classify.ColumnClassification;
import fr.vigie.export.ExportSummary;
import fr.vigie.model.AttributeType;
import java.nio.file.Path;
import java.util.List;

/** The short text {@code vigie report RUN} prints: status, counts, what needs a decision, where the HTML is. */
public final class TerminalSummary {
    private TerminalSummary() {
    }

    /** The summary without a file path. */
    public static String render(ComplianceReport report) {
        return render(report, null);
    }

    /** The summary, ending with the path of the HTML report when given. */
    public static String render(ComplianceReport report, Path htmlFile) {
        StringBuilder out = new StringBuilder();
        header(report.run(), out);
        out.append("Statut : ").append(report.light().label()).append('\n');
        if (report.summary() != null && report.summary().headline() != null) {
            out.append(clean(report.summary().headline())).append('\n');
        }
        rows(report, out);
        columns(report, out);
        for (ExportSummary export : report.exports() == null ? List.<ExportSummary>of() : report.exports()) {
            out.append("Export ").append(clean(export.partner())).append(" : ").append(export.status()).append(", ")
                    .append(Numbers.format(export.rows(), 0)).append(" lignes")
                    .append(export.path() == null ? "" : " — " + clean(export.path())).append('\n');
        }
        if (report.bias() != null) {
            long severe = report.bias().findings().stream().filter(f -> f.severity().compareTo(Severity.HIGH) >= 0)
                    .count();
            out.append("Biais : ").append(report.bias().findings().size()).append(" constat(s), dont ").append(severe)
                    .append(" de gravité élevée\n");
        }
        List<LawCheck> laws = report.laws();
        out.append("10 lois : ").append(count(laws, LawStatus.MET)).append(" respectées, ")
                .append(count(laws, LawStatus.ATTENTION)).append(" à vérifier, ")
                .append(count(laws, LawStatus.NOT_MET)).append(" non respectées, ")
                .append(count(laws, LawStatus.NOT_APPLICABLE)).append(" sans objet\n");
        List<String> decisions = report.summary() == null ? List.of() : report.summary().needsDecision();
        if (!decisions.isEmpty()) {
            out.append("Décisions attendues :\n");
            decisions.forEach(d -> out.append("  - ").append(clean(d)).append('\n'));
        }
        if (htmlFile != null) {
            out.append("Rapport : ").append(htmlFile).append('\n');
        }
        return out.toString();
    }

    private static void header(RunHeader run, StringBuilder out) {
        if (run == null) {
            out.append("Vigie — run ?\n");
            return;
        }
        out.append("Vigie — run ").append(clean(run.id())).append(" (").append(clean(run.dataset()))
                .append(run.department() == null ? "" : ", " + clean(run.department())).append(')')
                .append(run.status() == null ? "" : " — " + run.status()).append('\n');
    }

    private static void rows(ComplianceReport report, StringBuilder out) {
        if (report.ingest() == null) {
            return;
        }
        long read = report.ingest().rowsRead();
        long quarantined = report.ingest().rowsQuarantined();
        out.append("Lignes : ").append(Numbers.format(read, 0)).append(" lues, ")
                .append(Numbers.format(report.ingest().rowsAccepted(), 0)).append(" acceptées, ")
                .append(Numbers.format(quarantined, 0)).append(" en quarantaine");
        if (read > 0) {
            out.append(" (").append(Numbers.percent((double) quarantined / read)).append(')');
        }
        out.append('\n');
    }

    private static void columns(ComplianceReport report, StringBuilder out) {
        List<ColumnClassification> columns = report.classification() == null ? List.of()
                : report.classification().columns();
        if (columns.isEmpty()) {
            return;
        }
        out.append("Colonnes : ").append(columns.size()).append(" classées — ")
                .append(ofType(columns, AttributeType.IDENTIFYING)).append(" identifiant(s) direct(s), ")
                .append(ofType(columns, AttributeType.QUASI_IDENTIFYING)).append(" quasi-identifiant(s), ")
                .append(ofType(columns, AttributeType.SENSITIVE)).append(" sensible(s)");
        var dataset = report.classification().dataset();
        if (dataset != null && dataset.crossesHealthAndFinance()) {
            out.append(" ; croise santé et finances");
        }
        if (dataset != null && dataset.dpiaRequired()) {
            out.append(" ; AIPD requise");
        }
        out.append('\n');
    }

    private static long ofType(List<ColumnClassification> columns, AttributeType type) {
        return columns.stream().filter(c -> c.attributeType() == type).count();
    }

    private static long count(List<LawCheck> laws, LawStatus status) {
        return laws.stream().filter(l -> l.status() == status).count();
    }

    /** Control characters (terminal escape sequences) from report strings never reach the terminal. */
    private static String clean(String text) {
        return text == null ? "" : text.replaceAll("\\p{Cntrl}", " ");
    }
}
