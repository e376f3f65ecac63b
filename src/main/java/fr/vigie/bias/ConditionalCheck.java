package fr.vigie.bias;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome disparity within strata of a legitimate factor (the aid requested, an age band), pooled
 * by Mantel-Haenszel: a gap that remains at equal factor is not explained by it.
 */
final class ConditionalCheck implements CheckFamily {
    @Override
    public void run(CheckContext ctx) {
        if (ctx.request.stratifyBy() == null) {
            return;
        }
        if (!ctx.request.binaryOutcome()) {
            ctx.note(Note.Kind.CHECK_SKIPPED, ctx.request.stratifyBy(), "La stratification par « "
                    + ctx.request.stratifyBy() + " » ne vaut que pour une issue binaire : elle n'a pas été faite.",
                    "Stratification by “" + ctx.request.stratifyBy() + "” applies to a binary outcome only; it was "
                    + "skipped.");
            return;
        }
        for (GroupSet set : ctx.values) {
            if (set.reference >= 0) {
                check(ctx, set);
            }
        }
    }

    private static void check(CheckContext ctx, GroupSet set) {
        Map<Long, Cell> strata = new HashMap<>();
        ctx.scan.stratified.get(set.attributeIndex).forEach((s, c, cell) -> strata.computeIfAbsent(
                BiasScan.key(s, set.rawToGroup[c]), k -> new Cell(0, false)).merge(cell));
        CheckContext.againstReference(set, g -> compare(ctx, set, g, strata));
    }

    private static FindingDraft compare(CheckContext ctx, GroupSet set, int g, Map<Long, Cell> strata) {
        BiasRules rules = ctx.rules;
        List<long[]> tables = new ArrayList<>();
        long a = 0;
        long n1 = 0;
        long c = 0;
        long n0 = 0;
        double minRatio = Double.NaN;
        double maxRatio = Double.NaN;
        for (int s = 0; s < ctx.scan.strata.size(); s++) {
            Cell group = strata.get(BiasScan.key(s, g));
            Cell ref = strata.get(BiasScan.key(s, set.reference));
            if (group == null || ref == null || group.outcomeRows == 0 || ref.outcomeRows == 0) {
                continue;
            }
            tables.add(new long[] {group.positives, group.outcomeRows, ref.positives, ref.outcomeRows});
            a += group.positives;
            n1 += group.outcomeRows;
            c += ref.positives;
            n0 += ref.outcomeRows;
            if (!ctx.insufficient(group) && !ctx.insufficient(ref)) {
                double ratio = CheckContext.rate(group) / CheckContext.rate(ref);
                minRatio = Double.isNaN(minRatio) ? ratio : Math.min(minRatio, ratio);
                maxRatio = Double.isNaN(maxRatio) ? ratio : Math.max(maxRatio, ratio);
            }
        }
        FindingDraft d = ctx.draft(Check.CONDITIONAL, set, Metric.MH_RATE_RATIO);
        d.compare(set, g);
        d.checkedColumn = ctx.request.stratifyBy();
        d.groupSize = ctx.published(n1);
        d.referenceSize = ctx.published(n0);
        d.insufficient = n1 < rules.minGroupSize() || n0 < rules.minGroupSize() || a < rules.minPositives()
                || n1 - a < rules.minNegatives() || c < rules.minPositives() || n0 - c < rules.minNegatives();
        d.suppressValue = Math.min(Math.min(a, n1 - a), Math.min(c, n0 - c)) < rules.minPublishedCount();
        double[] mh = Stats.mantelHaenszel(tables.toArray(long[][]::new), rules.confidenceLevel());
        if (!Double.isNaN(mh[0])) {
            d.value = mh[0];
            d.ci = new Interval(mh[1], mh[2]);
            d.p = mh[3];
            d.rate(rules.scale(Metric.MH_RATE_RATIO), Math.min(mh[0], 1 / mh[0]));
            d.direction = mh[0] < 1 ? Direction.UNFAVOURABLE_TO_GROUP
                    : mh[0] > 1 ? Direction.FAVOURABLE_TO_GROUP : Direction.NONE;
            d.measures.put("strata", (double) tables.size());
            if (n1 > 0 && n0 > 0 && c > 0) {
                d.measures.put("crudeRatio", ((double) a / n1) / ((double) c / n0));
            }
            if (!Double.isNaN(minRatio)) {
                d.measures.put("minStratumRatio", minRatio);
                d.measures.put("maxStratumRatio", maxRatio);
            }
        } else {
            d.insufficient = true;
        }
        d.message(sentence(ctx, d, set, g, Lang.FR), sentence(ctx, d, set, g, Lang.EN));
        return d;
    }

    private static String sentence(CheckContext ctx, FindingDraft d, GroupSet set, int g, Lang lang) {
        String untold = ctx.wording.untold(lang, d);
        if (untold != null) {
            return untold;
        }
        String group = Wording.group(lang, set.group(g));
        String reference = Wording.group(lang, set.referenceGroup());
        String factor = Wording.quote(lang, d.checkedColumn);
        if (lang == Lang.FR) {
            return String.format(Locale.FRANCE, "À %s égal, l'issue %s est %s fréquente pour %s que pour %s "
                    + "(rapport de Mantel-Haenszel %s%s, %s).", factor, ctx.wording.outcome(lang),
                    d.value < 1 ? "moins" : "plus", group, reference, Wording.num(lang, d.value),
                    ctx.wording.ci(lang, d.ci), Wording.p(lang, d.p));
        }
        return String.format(Locale.ROOT, "Within equal %s, outcome %s is %s frequent for %s than for %s "
                + "(Mantel-Haenszel ratio %s%s, %s).", factor, ctx.wording.outcome(lang),
                d.value < 1 ? "less" : "more", group, reference, Wording.num(lang, d.value),
                ctx.wording.ci(lang, d.ci), Wording.p(lang, d.p));
    }
}
