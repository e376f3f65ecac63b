package fr.vigie.report;

import fr.vigie.anonymise.AnonymisationReport.ColumnTreatment;
import fr.vigie.anonymise.AnonymisationReport.Disagreement;
import fr.vigie.anonymise.AnonymisationReport.Resolution;
import fr.vigie.anonymise.AnonymisationReport.Risk;
import fr.vigie.anonymise.AnonymisationReport.Treatment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/** Per partner: policy, transformation, guarantees, risk before/after (chart), utility, minimisation. */
final class AnonymisationSection {
    private static final Map<Treatment, String> TREATMENTS = Map.of(Treatment.KEPT, "Conservée",
            Treatment.PSEUDONYMISED, "Pseudonymisée", Treatment.GENERALISED, "Généralisée", Treatment.DROPPED,
            "Écartée", Treatment.MASKED, "Masquée", Treatment.TOP_BOTTOM_CODED, "Valeurs extrêmes regroupées",
            Treatment.MICRO_AGGREGATED, "Micro-agrégée");

    /** A measure of risk, with its label; shares (drawable on a 0-100 % axis) apart from the threshold. */
    private record Measure(String key, ToDoubleFunction<Risk> value, boolean share) {
    }

    private static final List<Measure> RISK = List.of(new Measure("prosecutorMax", Risk::prosecutorMax, true),
            new Measure("prosecutorAverage", Risk::prosecutorAverage, true),
            new Measure("recordsAtRisk", Risk::recordsAtRisk, true),
            new Measure("threshold", Risk::threshold, false),
            new Measure("sampleUniqueness", Risk::sampleUniqueness, true),
            new Measure("marketer", Risk::marketer, true),
            new Measure("populationUniqueness", r -> r.populationUniqueness() == null ? Double.NaN
                    : r.populationUniqueness(), true));

    private AnonymisationSection() {
    }

    static String render(ComplianceReport report) {
        StringBuilder out = new StringBuilder(Html.h2("anonymisation", "Anonymisation par partenaire",
                "Anonymisation per partner"));
        if (report.anonymisation().isEmpty()) {
            return out.append("<p>Aucun partage dans ce run.</p>").toString();
        }
        report.anonymisation().forEach(entry -> out.append(partner(entry)));
        return out.toString();
    }

    private static String partner(AnonymisationEntry entry) {
        StringBuilder out = new StringBuilder("<div class=\"card\">");
        out.append("<h3>").append(Html.escOrDash(entry.partner())).append(" <span class=\"en\">— politique ")
                .append(Html.escOrDash(entry.policy())).append("</span></h3>");
        out.append("<div class=\"kpis\">")
                .append(Html.kpi(Numbers.format(entry.rowsIn(), 0), "lignes en entrée"))
                .append(Html.kpi(Numbers.format(entry.rowsReleased(), 0), "lignes publiées"))
                .append(Html.kpi(Numbers.format(entry.suppressedRows(), 0), "lignes supprimées"))
                .append(Html.kpi(entry.guarantees() == null ? "—" : Numbers.format(entry.guarantees().k(), 0),
                        "k atteint (plus petite classe)"))
                .append(Html.kpi(entry.utility() == null ? "—" : Numbers.percent(entry.utility().loss()),
                        "perte d'utilité"))
                .append("</div>");
        out.append(Charts.stackedBar("Lignes publiées et supprimées", List.of(
                new Charts.Segment("Publiées / released", entry.rowsReleased(), Charts.AFTER),
                new Charts.Segment("Supprimées / suppressed", entry.suppressedRows(), Charts.BEFORE)), Double.NaN, ""));
        out.append(transformation(entry.transformation()));
        out.append(risk(entry.riskBefore(), entry.riskAfter()));
        if (entry.guarantees() != null) {
            out.append("<h3>Garanties atteintes <span class=\"en\">/ Guarantees</span></h3>")
                    .append(Html.keyValues(entry.guarantees()));
        }
        out.append(utility(entry.utility()));
        List<String> dropped = entry.minimisation() == null ? List.of() : entry.minimisation().dropped();
        out.append("<h3>Minimisation <span class=\"en\">/ Data minimisation</span></h3>");
        out.append(dropped.isEmpty() ? "<p>Aucune colonne écartée au regard de la finalité.</p>"
                : "<p>Colonnes écartées au regard de la finalité : " + codes(dropped) + "</p>");
        out.append(disagreements(entry.disagreements()));
        if (entry.columns() != null && !entry.columns().isEmpty()) {
            out.append("<h3>Traitement des colonnes <span class=\"en\">/ Column treatment</span></h3>")
                    .append(columnTable(entry.columns()));
        }
        out.append(Html.keyValues(entry, Set.of("partner", "policy", "rowsIn", "rowsReleased", "suppressedRows",
                "transformation", "riskBefore", "riskAfter", "guarantees", "utility", "minimisation", "columns",
                "disagreements")));
        return out.append("</div>").toString();
    }

