package fr.vigie.bias;

import java.util.List;
import java.util.Locale;

/** A numeric outcome (an amount): each group's mean against the reference group's, medians alongside. */
final class OutcomeMeanCheck implements CheckFamily {
    @Override
    public void run(CheckContext ctx) {
        if (!ctx.request.numericOutcome()) {
            return;
        }
        ctx.values.forEach(set -> compare(ctx, set));
        ctx.rollups.forEach(set -> compare(ctx, set));
    }

    static List<FindingDraft> compare(CheckContext ctx, GroupSet set) {
        return CheckContext.againstReference(set, g -> compare(ctx, set, g));
    }

    private static FindingDraft compare(CheckContext ctx, GroupSet set, int g) {
        Cell c = set.group(g).cell;
        Cell ref = set.referenceGroup().cell;
        FindingDraft d = ctx.draft(Check.OUTCOME_MEAN, set, Metric.MEAN_RATIO);
        d.compare(set, g);
        d.groupSize = ctx.published(c.outcomeRows);
        d.referenceSize = ctx.published(ref.outcomeRows);
        d.insufficient = ctx.insufficient(c) || ctx.insufficient(ref);
        d.suppressValue = c.outcomeRows < ctx.rules.minPublishedCount()
                || ref.outcomeRows < ctx.rules.minPublishedCount();
        if (c.outcomeRows > 1 && ref.outcomeRows > 1 && ref.mean > 0 && c.mean > 0) {
            rateMeans(ctx, d, c, ref);
        } else if (!d.insufficient) {
            d.insufficient = true;
            ctx.note(Note.Kind.CHECK_SKIPPED, set.column, "Les rapports de moyennes de « " + set.column
                    + " » demandent des moyennes positives : un groupe n'a pas pu être comparé.", "Mean ratios of “"
                    + set.column + "” need positive means: a group could not be compared.");
        }
        d.message(sentence(ctx, d, set, g, Lang.FR, c.mean, ref.mean), sentence(ctx, d, set, g, Lang.EN, c.mean,
                ref.mean));
        return d;
    }

    /** The ratio of the means, rated on its scale, with the medians alongside when both were sketched. */
    private static void rateMeans(CheckContext ctx, FindingDraft d, Cell c, Cell ref) {
        double ratio = c.mean / ref.mean;
        d.value = ratio;
        d.ci = Stats.meanRatioInterval(c.mean, c.variance(), c.outcomeRows, ref.mean, ref.variance(),
                ref.outcomeRows, ctx.rules.confidenceLevel());
        d.p = Stats.welchTTest(c.mean, c.variance(), c.outcomeRows, ref.mean, ref.variance(), ref.outcomeRows);
        d.rate(ctx.rules.scale(Metric.MEAN_RATIO), Math.min(ratio, 1 / ratio));
        d.direction = ratio < 1 ? Direction.UNFAVOURABLE_TO_GROUP
                : ratio > 1 ? Direction.FAVOURABLE_TO_GROUP : Direction.NONE;
        d.measures.put("groupMean", c.mean);
        d.measures.put("referenceMean", ref.mean);
        if (c.sketch != null && ref.sketch != null) {
            double groupMedian = c.sketch.quantile(0.5);
            double refMedian = ref.sketch.quantile(0.5);
            d.measures.put("groupMedian", groupMedian);
            d.measures.put("referenceMedian", refMedian);
            if (refMedian != 0) {
                d.measures.put("medianRatio", groupMedian / refMedian);
            }
        }
    }

    private static String sentence(CheckContext ctx, FindingDraft d, GroupSet set, int g, Lang lang, double mean,
            double refMean) {
        String untold = ctx.wording.untold(lang, d);
        if (untold != null) {
            return untold;
        }
        String group = Wording.group(lang, set.group(g));
        String reference = Wording.group(lang, set.referenceGroup());
        String outcome = Wording.quote(lang, ctx.request.outcome());
        if (lang == Lang.FR) {
            return String.format(Locale.FRANCE, "%s moyen : %.2f pour %s contre %.2f pour %s (%s) ; rapport %s%s, %s.",
                    outcome, mean, group, refMean, reference, Wording.reference(lang, d.choice),
                    Wording.num(lang, d.value), ctx.wording.ci(lang, d.ci), Wording.p(lang, d.p));
        }
        return String.format(Locale.ROOT, "Mean %s: %.2f for %s against %.2f for %s (%s): ratio %s%s, %s.", outcome,
                mean, group, refMean, reference, Wording.reference(lang, d.choice), Wording.num(lang, d.value),
                ctx.wording.ci(lang, d.ci), Wording.p(lang, d.p));
    }
}
