package fr.vigie.bias;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A binary outcome: each group's positive rate against the reference group's (disparate impact, Katz
 * interval, two-proportion z-test or Fisher's exact test). The spread of the attribute's rates
 * (lowest over highest, chi-square of homogeneity) rides along in each finding's measures, so one gap
 * is one finding.
 */
final class OutcomeRateCheck implements CheckFamily {
    @Override
    public void run(CheckContext ctx) {
        if (!ctx.request.binaryOutcome()) {
            return;
        }
        ctx.values.forEach(set -> compare(ctx, set));
        ctx.rollups.forEach(set -> compare(ctx, set));
    }

    /** Compares every group of {@code set} with its reference; returns the drafts (one per group). */
    static List<FindingDraft> compare(CheckContext ctx, GroupSet set) {
        double[] spread = spread(ctx, set);
        return CheckContext.againstReference(set, g -> {
            FindingDraft d = compare(ctx, set, g);
            if (!Double.isNaN(spread[0])) {
                d.measures.put("minMaxRateRatio", spread[0]);
                d.measures.put("homogeneityPValue", spread[1]);
            }
            return d;
        });
    }

    private static FindingDraft compare(CheckContext ctx, GroupSet set, int g) {
        Cell c = set.group(g).cell;
        Cell ref = set.referenceGroup().cell;
        FindingDraft d = ctx.draft(Check.OUTCOME_RATE, set, Metric.DISPARATE_IMPACT);
        d.compare(set, g);
        d.groupSize = ctx.published(c.outcomeRows);
        d.referenceSize = ctx.published(ref.outcomeRows);
        d.insufficient = ctx.insufficient(c) || ctx.insufficient(ref);
        double groupRate = CheckContext.rate(c);
        double refRate = CheckContext.rate(ref);
        if (c.outcomeRows > 0 && ref.outcomeRows > 0 && ref.positives > 0) {
            rateRates(ctx, d, c, ref);
        }
        d.suppressValue = Math.min(c.positives, c.negatives()) < ctx.rules.minPublishedCount()
                || Math.min(ref.positives, ref.negatives()) < ctx.rules.minPublishedCount();
        d.message(sentence(ctx, d, set, g, Lang.FR, groupRate, refRate),
                sentence(ctx, d, set, g, Lang.EN, groupRate, refRate));
        return d;
    }

    /** The disparate impact (ratio of the positive rates) rated on its scale, with the parity measures. */
    private static void rateRates(CheckContext ctx, FindingDraft d, Cell c, Cell ref) {
        double groupRate = CheckContext.rate(c);
        double refRate = CheckContext.rate(ref);
        double ratio = groupRate / refRate;
        d.value = ratio;
        d.ci = Stats.katz(c.positives, c.outcomeRows, ref.positives, ref.outcomeRows, ctx.rules.confidenceLevel());
        d.p = Stats.proportionTest(c.positives, c.outcomeRows, ref.positives, ref.outcomeRows,
                ctx.rules.fisherBelowExpected());
        d.rate(ctx.rules.scale(Metric.DISPARATE_IMPACT), ratio == 0 ? 0 : Math.min(ratio, 1 / ratio));
        d.direction = ratio < 1 ? Direction.UNFAVOURABLE_TO_GROUP
                : ratio > 1 ? Direction.FAVOURABLE_TO_GROUP : Direction.NONE;
        d.measures.put("groupRate", groupRate);
        d.measures.put("referenceRate", refRate);
        d.measures.put("statisticalParityDifference", groupRate - refRate);
        d.measures.put("fourFifthsRuleViolated", ratio < 0.8 ? 1.0 : 0.0);
    }

    private static String sentence(CheckContext ctx, FindingDraft d, GroupSet set, int g, Lang lang, double groupRate,
            double refRate) {
        String untold = ctx.wording.untold(lang, d);
        if (untold != null) {
            return untold;
        }
        String group = Wording.group(lang, set.group(g));
        String reference = Wording.group(lang, set.referenceGroup());
        Wording w = ctx.wording;
        if (lang == Lang.FR) {
            return String.format(Locale.FRANCE, "Issue %s : %s %s contre %s %s (%s) ; rapport %s%s, %s.",
                    w.outcome(lang), Wording.pct(lang, groupRate), Wording.of(group), Wording.pct(lang, refRate),
                    Wording.of(reference), Wording.reference(lang, d.choice), Wording.num(lang, d.value),
                    w.ci(lang, d.ci), Wording.p(lang, d.p));
        }
        return String.format(Locale.ROOT, "Outcome %s for %s of %s against %s of %s (%s): ratio %s%s, %s.",
                w.outcome(lang), Wording.pct(lang, groupRate), group, Wording.pct(lang, refRate), reference,
                Wording.reference(lang, d.choice), Wording.num(lang, d.value), w.ci(lang, d.ci), Wording.p(lang, d.p));
    }

    /** Lowest over highest rate of the comparable groups, and the chi-square p-value of their homogeneity. */
    private static double[] spread(CheckContext ctx, GroupSet set) {
        List<Cell> usable = new ArrayList<>();
        for (GroupSet.Group g : set.groups) {
            if (!ctx.insufficient(g.cell) && !g.pooled()) {
                usable.add(g.cell);
            }
        }
        if (usable.size() < 2) {
            return new double[] {Double.NaN, Double.NaN};
        }
        long[][] table = new long[usable.size()][2];
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int u = 0; u < usable.size(); u++) {
            Cell c = usable.get(u);
            table[u][0] = c.positives;
            table[u][1] = c.negatives();
            low = Math.min(low, CheckContext.rate(c));
            high = Math.max(high, CheckContext.rate(c));
        }
        return new double[] {low / high, Stats.chiSquareP(Stats.chiSquareIndependence(table), usable.size() - 1)};
    }
}
