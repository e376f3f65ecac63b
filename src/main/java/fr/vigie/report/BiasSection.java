package fr.vigie.report;

import fr.vigie.bias.BiasLabels;
import fr.vigie.bias.BiasReport;
import fr.vigie.bias.Finding;
import fr.vigie.bias.GroupStat;
import fr.vigie.bias.GroupView;
import fr.vigie.bias.Headline;
import fr.vigie.bias.Interval;
import fr.vigie.bias.Lang;
import fr.vigie.bias.Note;
import fr.vigie.bias.ProxyTest;
import fr.vigie.bias.RollupView;
import fr.vigie.bias.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bias scan, rendered from the scan's typed report: what to decide first, outcome rate per group with
 * confidence intervals (chart and table, the reference group marked), the findings above INFO (those
 * in a group's favour apart), the roll-ups with their mapping, the proxy tests, the notes.
 */
final class BiasSection {
    private static final Lang FR = Lang.FR;

    private BiasSection() {
    }

    /** The section for a scan's report. */
    static String render(BiasReport bias) {
        StringBuilder out = new StringBuilder(Html.h2("bias", "Analyse des biais", "Bias scan"));
        if (bias.skipped() != null) {
            return out.append("<p>Rien à analyser : ").append(Html.esc(bias.skipped())).append("</p>").toString();
        }
        out.append(facts(bias)).append(decideFirst(bias));
        Map<String, List<GroupStat>> sets = new LinkedHashMap<>();
        for (GroupStat g : bias.groups()) {
            sets.computeIfAbsent(g.column() + "|" + g.view(), k -> new ArrayList<>()).add(g);
        }
        sets.values().forEach(groups -> out.append(groups(groups)));
        out.append(findings(bias.findings().stream().filter(f -> f.severity() != Severity.INFO && !f.favourable())
                .toList(), "Constats au-dessus de INFO", "Findings above INFO"));
        List<Finding> favourable = bias.findings().stream().filter(f -> f.severity() != Severity.INFO
                && f.favourable()).toList();
        if (!favourable.isEmpty()) {
            out.append(findings(favourable, "Écarts favorables à un groupe (à part)", "Gaps in a group's favour"));
        }
        long info = bias.findings().stream().filter(f -> f.severity() == Severity.INFO).count();
        out.append("<p class=\"note\">").append(info).append(" constat(s) INFO (données insuffisantes, non "
                + "significatifs ou déjà montrés ailleurs) : détail dans report.json.</p>");
        bias.rollups().forEach(r -> out.append(rollup(r)));
        out.append(proxies(bias.proxyTests()));
        if (!bias.notes().isEmpty()) {
            out.append("<h3>Notes</h3><ul>");
            for (Note n : bias.notes()) {
                out.append("<li>").append(Html.esc(n.messageFr())).append("<span class=\"msg-en\">")
                        .append(Html.esc(n.messageEn())).append("</span></li>");
            }
            out.append("</ul>");
        }
        return out.toString();
    }

    private static String facts(BiasReport bias) {
        StringBuilder out = new StringBuilder("<dl class=\"kv\">");
        fact(out, "Lignes analysées", Numbers.format(bias.rows(), 0));
        fact(out, "Attributs protégés", String.join(", ", bias.protectedColumns().stream()
                .map(p -> p.column() + " (" + BiasLabels.attribute(p.attribute(), FR) + ")").toList()));
        if (!bias.addedFromClassification().isEmpty()) {
            fact(out, "Ajoutés d'après la classification", String.join(", ", bias.addedFromClassification()));
        }
        fact(out, "Issue", bias.outcome() == null ? "aucune"
                : bias.outcome() + (bias.positive() == null ? " (montant)" : " = " + bias.positive()));
        if (bias.referencePopulation() != null) {
            fact(out, "Population de référence", bias.referencePopulation());
        }
        fact(out, "Gravité maximale", BiasLabels.severity(bias.maxSeverity(), FR));
        return out.append("</dl>").toString();
    }

    private static void fact(StringBuilder out, String label, String value) {
        out.append("<dt>").append(Html.esc(label)).append("</dt><dd>").append(Html.esc(value)).append("</dd>");
    }

    private static String decideFirst(BiasReport bias) {
        if (bias.summary().isEmpty()) {
            return "<p><strong>À décider en premier :</strong> aucun désavantage significatif.</p>";
        }
        StringBuilder out = new StringBuilder("<h3>À décider en premier <span class=\"en\">/ Decide first</span></h3>"
                + "<ol class=\"decisions\">");
        for (Headline h : bias.summary()) {
            out.append("<li>").append(Html.badge(BiasLabels.severity(h.severity(), FR), tone(h.severity()))).append(' ')
                    .append(Html.esc(h.messageFr())).append("<span class=\"msg-en\">").append(Html.esc(h.messageEn()))
                    .append("</span></li>");
        }
        return out.append("</ol>").toString();
    }

    /** The chart and table of one view of one column's groups. */
    private static String groups(List<GroupStat> groups) {
        GroupStat first = groups.get(0);
        String title = first.column() + switch (first.view()) {
            case VALUE -> "";
            case ROLLUP -> " — regroupement";
            case INTERSECTION -> " — croisement";
        };
        StringBuilder out = new StringBuilder("<h3>Groupes : ").append(Html.esc(title)).append(" <span class=\"en\">/ ")
                .append(Html.esc(BiasLabels.attribute(first.attribute(), Lang.EN))).append("</span></h3>");
        List<Charts.GroupRate> rates = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (GroupStat g : groups) {
            String label = BiasLabels.group(g, FR);
            if (g.outcomeRate() != null || g.insufficientData()) {
                rates.add(new Charts.GroupRate(label, rate(g.outcomeRate()), low(g.outcomeRateCi()),
                        high(g.outcomeRateCi()), g.reference(), g.insufficientData()));
            }
            rows.add(List.of(Html.esc(label) + (g.reference() ? " <span class=\"ref\">référence</span>" : "")
                            + (g.insufficientData() ? " " + Html.badge("données insuffisantes", "grey") : ""),
                    g.size() == null ? "masqué" : Html.esc(Numbers.format(g.size(), 0)),
                    Html.esc(Numbers.percent(rate(g.share()))),
                    g.populationShare() == null ? "—" : Html.esc(Numbers.percent(g.populationShare())),
                    Html.esc(Numbers.percent(rate(g.outcomeRate()))) + rateCi(g.outcomeRateCi()),
                    g.outcomeMean() == null ? "—" : Html.esc(Numbers.format(g.outcomeMean(), 2))));
        }
        if (!rates.isEmpty() && first.view() != GroupView.INTERSECTION) {
            out.append(Charts.groupRates("Taux par groupe : " + title, rates));
        }
        return out.append(Html.table(List.of("Groupe", "Effectif", "Part", "Population de référence",
                "Taux favorable [IC 95 %]", "Moyenne"), rows, Set.of(1, 2, 3, 4, 5))).toString();
    }

    private static String findings(List<Finding> findings, String french, String english) {
        StringBuilder out = new StringBuilder("<h3>").append(Html.esc(french)).append(" <span class=\"en\">/ ")
                .append(Html.esc(english)).append("</span></h3>");
        if (findings.isEmpty()) {
            return out.append("<p>Aucun constat. <span class=\"en\">No finding.</span></p>").toString();
        }
        List<List<String>> rows = new ArrayList<>();
        for (Finding f : findings) {
            rows.add(List.of(Html.badge(BiasLabels.severity(f.severity(), FR), tone(f.severity())),
                    Html.esc(BiasLabels.check(f.check(), FR)),
                    Html.esc(BiasLabels.attribute(f.attribute(), FR)) + " <code>" + Html.esc(f.column()) + "</code>",
                    Html.escOrDash(f.group()) + " / " + Html.escOrDash(f.referenceGroup()),
                    metric(f),
                    p(f.pValue()) + " / " + p(f.qValue()),
                    Html.esc(f.messageFr()) + "<span class=\"msg-en\">" + Html.esc(f.messageEn()) + "</span>"));
        }
        return out.append(Html.table(List.of("Gravité", "Contrôle", "Attribut", "Groupe / référence", "Mesure",
                "p / q (BH)", "Message"), rows, Set.of())).toString();
    }

    private static String rollup(RollupView view) {
        StringBuilder out = new StringBuilder("<h3>Regroupement : ").append(Html.esc(view.nameFr()))
                .append(" — <code>").append(Html.esc(view.column())).append("</code></h3><ul>");
        for (RollupView.Group g : view.groups()) {
            out.append("<li><strong>").append(Html.esc(g.labelFr())).append("</strong>")
                    .append(g.members().isEmpty() ? "" : " : " + Html.esc(String.join(", ", g.members())))
                    .append("</li>");
        }
        if (!view.unmapped().isEmpty()) {
            out.append("<li>Non regroupées (groupes à part entière) : ")
                    .append(Html.esc(String.join(", ", view.unmapped()))).append("</li>");
        }
        return out.append("</ul>").toString();
    }

    private static String proxies(List<ProxyTest> tests) {
        if (tests.isEmpty()) {
            return "";
        }
        List<List<String>> rows = new ArrayList<>();
        for (ProxyTest t : tests) {
            boolean tested = t.status() == ProxyTest.Status.TESTED;
            rows.add(List.of("<code>" + Html.esc(t.column()) + "</code>",
                    tested ? Html.esc(BiasLabels.attribute(t.proxyOf(), FR)) : "—",
                    tested ? Html.esc(Numbers.format(t.cramersV(), 2)) + " / " + Html.esc(Numbers.format(t.uncertainty(), 2)) : "—",
                    tested ? Html.escOrDash(t.findingId()) : Html.esc("laissée de côté : "
                            + BiasLabels.reason(t.reason(), FR))));
        }
        return "<h3>Variables de substitution (proxies) <span class=\"en\">/ Proxy tests</span></h3>"
                + Html.table(List.of("Colonne", "Révèle", "V de Cramér / U", "Constat"), rows, Set.of(2));
    }

    private static String metric(Finding f) {
        if (f.value() == null) {
            return Html.esc(f.metric()) + " : masqué";
        }
        return Html.esc(f.metric()) + " = " + Html.esc(Numbers.format(f.value(), 3)) + ci(f.confidenceInterval());
    }

    private static String ci(Interval ci) {
        if (ci == null) {
            return "";
        }
        return " <span class=\"muted\">[" + Html.esc(Numbers.format(ci.low(), 3)) + " ; " + Html.esc(Numbers.format(ci.high(), 3))
                + "]</span>";
    }

    private static String rateCi(Interval ci) {
        return ci == null ? "" : " <span class=\"muted\">[" + Html.esc(Numbers.percent(ci.low())) + " – "
                + Html.esc(Numbers.percent(ci.high())) + "]</span>";
    }

    private static String p(Double p) {
        return p == null ? "—" : Html.esc(BiasLabels.pValue(p, FR).replace("= ", ""));
    }

    private static double rate(Double value) {
        return value == null ? Double.NaN : value;
    }

    private static double low(Interval ci) {
        return ci == null ? Double.NaN : ci.low();
    }

    private static double high(Interval ci) {
        return ci == null ? Double.NaN : ci.high();
    }

    private static String tone(Severity severity) {
        return switch (severity) {
            case BLOCKING, HIGH -> "red";
            case MEDIUM -> "amber";
            case LOW, INFO -> "blue";
        };
    }
}
