package fr.vigie.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Bias scan: outcome rate per group with confidence intervals (chart), then the findings. */
final class BiasSection {
    private static final List<String> SEVERITY_ORDER = List.of("BLOCKING", "HIGH", "MEDIUM", "LOW", "INFO");

    private BiasSection() {
    }

    /** A group as read from the report, whatever the exact field names. */
    private record Group(String attribute, String label, double size, double share, double rate, double low,
            double high, boolean reference, boolean insufficient) {
    }

    static String render(JsonNode root) {
        JsonNode bias = root.path("bias");
        if (!J.present(bias)) {
            return "";
        }
        StringBuilder out = new StringBuilder(Html.h2("bias", "Analyse des biais", "Bias scan"));
        List<Group> groups = groups(bias);
        if (!groups.isEmpty()) {
            out.append(groupCharts(groups)).append(groupTable(groups));
        }
        out.append(findings(J.items(bias, "findings")));
        StringBuilder extra = new StringBuilder();
        if (bias.isObject()) {
            for (var field : bias.properties()) {
                if (!Set.of("groups", "findings").contains(field.getKey())) {
                    extra.append("<dt>").append(Html.label(field.getKey())).append("</dt><dd>")
                            .append(Html.value(field.getValue())).append("</dd>");
                }
            }
        }
        if (!extra.isEmpty()) {
            out.append("<dl class=\"kv\">").append(extra).append("</dl>");
        }
        return out.toString();
    }

    /** Groups may be listed flat, or nested under their attribute ({@code [{attribute, groups: [...]}]}). */
    private static List<Group> groups(JsonNode bias) {
        List<Group> groups = new ArrayList<>();
        for (JsonNode item : J.items(bias, "groups")) {
            if (item.path("groups").isArray()) {
                String attribute = J.firstText(item, "attribute", "column", "protectedAttribute");
                for (JsonNode group : item.path("groups")) {
                    groups.add(group(group, attribute));
                }
            } else {
                groups.add(group(item, null));
            }
        }
        return groups;
    }

    private static Group group(JsonNode node, String parentAttribute) {
        String attribute = J.firstText(node, "attribute", "column", "protectedAttribute");
        String label = J.firstText(node, "group", "value", "name", "label");
        double[] ci = interval(node, "outcomeRateCi", "rateCi", "outcome.ci", "ci");
        return new Group(attribute == null ? (parentAttribute == null ? "—" : parentAttribute) : attribute,
                label == null ? "—" : label,
                J.firstNumber(node, "size", "n", "count"),
                J.firstNumber(node, "share", "proportion"),
                J.firstNumber(node, "outcomeRate", "rate", "positiveRate", "outcome.rate"),
                ci[0], ci[1],
                J.isTrue(node, "reference") || J.isTrue(node, "isReference"),
                J.isTrue(node, "insufficientData") || J.isTrue(node, "suppressed"));
    }