    private static String transformation(Map<String, Integer> transformation) {
        if (transformation == null || transformation.isEmpty()) {
            return "";
        }
        List<List<String>> rows = new ArrayList<>();
        transformation.forEach((column, level) -> rows.add(List.of("<code>" + Html.esc(column) + "</code>",
                Html.esc(Numbers.format(level, 0)))));
        return "<h3>Transformation <span class=\"en\">/ generalisation level per quasi-identifier</span></h3>"
                + Html.table(List.of("Quasi-identifiant", "Niveau de généralisation"), rows, Set.of(1));
    }

    private static String risk(Risk before, Risk after) {
        if (before == null && after == null) {
            return "";
        }
        List<Charts.RiskPair> pairs = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Measure m : RISK) {
            double b = before == null ? Double.NaN : m.value().applyAsDouble(before);
            double a = after == null ? Double.NaN : m.value().applyAsDouble(after);
            if (Double.isNaN(b) && Double.isNaN(a)) {
                continue;
            }
            rows.add(List.of(Html.label(m.key()), Html.esc(Numbers.format(b, 4)), Html.esc(Numbers.format(a, 4))));
            if (m.share()) {
                pairs.add(new Charts.RiskPair(Html.labelText(m.key()), b, a));
            }
        }
        return "<h3>Risque de ré-identification <span class=\"en\">/ Re-identification risk, before and after</span>"
                + "</h3>" + (pairs.isEmpty() ? "" : Charts.riskBars(pairs)) + Html.table(List.of("Mesure", "Avant", "Après"), rows, Set.of(1, 2));
    }

    private static String utility(AnonymisationEntry.Utility utility) {
        if (utility == null) {
            return "";
        }
        StringBuilder out = new StringBuilder("<h3>Utilité <span class=\"en\">/ Utility</span></h3>");
        out.append(Html.keyValues(utility, Set.of("perAttribute")));
        if (utility.perAttribute() != null && !utility.perAttribute().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            utility.perAttribute().forEach((column, loss) -> rows.add(List.of("<code>" + Html.esc(column) + "</code>",
                    Html.gauge(loss))));
            out.append(Html.table(List.of("Attribut", "Perte d'information"), rows, Set.of()));
        }
        return out.toString();
    }

    /** Columns the policy treats otherwise than the classification calls for, and those waiting for a decision. */
    private static String disagreements(List<Disagreement> disagreements) {
        if (disagreements == null || disagreements.isEmpty()) {
            return "";
        }
        List<List<String>> rows = new ArrayList<>();
        for (Disagreement d : disagreements) {
            rows.add(List.of("<code>" + Html.esc(d.column()) + "</code>",
                    Html.escOrDash(d.classifiedAs() == null ? null : d.classifiedAs().name()),
                    Html.escOrDash(d.treatment() == null ? null : d.treatment().name()),
                    Html.escOrDash(d.policyKey()),
                    d.resolution() == Resolution.DECISION_REQUIRED ? "<strong>décision requise</strong>"
                            : "politique appliquée",
                    Html.escOrDash(d.message())));
        }
        return "<h3>Politique et classification <span class=\"en\">/ Where the policy overrides the classification"
                + "</span></h3>" + Html.table(List.of("Colonne", "Classée", "Traitement", "Clé de la politique",
                        "Décision", "Détail"), rows, Set.of());
    }

    /** One line per column, e.g. {@code Généralisée (niveau 4 sur 4)}, instead of a nested list of codes. */
    private static String columnTable(Map<String, ColumnTreatment> columns) {
        List<List<String>> rows = new ArrayList<>();
        columns.forEach((column, t) -> rows.add(List.of("<code>" + Html.esc(column) + "</code>",
                Html.esc(treatment(t)))));
        return Html.table(List.of("Colonne", "Traitement"), rows, Set.of());
    }

    private static String treatment(ColumnTreatment column) {
        if (column == null || column.treatment() == null) {
            return "—";
        }
        String text = TREATMENTS.getOrDefault(column.treatment(), column.treatment().name());
        if (column.level() != null) {
            // The hierarchy's levels count the original values as level 0, hence levels - 1 steps.
            text += " (niveau " + column.level()
                    + (column.levels() == null ? "" : " sur " + Math.max(0, column.levels() - 1)) + ")";
        }
        return text;
    }

    private static String codes(List<String> names) {
        return String.join(", ", names.stream().map(n -> "<code>" + Html.esc(n) + "</code>").toList());
    }
}
