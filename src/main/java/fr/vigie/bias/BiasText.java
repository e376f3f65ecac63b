package fr.vigie.bias;

import java.util.List;
import java.util.Locale;

/**
 * The scan as the terminal shows it, in French or English: what to decide first, the groups with
 * their rates, the findings above INFO (those in a group's favour apart), the roll-ups' mappings,
 * the columns left out of the proxy tests and why, the notes.
 */
final class BiasText {
    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("\\p{Cntrl}");
    private final BiasReport report;
    private final Lang lang;
    private final Locale locale;
    private final StringBuilder out = new StringBuilder();

    BiasText(BiasReport report, Lang lang) {
        this.report = report;
        this.lang = lang;
        this.locale = lang == Lang.FR ? Locale.FRANCE : Locale.ROOT;
    }

    String render() {
        if (report.skipped() != null) {
            return line(lang.pick("Analyse des biais : rien à analyser (", "Bias scan: nothing to scan (")
                    + report.skipped() + ")").toString();
        }
        header();
        decideFirst();
        groups();
        findings(lang.pick("Constats au-dessus de INFO", "Findings above INFO"), false);
        findings(lang.pick("Écarts favorables à un groupe (à part)", "Gaps in a group's favour (kept apart)"), true);
        rollups();
        proxies();
        notes();
        return out.toString();
    }

    private void header() {
        String columns = String.join(", ", report.protectedColumns().stream()
                .map(p -> p.column() + " (" + BiasLabels.attribute(p.attribute(), lang) + ")").toList());
        String outcome = report.outcome() == null ? lang.pick("aucune", "none")
                : report.outcome() + (report.positive() == null ? lang.pick(" (numérique)", " (numeric)")
                        : " = " + report.positive());
        line(String.format(locale, lang.pick("Analyse des biais : %,d lignes ; attributs protégés : %s ; issue : %s",
                "Bias scan: %,d rows; protected attributes: %s; outcome: %s"), report.rows(), columns, outcome));
        line(lang.pick("Gravité maximale : ", "Highest severity: ") + BiasLabels.severity(report.maxSeverity(), lang)
                + (report.insufficientData() ? lang.pick(" (certains groupes ont des données insuffisantes)",
                        " (some groups have insufficient data)") : ""));
    }

    private void decideFirst() {
        if (report.summary().isEmpty()) {
            return;
        }
        line("").line(lang.pick("À décider en premier", "Decide first"));
        int n = 1;
        for (Headline h : report.summary()) {
            line(String.format(locale, "  %d. [%s] %s", n++, BiasLabels.severity(h.severity(), lang),
                    lang.pick(h.messageFr(), h.messageEn())));
        }
    }

    private void groups() {
        line("").line(String.format(locale, lang.pick("Groupes (intervalles de confiance à %.0f %%)",
                "Groups (%.0f%% confidence intervals)"), report.confidenceLevel() * 100));
        line(String.format(locale, "  %-24s %-34s %9s %20s %24s", lang.pick("attribut", "attribute"),
                lang.pick("groupe", "group"), lang.pick("effectif", "size"), lang.pick("part", "share"),
                lang.pick("issue favorable", "outcome")));
        for (GroupStat g : report.groups()) {
            String flags = (g.reference() ? lang.pick("  (référence)", "  (reference)") : "")
                    + (g.insufficientData() ? lang.pick("  données insuffisantes", "  insufficient data") : "");
            line(String.format(locale, "  %-24s %-34s %9s %20s %24s%s", cut(BiasLabels.attribute(g.attribute(), lang), 24),
                    cut(BiasLabels.group(g, lang), 34), g.size() == null ? lang.pick("masqué", "hidden") : String.format(locale, "%,d", g.size()),
                    pct(g.share(), g.shareCi()), outcome(g), flags));
        }
    }