    /** A confidence interval given as [low, high], {low, high} (or lower/upper), or flat ciLow/ciHigh fields. */
    private static double[] interval(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode ci = J.at(node, name);
            if (ci.isArray() && ci.size() == 2) {
                return new double[] {ci.get(0).asDouble(), ci.get(1).asDouble()};
            }
            if (ci.isObject()) {
                return new double[] {J.firstNumber(ci, "low", "lower", "lo"), J.firstNumber(ci, "high", "upper", "hi")};
            }
        }
        return new double[] {J.firstNumber(node, "ciLow", "rateCiLow", "lower"),
                J.firstNumber(node, "ciHigh", "rateCiHigh", "upper")};
    }

    private static String groupCharts(List<Group> groups) {
        Map<String, List<Charts.GroupRate>> byAttribute = new LinkedHashMap<>();
        for (Group g : groups) {
            if (!Double.isNaN(g.rate()) || g.insufficient()) {
                byAttribute.computeIfAbsent(g.attribute(), k -> new ArrayList<>())
                        .add(new Charts.GroupRate(g.label(), g.rate(), g.low(), g.high(), g.reference(), g.insufficient()));
            }
        }
        StringBuilder out = new StringBuilder();
        for (var entry : byAttribute.entrySet()) {
            out.append("<h3>Taux de décision favorable par groupe — ").append(Html.esc(entry.getKey()))
                    .append(" <span class=\"en\">/ outcome rate with 95 % CI</span></h3>")
                    .append(Charts.groupRates("Taux par groupe : " + entry.getKey(), entry.getValue()));
        }
        return out.toString();
    }

    private static String groupTable(List<Group> groups) {
        List<List<String>> rows = new ArrayList<>();
        for (Group g : groups) {
            String ci = Double.isNaN(g.low()) ? "—" : J.percent(g.low()) + " – " + J.percent(g.high());
            rows.add(List.of(Html.esc(g.attribute()), Html.esc(g.label()) + (g.reference() ? " (réf.)" : ""),
                    g.insufficient() && Double.isNaN(g.size()) ? "masqué" : Html.esc(J.format(g.size(), 0)),
                    Html.esc(J.percent(g.share())), Html.esc(J.percent(g.rate())), Html.esc(ci)));
        }
        return Html.table(List.of("Attribut", "Groupe", "Effectif", "Part", "Taux favorable", "IC 95 %"), rows,
                Set.of(2, 3, 4, 5));
    }

    private static String findings(List<JsonNode> findings) {
        if (findings.isEmpty()) {
            return "<p>Aucun constat. <span class=\"en\">No finding.</span></p>";
        }
        List<JsonNode> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt(f -> severityRank(J.upper(J.text(f, "severity", "")))));
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode f : sorted) {
            String severity = J.upper(J.text(f, "severity", ""));
            String badge = J.isTrue(f, "insufficientData") ? Html.badge("Données insuffisantes", "grey")
                    : Html.badge(severity.isEmpty() ? "—" : severity, severityTone(severity));
            String message = Html.escOrDash(J.text(f, "messageFr"));
            String english = J.text(f, "messageEn");
            if (english != null) {
                message += "<span class=\"msg-en\">" + Html.esc(english) + "</span>";
            }
            rows.add(List.of(badge,
                    Html.escOrDash(J.text(f, "check")),
                    Html.escOrDash(J.text(f, "attribute")),
                    Html.escOrDash(J.text(f, "group")) + " / " + Html.escOrDash(J.text(f, "referenceGroup")),
                    metric(f),
                    Html.esc(J.format(J.number(f, "pValue"), 4)) + " / " + Html.esc(J.format(J.number(f, "qValue"), 4)),
                    message));
        }
        return "<h3>Constats <span class=\"en\">/ Findings</span></h3>"
                + Html.table(List.of("Gravité", "Contrôle", "Attribut", "Groupe / référence", "Mesure",
                        "p / q (BH)", "Message"), rows, Set.of());
    }

    private static String metric(JsonNode finding) {
        String metric = J.text(finding, "metric");
        double value = J.number(finding, "value");
        if (metric == null && Double.isNaN(value)) {
            return "—";
        }
        return Html.escOrDash(metric) + " = " + Html.esc(J.format(value, 3)) + ci(finding.path("ci"));
    }

    private static String ci(JsonNode ci) {
        double[] bounds = ci.isArray() && ci.size() == 2 ? new double[] {ci.get(0).asDouble(), ci.get(1).asDouble()}
                : ci.isObject() ? new double[] {J.firstNumber(ci, "low", "lower"), J.firstNumber(ci, "high", "upper")}
                : null;
        if (bounds == null || Double.isNaN(bounds[0]) || Double.isNaN(bounds[1])) {
            return "";
        }
        return " <span class=\"muted\">[" + Html.esc(J.format(bounds[0], 3)) + " ; " + Html.esc(J.format(bounds[1], 3))
                + "]</span>";
    }

    private static int severityRank(String severity) {
        int index = SEVERITY_ORDER.indexOf(severity);
        return index < 0 ? SEVERITY_ORDER.size() : index;
    }

    private static String severityTone(String severity) {
        return switch (severity) {
            case "BLOCKING", "HIGH" -> "red";
            case "MEDIUM" -> "amber";
            case "LOW", "INFO" -> "blue";
            default -> "grey";
        };
    }
}
