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
        Tables t = Tables.of(ctx, set, g, strata);
        FindingDraft d = ctx.draft(Check.CONDITIONAL, set, Metric.MH_RATE_RATIO);
        d.compare(set, g);
        d.checkedColumn = ctx.request.stratifyBy();
        d.groupSize = ctx.published(t.n1);
        d.referenceSize = ctx.published(t.n0);
        d.insufficient = t.n1 < rules.minGroupSize() || t.n0 < rules.minGroupSize() || t.a < rules.minPositives()
                || t.n1 - t.a < rules.minNegatives() || t.c < rules.minPositives() || t.n0 - t.c < rules.minNegatives();
        d.suppressValue = Math.min(Math.min(t.a, t.n1 - t.a), Math.min(t.c, t.n0 - t.c)) < rules.minPublishedCount();
        double[] mh = Stats.mantelHaenszel(t.tables.toArray(long[][]::new), rules.confidenceLevel());
        if (!Double.isNaN(mh[0])) {
            rate(d, mh, t, rules);
        } else {
            d.insufficient = true;
        }
        d.message(sentence(ctx, d, set, g, Lang.FR), sentence(ctx, d, set, g, Lang.EN));
        return d;
    }

    /**
     * The group's and the reference's 2×2 table in each stratum where both have outcomes, their totals (a positives
     * of n1 in the group, c of n0 in the reference), and the range of the ratios of the strata large enough.
     */
    private static final class Tables {
        final List<long[]> tables = new ArrayList<>();
        long a;
        long n1;
        long c;
        long n0;
        double minRatio = Double.NaN;
        double maxRatio = Double.NaN;

        static Tables of(CheckContext ctx, GroupSet set, int g, Map<Long, Cell> strata) {
            Tables t = new Tables();
            for (int s = 0; s < ctx.scan.strata.size(); s++) {
                Cell group = strata.get(BiasScan.key(s, g));
                Cell ref = strata.get(BiasScan.key(s, set.reference));
                if (group != null && ref != null && group.outcomeRows != 0 && ref.outcomeRows != 0) {
                    t.add(group, ref, !ctx.insufficient(group) && !ctx.insufficient(ref));
                }
            }
            return t;
        }

        private void add(Cell group, Cell ref, boolean sufficient) {
            tables.add(new long[] {group.positives, group.outcomeRows, ref.positives, ref.outcomeRows});
            a += group.positives;
            n1 += group.outcomeRows;
            c += ref.positives;
            n0 += ref.outcomeRows;
            if (sufficient) {
                double ratio = CheckContext.rate(group) / CheckContext.rate(ref);
                minRatio = Double.isNaN(minRatio) ? ratio : Math.min(minRatio, ratio);
                maxRatio = Double.isNaN(maxRatio) ? ratio : Math.max(maxRatio, ratio);
            }
        }
    }

    /** The Mantel-Haenszel ratio rated on its scale, with the crude ratio and the strata's range beside it. */
    private static void rate(FindingDraft d, double[] mh, Tables t, BiasRules rules) {
        d.value = mh[0];
        d.ci = new Interval(mh[1], mh[2]);
        d.p = mh[3];
        d.rate(rules.scale(Metric.MH_RATE_RATIO), Math.min(mh[0], 1 / mh[0]));
        d.direction = mh[0] < 1 ? Direction.UNFAVOURABLE_TO_GROUP
                : mh[0] > 1 ? Direction.FAVOURABLE_TO_GROUP : Direction.NONE;
        d.measures.put("strata", (double) t.tables.size());
        if (t.n1 > 0 && t.n0 > 0 && t.c > 0) {
            d.measures.put("crudeRatio", ((double) t.a / t.n1) / ((double) t.c / t.n0));
        }
        if (!Double.isNaN(t.minRatio)) {
            d.measures.put("minStratumRatio", t.minRatio);
            d.measures.put("maxStratumRatio", t.maxRatio);
        }
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
