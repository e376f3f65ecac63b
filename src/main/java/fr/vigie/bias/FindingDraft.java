package fr.vigie.bias;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A finding under construction, shared by every check: the check fills what it measured, then the
 * sieve settles the severity (multiple-testing correction, triage) and numbers it.
 */
final class FindingDraft {
    final Check check;
    final String attribute;
    final String column;
    final String metric;
    final GroupView scope;
    /** The groups compared (null for proxy checks). */
    GroupSet set;
    /** Index of the group in {@link #set}, or -1 for attribute-level checks. */
    int groupIndex = -1;
    String checkedColumn;
    String group;
    String referenceGroup;
    ReferenceChoice choice;
    Double value;
    Interval ci;
    Long groupSize;
    Long referenceSize;
    Double p;
    Double q;
    double threshold = Double.NaN;
    Direction direction = Direction.NONE;
    List<String> proxyColumns = List.of();
    String proxyOf;
    Severity rawSeverity = Severity.INFO;
    Severity severity = Severity.INFO;
    Triage triage = Triage.AS_RATED;
    boolean insufficient;
    boolean suppressValue;
    /** Intersection: the table and this cell depart from what the two attributes predict (interaction test). */
    boolean departsFromMarginals;
    /** Intersection: this cell alone departs from the prediction (its residual, without the table's test). */
    boolean cellDeparts;
    final Map<String, Double> measures = new LinkedHashMap<>();
    String messageFr;
    String messageEn;
    String id;

    FindingDraft(Check check, String attribute, String column, String metric, GroupView scope) {
        this.check = check;
        this.attribute = attribute;
        this.column = column;
        this.metric = metric;
        this.scope = scope;
    }

    /** Rates {@code rated} on the metric's scale (ratios are rated on min(r, 1/r) by their checks). */
    void rate(SeverityScale scale, double rated) {
        rawSeverity = scale.rate(rated);
        threshold = scale.threshold(rawSeverity);
    }

    /** The group compared with its reference, from its set. */
    void compare(GroupSet set, int g) {
        this.set = set;
        this.groupIndex = g;
        this.group = set.group(g).label;
        this.referenceGroup = set.referenceGroup().label;
        this.choice = set.choice;
    }

    void message(String fr, String en) {
        this.messageFr = fr;
        this.messageEn = en;
    }

    /** A comparison of outcomes between groups (what the summary and the triage of views look at). */
    boolean outcomeComparison() {
        return check == Check.OUTCOME_RATE || check == Check.OUTCOME_MEAN;
    }

    boolean shownValueHidden() {
        return suppressValue || insufficient && groupSize == null || value == null || value.isNaN()
                || value.isInfinite();
    }

    Finding toFinding() {
        boolean hide = suppressValue || insufficient && groupSize == null;
        Double shownValue = hide || value == null || value.isNaN() || value.isInfinite() ? null : value;
        return new Finding(id, check, attribute, column, group, referenceGroup, choice, checkedColumn, metric,
                shownValue, hide ? null : ci, groupSize, referenceSize, p, q, Double.isNaN(threshold) ? null : threshold,
                direction, proxyColumns, severity, insufficient ? FindingStatus.INSUFFICIENT_DATA : FindingStatus.EVALUATED,
                hide ? Map.of() : measures, messageFr, messageEn, scope, proxyOf, triage);
    }
}
