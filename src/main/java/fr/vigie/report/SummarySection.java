package fr.vigie.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** The traffic-light summary at the top, and the 10 laws checklist. */
final class SummarySection {
    private SummarySection() {
    }

    static String render(JsonNode root, List<LawCheck> laws) {
        JsonNode summary = root.path("summary");
        String given = J.upper(J.text(summary, "status"));
        boolean derived = given == null || !Set.of("GREEN", "AMBER", "RED").contains(given);
        String status = derived ? TenLaws.overallStatus(laws) : given;
        StringBuilder out = new StringBuilder("<div class=\"summary s-").append(status).append("\">");
        out.append("<div>").append(Charts.trafficLight(status)).append("</div><div>");
        out.append(Html.h2("summary", "Synthèse", "Summary"));
        out.append("<p class=\"status-label\">").append(Html.esc(statusLabel(status))).append("</p>");
        if (derived) {
            out.append("<p class=\"note\">Statut déduit de la grille des 10 lois (le rapport n'en donne pas).</p>");
        }
        String headline = J.text(summary, "headline");
        if (headline != null) {
            out.append("<p class=\"headline\">").append(Html.esc(headline)).append("</p>");
        }
        List<String> decisions = J.strings(summary, "needsDecision");
        if (decisions.isEmpty()) {
            out.append("<p><strong>Décisions attendues :</strong> aucune.</p>");
        } else {
            out.append("<p><strong>Ce qui demande une décision / What needs a decision :</strong></p>")
                    .append("<ul class=\"decisions\">");
            decisions.forEach(d -> out.append("<li>").append(Html.esc(d)).append("</li>"));
            out.append("</ul>");
        }
        out.append(kpis(root, laws));
        return out.append("</div></div>").toString();
    }

    private static String kpis(JsonNode root, List<LawCheck> laws) {
        List<String> kpis = new ArrayList<>();
        double read = J.number(root, "ingest.rowsRead");
        if (!Double.isNaN(read)) {
            kpis.add(Html.kpi(J.format(read, 0), "lignes lues"));
        }
        double quarantined = J.firstNumber(root, "ingest.rowsQuarantined", "quarantine.rows");
        if (!Double.isNaN(quarantined)) {
            kpis.add(Html.kpi(J.format(quarantined, 0), "lignes en quarantaine"));
        }
        List<JsonNode> columns = J.items(root, "classification.columns");
        if (!columns.isEmpty()) {
            long personal = columns.stream().filter(c -> !"INSENSITIVE".equals(J.upper(J.text(c, "attributeType", ""))))
                    .count();
            kpis.add(Html.kpi(personal + " / " + columns.size(), "colonnes personnelles ou sensibles"));
        }
        List<JsonNode> exports = J.items(root, "exports");
        if (!exports.isEmpty()) {
            long pending = exports.stream().filter(e -> "PENDING_REVIEW".equals(J.upper(J.text(e, "status", ""))))
                    .count();
            kpis.add(Html.kpi(pending + " / " + exports.size(), "exports en attente de revue"));
        }
        long findings = J.items(root, "bias.findings").stream()
                .filter(f -> Set.of("HIGH", "BLOCKING").contains(J.upper(J.text(f, "severity", "")))).count();
        if (J.present(root.path("bias"))) {
            kpis.add(Html.kpi(String.valueOf(findings), "constats de biais élevés"));
        }
        long met = laws.stream().filter(l -> l.status() == LawStatus.MET || l.status() == LawStatus.NOT_APPLICABLE)
                .count();
        kpis.add(Html.kpi(met + " / " + laws.size(), "lois respectées ou sans objet"));
        return "<div class=\"kpis\">" + String.join("", kpis) + "</div>";
    }

    static String statusLabel(String status) {
        return switch (status) {
            case "GREEN" -> "VERT — rien ne bloque / GREEN — nothing blocks";
            case "AMBER" -> "ORANGE — à vérifier / AMBER — to be checked";
            case "RED" -> "ROUGE — décision ou correction requise / RED — action required";
            default -> "Statut inconnu / Unknown status";
        };
    }

    static String laws(List<LawCheck> laws, boolean fromReport) {
        StringBuilder out = new StringBuilder(Html.h2("laws", "Les 10 lois de la donnée", "The 10 laws"));
        out.append("<p class=\"note\">Ce que ce run montre pour chaque loi")
                .append(fromReport ? "." : " (déduit des autres sections du rapport).").append("</p>");
        List<List<String>> rows = new ArrayList<>();
        for (LawCheck check : laws) {
            rows.add(List.of(String.valueOf(check.law().number()),
                    Html.esc(check.law().titleFr()) + "<span class=\"msg-en\">" + Html.esc(check.law().titleEn())
                            + "</span>",
                    lawBadge(check.status()),
                    Html.esc(check.evidence())));
        }
        return out.append("<div class=\"laws\">")
                .append(Html.table(List.of("N°", "Loi <span class=\"en\">/ Law</span>", "Statut", "Constat"), rows,
                        Set.of(0)))
                .append("</div>").toString();
    }

    static String lawBadge(LawStatus status) {
        String tone = switch (status) {
            case MET -> "green";
            case ATTENTION -> "amber";
            case NOT_MET -> "red";
            case NOT_APPLICABLE -> "grey";
        };
        return Html.badge(status.labelFr(), tone) + "<span class=\"msg-en\">"
                + Html.esc(status.name().replace('_', ' ').toLowerCase(Locale.ROOT)) + "</span>";
    }
}
