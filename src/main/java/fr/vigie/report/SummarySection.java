package fr.vigie.report;

import fr.vigie.bias.Severity;
import fr.vigie.export.ExportSummary;
import fr.vigie.model.AttributeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The traffic-light summary at the top, and the 10 laws checklist. */
final class SummarySection {
    private SummarySection() {
    }

    static String render(ComplianceReport report) {
        TrafficLight status = report.light();
        StringBuilder out = new StringBuilder("<div class=\"summary s-").append(status).append("\">");
        out.append("<div>").append(Charts.trafficLight(status.name())).append("</div><div>");
        out.append(Html.h2("summary", "Synthèse", "Summary"));
        out.append("<p class=\"status-label\">").append(Html.esc(status.label())).append("</p>");
        Summary summary = report.summary();
        if (summary != null && summary.headline() != null) {
            out.append("<p class=\"headline\">").append(Html.esc(summary.headline())).append("</p>");
        }
        List<String> decisions = summary == null ? List.of() : summary.needsDecision();
        if (decisions.isEmpty()) {
            out.append("<p><strong>Décisions attendues :</strong> aucune.</p>");
        } else {
            out.append("<p><strong>Ce qui demande une décision / What needs a decision :</strong></p>")
                    .append("<ul class=\"decisions\">");
            decisions.forEach(d -> out.append("<li>").append(Html.esc(d)).append("</li>"));
            out.append("</ul>");
        }
        out.append(kpis(report));
        return out.append("</div></div>").toString();
    }

    private static String kpis(ComplianceReport report) {
        List<String> kpis = new ArrayList<>();
        if (report.ingest() != null) {
            kpis.add(Html.kpi(Numbers.format(report.ingest().rowsRead(), 0), "lignes lues"));
            kpis.add(Html.kpi(Numbers.format(report.ingest().rowsQuarantined(), 0), "lignes en quarantaine"));
        }
        if (report.classification() != null && !report.classification().columns().isEmpty()) {
            var columns = report.classification().columns();
            long personal = columns.stream().filter(c -> c.attributeType() != AttributeType.INSENSITIVE).count();
            kpis.add(Html.kpi(personal + " / " + columns.size(), "colonnes personnelles ou sensibles"));
        }
        if (report.exports() != null && !report.exports().isEmpty()) {
            long pending = report.exports().stream().filter(e -> e.status() == ExportSummary.Status.PENDING_REVIEW)
                    .count();
            kpis.add(Html.kpi(pending + " / " + report.exports().size(), "exports en attente de revue"));
        }
        if (report.bias() != null) {
            long severe = report.bias().findings().stream().filter(f -> f.severity().compareTo(Severity.HIGH) >= 0)
                    .count();
            kpis.add(Html.kpi(String.valueOf(severe), "constats de biais élevés"));
        }
        long met = report.laws().stream()
                .filter(l -> l.status() == LawStatus.MET || l.status() == LawStatus.NOT_APPLICABLE).count();
        kpis.add(Html.kpi(met + " / " + report.laws().size(), "lois respectées ou sans objet"));
        return "<div class=\"kpis\">" + String.join("", kpis) + "</div>";
    }

    static String laws(List<LawCheck> laws) {
        StringBuilder out = new StringBuilder(Html.h2("laws", "Les 10 lois de la donnée", "The 10 laws"));
        out.append("<p class=\"note\">Ce que ce run montre pour chaque loi.</p>");
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
