package fr.vigie.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Per partner: policy, transformation, guarantees, risk before/after (chart), utility, minimisation. */
final class AnonymisationSection {
    /** Risk measures that are probabilities or shares, hence drawable on a 0-100 % axis. */
    private static final List<String> RATIO_METRICS = List.of("prosecutorMax", "prosecutorAverage", "recordsAtRisk",
            "sampleUniqueness", "marketer", "populationUniqueness");

    private AnonymisationSection() {
    }

    static String render(JsonNode root) {
        JsonNode section = root.path("anonymisation");
        if (!J.present(section)) {
            return "";
        }
        StringBuilder out = new StringBuilder(Html.h2("anonymisation", "Anonymisation par partenaire",
                "Anonymisation per partner"));
        List<JsonNode> entries = J.items(root, "anonymisation");
        if (entries.isEmpty()) {
            return out.append(section.isArray() ? "<p>Aucun partage dans ce run.</p>" : Html.value(section)).toString();
        }
        for (JsonNode entry : entries) {
            out.append(partner(entry));
        }
        return out.toString();
    }

    private static String partner(JsonNode entry) {
        StringBuilder out = new StringBuilder("<div class=\"card\">");
        out.append("<h3>").append(Html.escOrDash(J.text(entry, "partner"))).append(" <span class=\"en\">— politique ")
                .append(Html.escOrDash(J.text(entry, "policy"))).append("</span></h3>");
        double in = J.number(entry, "rowsIn");
        double released = J.number(entry, "rowsReleased");
        double suppressed = J.number(entry, "suppressedRows");
        out.append("<div class=\"kpis\">")
                .append(Html.kpi(J.format(in, 0), "lignes en entrée"))
                .append(Html.kpi(J.format(released, 0), "lignes publiées"))
                .append(Html.kpi(J.format(suppressed, 0), "lignes supprimées"))
                .append(Html.kpi(J.format(J.number(entry, "guarantees.k"), 0), "k atteint (plus petite classe)"))
                .append(Html.kpi(J.percent(J.number(entry, "utility.loss")), "perte d'utilité"))
                .append("</div>");
        if (!Double.isNaN(released) && !Double.isNaN(suppressed)) {
            out.append(Charts.stackedBar("Lignes publiées et supprimées", List.of(
                    new Charts.Segment("Publiées / released", released, Charts.AFTER),
                    new Charts.Segment("Supprimées / suppressed", suppressed, Charts.BEFORE)), Double.NaN, ""));
        }
        out.append(transformation(entry.path("transformation")));
        out.append(risk(entry.path("riskBefore"), entry.path("riskAfter")));
        JsonNode guarantees = entry.path("guarantees");
        if (J.present(guarantees)) {
            out.append("<h3>Garanties atteintes <span class=\"en\">/ Guarantees</span></h3>")
                    .append(Html.keyValues(guarantees));
        }
        out.append(utility(entry.path("utility")));
        List<String> dropped = J.strings(entry, "minimisation.dropped");
        out.append("<h3>Minimisation <span class=\"en\">/ Data minimisation</span></h3>");
        out.append(dropped.isEmpty() ? "<p>Aucune colonne écartée au regard de la finalité.</p>"
                : "<p>Colonnes écartées au regard de la finalité : " + codes(dropped) + "</p>");
        JsonNode minimisation = entry.path("minimisation");
        if (minimisation.isObject()) {
            out.append(Html.keyValues(minimisation, Set.of("dropped")));
        }
        out.append(disagreements(entry.path("disagreements")));
        JsonNode columns = entry.path("columns");
        if (J.present(columns)) {
            out.append("<h3>Traitement des colonnes <span class=\"en\">/ Column treatment</span></h3>")
                    .append(columnTable(columns));
        }
        Set<String> shown = Set.of("partner", "policy", "rowsIn", "rowsReleased", "suppressedRows", "transformation",
                "riskBefore", "riskAfter", "guarantees", "utility", "minimisation", "columns", "disagreements");
        StringBuilder extra = new StringBuilder();
        for (var field : entry.properties()) {
            if (!shown.contains(field.getKey())) {
                extra.append("<dt>").append(Html.label(field.getKey())).append("</dt><dd>")
                        .append(Html.value(field.getValue())).append("</dd>");
            }
        }
        if (!extra.isEmpty()) {
            out.append("<dl class=\"kv\">").append(extra).append("</dl>");
        }
        return out.append("</div>").toString();
    }

