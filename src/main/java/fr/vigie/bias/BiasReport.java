package fr.vigie.bias;

import java.util.List;

/**
 * The result of a bias scan: per-group figures and findings, ready for JSON (the {@code vigie
 * scan-bias --json} contract: groups with size and outcome rate with confidence interval; findings
 * with metric, attribute, group, reference group, value, p-value, severity and message), and the
 * typed input of the report's bias section.
 *
 * @param rows                    rows scanned
 * @param protectedColumns        the protected columns scanned (each says who named it)
 * @param outcome                 outcome column or null
 * @param positive                positive outcome value or null
 * @param outcomeKind             how the outcome is compared (NONE without an outcome)
 * @param referencePopulation     name of the reference population used for representation, or null
 * @param confidenceLevel         of every interval (e.g. 0.95)
 * @param groups                  per-group figures: each attribute's own values, its roll-up, then intersections
 * @param findings                all findings, most severe first
 * @param insufficientData        true when at least one group or check had too little data to conclude
 * @param maxSeverity             the most severe finding's severity (INFO when none)
 * @param notes                   plain remarks on what was done or could not be (no data values)
 * @param summary                 the strongest significant disadvantage of each requested column, in its order
 * @param rollups                 the extra views shown, with their mapping
 * @param proxyTests              every column examined as a proxy, or left out with its reason
 * @param addedFromClassification protected columns scanned because the job named none (classification found them)
 * @param skipped                 why nothing was scanned, or null
 */
public record BiasReport(long rows, List<ProtectedColumn> protectedColumns, String outcome, String positive,
                         OutcomeKind outcomeKind, String referencePopulation, double confidenceLevel,
                         List<GroupStat> groups, List<Finding> findings, boolean insufficientData,
                         Severity maxSeverity, List<Note> notes, List<Headline> summary, List<RollupView> rollups,
                         List<ProxyTest> proxyTests, List<String> addedFromClassification, String skipped) {

    public BiasReport {
        protectedColumns = copy(protectedColumns);
        groups = copy(groups);
        findings = copy(findings);
        notes = copy(notes);
        summary = copy(summary);
        rollups = copy(rollups);
        proxyTests = copy(proxyTests);
        addedFromClassification = copy(addedFromClassification);
        maxSeverity = maxSeverity == null ? Severity.INFO : maxSeverity;
    }

    /** Lists read back from JSON may be absent: empty then. */
    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** The bias section of a run where there was nothing to scan, and why. */
    public static BiasReport skipped(String reason) {
        return new BiasReport(0, List.of(), null, null, OutcomeKind.NONE, null, 0, List.of(), List.of(), false, Severity.INFO,
                List.of(), List.of(), List.of(), List.of(), List.of(), reason);
    }

    /** Findings at or above {@code severity}. */
    public List<Finding> findingsAtLeast(Severity severity) {
        return findings.stream().filter(f -> f.severity().compareTo(severity) >= 0).toList();
    }

    /** A readable summary for the terminal, in French. */
    public String toText() {
        return toText(Lang.FR);
    }

    /** A readable summary for the terminal, in {@code lang}. */
    public String toText(Lang lang) {
        return new BiasText(this, lang).render();
    }
}