    private void findings(String title, boolean favourable) {
        List<Finding> shown = report.findings().stream()
                .filter(f -> f.severity() != Severity.INFO && f.favourable() == favourable).toList();
        if (shown.isEmpty() && favourable) {
            return;
        }
        line("").line(title + " (" + shown.size() + ")");
        for (Finding f : shown) {
            line(String.format(locale, "  %s %-9s %s", f.id(), BiasLabels.severity(f.severity(), lang), f.message(lang)));
            if (f.pValue() != null && f.qValue() != null) {
                line(String.format(locale, "       p %s ; q (BH) %s", BiasLabels.pValue(f.pValue(), lang),
                        BiasLabels.pValue(f.qValue(), lang)));
            }
        }
        if (!favourable) {
            long info = report.findings().stream().filter(f -> f.severity() == Severity.INFO).count();
            line(String.format(locale, lang.pick("  (%d constats INFO : données insuffisantes, non significatifs ou "
                    + "déjà montrés ailleurs ; détail avec --json)", "  (%d INFO findings: insufficient data, not "
                    + "significant or shown elsewhere; details with --json)"), info));
        }
    }

    private void rollups() {
        for (RollupView view : report.rollups()) {
            line("").line(lang.pick("Regroupement : ", "Roll-up: ") + lang.pick(view.nameFr(), view.nameEn())
                    + " — " + view.column());
            for (RollupView.Group g : view.groups()) {
                String label = lang.pick(g.labelFr(), g.labelEn());
                line("  " + (g.members().isEmpty() ? g.key() + " : " + label
                        : label + " : " + String.join(", ", g.members())));
            }
            if (!view.unmapped().isEmpty()) {
                line("  " + lang.pick("non regroupées (groupes à part entière) : ", "not mapped (groups of their own): ")
                        + String.join(", ", view.unmapped()));
            }
        }
    }

    private void proxies() {
        long tested = report.proxyTests().stream().filter(t -> t.status() == ProxyTest.Status.TESTED)
                .map(ProxyTest::column).distinct().count();
        List<ProxyTest> leftOut = report.proxyTests().stream().filter(t -> t.status() == ProxyTest.Status.LEFT_OUT)
                .toList();
        if (tested == 0 && leftOut.isEmpty()) {
            return;
        }
        line("").line(String.format(locale, lang.pick("Colonnes testées comme variables de substitution (proxies) : "
                + "%d ; laissées de côté : %d", "Columns tested as proxies: %d; left out: %d"), tested, leftOut.size()));
        for (ProxyTest t : leftOut) {
            line("  " + t.column() + " : " + BiasLabels.reason(t.reason(), lang));
        }
    }

    private void notes() {
        if (report.notes().isEmpty()) {
            return;
        }
        line("").line(lang.pick("Notes", "Notes"));
        report.notes().forEach(n -> line("  " + lang.pick(n.messageFr(), n.messageEn())));
    }

    private String outcome(GroupStat g) {
        if (g.outcomeRate() != null) {
            return pct(g.outcomeRate(), g.outcomeRateCi());
        }
        if (g.outcomeMean() != null) {
            return String.format(locale, lang.pick("moy. %.1f, méd. %.1f", "mean %.1f, median %.1f"), g.outcomeMean(),
                    g.outcomeMedian() == null ? Double.NaN : g.outcomeMedian());
        }
        return "-";
    }

    private String pct(Double value, Interval ci) {
        if (value == null) {
            return "-";
        }
        if (ci == null) {
            return String.format(locale, "%.1f %%", value * 100);
        }
        return String.format(locale, "%.1f %% [%.1f–%.1f]", value * 100, ci.low() * 100, ci.high() * 100);
    }

    private static String cut(String text, int width) {
        if (text == null) {
            return "";
        }
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    /** Control characters from labels (terminal escape sequences) never reach the terminal. */
    private BiasText line(String text) {
        out.append(CONTROL.matcher(text).replaceAll(" ")).append(System.lineSeparator());
        return this;
    }
}