    private static String transformation(JsonNode transformation) {
        if (!transformation.isObject() || transformation.isEmpty()) {
            return "";
        }
        List<List<String>> rows = new ArrayList<>();
        for (var field : transformation.properties()) {
            rows.add(List.of("<code>" + Html.esc(field.getKey()) + "</code>", Html.value(field.getValue())));
        }
        return "<h3>Transformation <span class=\"en\">/ generalisation level per quasi-identifier</span></h3>"
                + Html.table(List.of("Quasi-identifiant", "Niveau de généralisation"), rows, Set.of(1));
    }

    private static String risk(JsonNode before, JsonNode after) {
        if (!J.present(before) && !J.present(after)) {
            return "";
        }
        Set<String> keys = new LinkedHashSet<>();
        if (before.isObject()) {
            keys.addAll(before.propertyNames());
        }
        if (after.isObject()) {
            keys.addAll(after.propertyNames());
        }
        List<Charts.RiskPair> pairs = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (String key : keys) {
            rows.add(List.of(Html.label(key), Html.value(before.path(key)), Html.value(after.path(key))));
            if (RATIO_METRICS.contains(key)) {
                pairs.add(new Charts.RiskPair(Html.labelText(key), J.number(before, key), J.number(after, key)));
            }
        }
        StringBuilder out = new StringBuilder("<h3>Risque de ré-identification <span class=\"en\">/ "
                + "Re-identification risk, before and after</span></h3>");
        if (!pairs.isEmpty()) {
            out.append(Charts.riskBars(pairs));
        }
        return out.append(Html.table(List.of("Mesure", "Avant", "Après"), rows, Set.of(1, 2))).toString();
    }

    private static String utility(JsonNode utility) {
        if (!J.present(utility)) {
            return "";
        }
        StringBuilder out = new StringBuilder("<h3>Utilité <span class=\"en\">/ Utility</span></h3>");
        JsonNode perAttribute = utility.path("perAttribute");
        out.append(Html.keyValues(utility, Set.of("perAttribute")));
        if (perAttribute.isObject() && !perAttribute.isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (var field : perAttribute.properties()) {
                double loss = J.number(perAttribute, field.getKey());
                rows.add(List.of("<code>" + Html.esc(field.getKey()) + "</code>",
                        Double.isNaN(loss) ? Html.value(field.getValue()) : Html.gauge(loss)));
            }
            out.append(Html.table(List.of("Attribut", "Perte d'information"), rows, Set.of()));
        }
        return out.toString();
    }

    /** Columns the policy treats otherwise than the classification calls for, and those waiting for a decision. */
    private static String disagreements(JsonNode disagreements) {
        if (!disagreements.isArray() || disagreements.isEmpty()) {
            return "";
        }
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode d : disagreements) {
            boolean decision = "DECISION_REQUIRED".equals(J.text(d, "resolution"));
            rows.add(List.of("<code>" + Html.esc(J.text(d, "column", "?")) + "</code>",
                    Html.escOrDash(J.text(d, "classifiedAs")), Html.escOrDash(J.text(d, "treatment")),
                    Html.escOrDash(J.text(d, "policyKey")),
                    decision ? "<strong>décision requise</strong>" : "politique appliquée",
                    Html.escOrDash(J.text(d, "message"))));
        }
        return "<h3>Politique et classification <span class=\"en\">/ Where the policy overrides the classification"
                + "</span></h3>" + Html.table(List.of("Colonne", "Classée", "Traitement", "Clé de la politique",
                        "Décision", "Détail"), rows, Set.of());
    }

    private static String columnTable(JsonNode columns) {
        if (!columns.isObject()) {
            return Html.value(columns);
        }
        List<List<String>> rows = new ArrayList<>();
        for (var field : columns.properties()) {
            rows.add(List.of("<code>" + Html.esc(field.getKey()) + "</code>", Html.value(field.getValue())));
        }
        return Html.table(List.of("Colonne", "Traitement"), rows, Set.of());
    }

    private static String codes(List<String> names) {
        List<String> parts = new ArrayList<>();
        names.forEach(n -> parts.add("<code>" + Html.esc(n) + "</code>"));
        return String.join(", ", parts);
    }
}
