package fr.vigie.bias;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The result of a bias scan: per-group figures and findings, ready for JSON (the {@code vigie
 * scan-bias --json} contract: groups with size and outcome rate with confidence interval; findings
 * with metric, attribute, group, reference group, value, p-value, severity and message).
 *
 * @param rows                rows scanned
 * @param protectedColumns    the protected columns scanned
 * @param outcome             outcome column or null
 * @param positive            positive outcome value or null
 * @param outcomeKind         {@code BINARY}, {@code NUMERIC} or {@code NONE}
 * @param referencePopulation name of the reference population used for representation, or null
 * @param confidenceLevel     of every interval (e.g. 0.95)
 * @param groups              per-group figures, attribute by attribute, then intersections
 * @param findings            all findings, most severe first
 * @param insufficientData    true when at least one group or check had too little data to conclude
 * @param maxSeverity         the most severe finding's severity (INFO when none)
 * @param notes               plain remarks on what could not be done (no data values)
 */
public record BiasReport(long rows, List<ProtectedColumn> protectedColumns, String outcome, String positive,
                         String outcomeKind, String referencePopulation, double confidenceLevel,
                         List<GroupStat> groups, List<Finding> findings, boolean insufficientData,
                         Severity maxSeverity, List<String> notes) {

    public BiasReport {
        protectedColumns = List.copyOf(protectedColumns);
        groups = List.copyOf(groups);
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
    }

    /** Findings at or above {@code severity}. */
    public List<Finding> findingsAtLeast(Severity severity) {
        return findings.stream().filter(f -> f.severity().compareTo(severity) >= 0).toList();
    }

    /** A readable summary for the terminal. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Bias scan: %d rows, protected: %s, outcome: %s%n", rows,
                String.join(", ", protectedColumns.stream().map(p -> p.column() + " (" + p.attribute() + ")").toList()),
                outcome == null ? "none" : outcome + (positive == null ? " (numeric)" : " = " + positive)));
        out.append(String.format(Locale.ROOT, "Highest severity: %s%s%n", maxSeverity,
                insufficientData ? " (some groups have insufficient data)" : ""));
        out.append(String.format(Locale.ROOT, "%nGroups (%.0f %% confidence intervals)%n", confidenceLevel * 100));
        out.append(String.format(Locale.ROOT, "  %-22s %-24s %10s %18s %22s%n", "attribute", "group", "size",
                "share", "outcome"));
        for (GroupStat g : groups) {
            out.append(String.format(Locale.ROOT, "  %-22s %-24s %10s %18s %22s%s%n", cut(g.attribute(), 22),
                    cut(g.group(), 24), g.size() == null ? "<min" : g.size().toString(),
                    pct(g.share(), g.shareCi()), outcomeText(g), g.insufficientData() ? "  insufficient data" : ""));
        }
        out.append(String.format(Locale.ROOT, "%nFindings (%d)%n", findings.size()));
        List<Finding> sorted = findings.stream()
                .sorted(Comparator.comparing(Finding::severity).reversed()).toList();
        for (Finding f : sorted) {
            out.append(String.format(Locale.ROOT, "  %s %-8s %-18s %s%n", f.id(), f.severity(), f.check(),
                    f.messageEn()));
            if (f.pValue() != null && f.qValue() != null) {
                out.append(String.format(Locale.ROOT, "       p = %s, q (BH) = %s%n", fmtP(f.pValue()),
                        fmtP(f.qValue())));
            }
        }
        for (String note : notes) {
            out.append("Note: ").append(note).append(System.lineSeparator());
        }
        return out.toString();
    }

    private static String outcomeText(GroupStat g) {
        if (g.outcomeRate() != null) {
            return pct(g.outcomeRate(), g.outcomeRateCi());
        }
        if (g.outcomeMean() != null) {
            return String.format(Locale.ROOT, "mean %.1f, median %.1f", g.outcomeMean(),
                    g.outcomeMedian() == null ? Double.NaN : g.outcomeMedian());
        }
        return "-";
    }

    private static String pct(Double value, Interval ci) {
        if (value == null) {
            return "-";
        }
        if (ci == null) {
            return String.format(Locale.ROOT, "%.1f %%", value * 100);
        }
        return String.format(Locale.ROOT, "%.1f %% [%.1f-%.1f]", value * 100, ci.low() * 100, ci.high() * 100);
    }

    private static String fmtP(Double p) {
        if (p == null) {
            return "-";
        }
        if (p < 1e-16) {
            return "< 1e-16";
        }
        return p < 1e-4 ? String.format(Locale.ROOT, "%.1e", p) : String.format(Locale.ROOT, "%.4f", p);
    }

    private static String cut(String text, int width) {
        if (text == null) {
            return "";
        }
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
