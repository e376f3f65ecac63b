package fr.vigie.bias;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The published figures of each group, with small-cell suppression. */
final class GroupFigures {
    private GroupFigures() {
    }

    static List<GroupStat> of(CheckContext ctx, GroupSet set) {
        Map<String, Double> population = set.protectedAttribute == null ? Map.of()
                : ctx.rules.reference(set.protectedAttribute);
        long total = set.total();
        List<GroupStat> stats = new ArrayList<>();
        for (int g = 0; g < set.size(); g++) {
            stats.add(figures(ctx, set, g, total, population));
        }
        return stats;
    }

    private static GroupStat figures(CheckContext ctx, GroupSet set, int g, long total, Map<String, Double> population) {
        BiasRules rules = ctx.rules;
        double confidence = rules.confidenceLevel();
        GroupSet.Group group = set.group(g);
        Cell c = group.cell;
        boolean small = c.n < rules.minPublishedCount();
        boolean suppressed = small;
        Long outcomeRows = null;
        Double rate = null;
        Interval rateCi = null;
        Double mean = null;
        Double median = null;
        if (ctx.request.binaryOutcome() && !small) {
            outcomeRows = c.outcomeRows;
            if (Math.min(c.positives, c.negatives()) >= rules.minPublishedCount()) {
                rate = CheckContext.rate(c);
                rateCi = Stats.wilson(c.positives, c.outcomeRows, confidence);
            } else {
                suppressed = true;
            }
        } else if (ctx.request.numericOutcome() && !small) {
            outcomeRows = c.outcomeRows;
            if (c.outcomeRows >= rules.minPublishedCount()) {
                mean = c.mean;
                median = c.sketch == null ? null : c.sketch.quantile(0.5);
            } else {
                suppressed = true;
            }
        }
        Double share = small || total == 0 ? null : (double) c.n / total;
        return new GroupStat(set.attribute, set.column, group.label, small ? null : c.n, share,
                share == null ? null : Stats.wilson(c.n, total, confidence),
                group.populationKey == null ? null : population.get(group.populationKey), outcomeRows, rate, rateCi,
                mean, median, ctx.insufficient(c), suppressed, group.view, g == set.reference, group.meaningFr,
                group.meaningEn, group.coding, group.pooled() ? group.pooledValues : null);
    }
}
