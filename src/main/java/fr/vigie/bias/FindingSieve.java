package fr.vigie.bias;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Settles what the DPO is shown. Every test is corrected for the report's many tests
 * (Benjamini-Hochberg); a finding that cannot conclude, or is not significant, or only repeats what
 * another shows (an intersection its two attributes predict, a roll-up group whose effect shows in
 * one of its values) stays at INFO with the reason; a finding whose value is withheld is never
 * BLOCKING. Findings are then ordered, numbered, and the strongest significant disadvantage of each
 * requested column heads the summary.
 */
final class FindingSieve {
    private final CheckContext ctx;
    private final double alpha;

    FindingSieve(CheckContext ctx) {
        this.ctx = ctx;
        this.alpha = ctx.rules.significanceLevel();
    }

    /** Corrects, rates, triages, orders and numbers the drafts; returns them in report order. */
    List<FindingDraft> settle() {
        correctForMultipleTests();
        ctx.drafts.forEach(this::rate);
        ctx.drafts.forEach(this::triageViews);
        List<FindingDraft> ordered = new ArrayList<>(ctx.drafts);
        ordered.sort(Comparator.comparing((FindingDraft d) -> d.severity).reversed()
                .thenComparing(d -> d.check)
                .thenComparing(d -> d.scope)
                .thenComparing(d -> d.attribute)
                .thenComparing(d -> d.group == null ? "" : d.group)
                .thenComparing(d -> d.checkedColumn == null ? "" : d.checkedColumn));
        for (int k = 0; k < ordered.size(); k++) {
            ordered.get(k).id = String.format(Locale.ROOT, "B%03d", k + 1);
        }
        return ordered;
    }

    /** Checks that could not conclude are not part of the family of tests being corrected. */
    private void correctForMultipleTests() {
        List<FindingDraft> tested = ctx.drafts.stream().filter(d -> d.p != null && !d.insufficient).toList();
        double[] q = Stats.benjaminiHochberg(tested.stream().mapToDouble(d -> d.p).toArray());
        for (int t = 0; t < q.length; t++) {
            tested.get(t).q = q[t];
        }
    }

    private void rate(FindingDraft d) {
        d.severity = d.rawSeverity;
        if (d.insufficient) {
            lower(d, Severity.INFO, Triage.INSUFFICIENT_DATA);
            d.triage = Triage.INSUFFICIENT_DATA;
        } else if (d.q != null && d.q >= alpha) {
            lower(d, ctx.rules.notSignificantMax(), Triage.NOT_SIGNIFICANT);
        }
        if (d.shownValueHidden()) {
            lower(d, Severity.HIGH, Triage.VALUE_WITHHELD);
        }
    }

    private static void lower(FindingDraft d, Severity cap, Triage why) {
        if (d.severity.compareTo(cap) > 0) {
            d.severity = cap;
            d.triage = why;
        }
    }

    /** Intersections and roll-up groups give way to the attributes' own values when those already show it. */
    private void triageViews(FindingDraft d) {
        if (!d.outcomeComparison() || d.severity == Severity.INFO || d.set == null) {
            return;
        }
        GroupSet.Group g = d.set.group(d.groupIndex);
        if (d.scope == GroupView.INTERSECTION) {
            boolean onlyPlace = d.direction == Direction.UNFAVOURABLE_TO_GROUP && d.cellDeparts
                    && !disadvantaged(d.set.left, g.partA) && !disadvantaged(d.set.right, g.partB);
            if (!d.departsFromMarginals && !onlyPlace) {
                lower(d, Severity.INFO, Triage.EXPLAINED_BY_MARGINALS);
            }
        } else if (d.set.extraView) {
            GroupSet values = ctx.values.get(d.set.attributeIndex);
            boolean shown = g.members.size() < 2
                    || g.members.stream().anyMatch(label -> disadvantaged(values, values.indexOf(label)));
            if (shown) {
                lower(d, Severity.INFO, Triage.SHOWN_IN_ITS_VALUES);
            }
        }
    }

    /** Whether group {@code g} of {@code set} has a significant unfavourable outcome finding above INFO. */
    private boolean disadvantaged(GroupSet set, int g) {
        return ctx.drafts.stream().anyMatch(d -> d.set == set && d.groupIndex == g && d.outcomeComparison()
                && d.direction == Direction.UNFAVOURABLE_TO_GROUP && d.severity.compareTo(Severity.LOW) >= 0);
    }

    /** Per requested column, in its order: the strongest significant disadvantage in outcome, if any. */
    List<Headline> headlines() {
        List<Headline> lines = new ArrayList<>();
        for (GroupSet set : ctx.values) {
            FindingDraft best = strongest(set, true);
            if (best == null) {
                best = strongest(set, false);
            }
            if (best != null) {
                lines.add(new Headline(set.attribute, set.column, best.id, best.severity,
                        "Biais selon « " + set.column + " » : " + best.messageFr,
                        "Bias by “" + set.column + "”: " + best.messageEn));
            }
        }
        return lines;
    }

    private FindingDraft strongest(GroupSet set, boolean outcome) {
        FindingDraft best = null;
        for (FindingDraft d : ctx.drafts) {
            boolean ofSet = d.set == set || d.set != null && d.set.extraView && d.set.attributeIndex == set.attributeIndex;
            boolean kind = outcome ? d.outcomeComparison() : d.check == Check.CONDITIONAL;
            if (ofSet && kind && d.direction == Direction.UNFAVOURABLE_TO_GROUP && d.severity != Severity.INFO
                    && d.q != null && d.q < alpha && !d.shownValueHidden() && (best == null || d.value < best.value)) {
                best = d;
            }
        }
        return best;
    }
}
