package fr.vigie.bias;

import java.util.Locale;

/**
 * Each other column's missing rate in a group against the reference group's: a data gap that falls on
 * one group (income not recorded for non-nationals) biases whatever is computed from that column.
 */
final class MissingDataCheck implements CheckFamily {
    @Override
    public void run(CheckContext ctx) {
        for (GroupSet set : ctx.values) {
            if (set.reference < 0) {
                continue;
            }
            int own = ctx.scan.protectedIndex(set.attributeIndex);
            for (int column = 0; column < ctx.request.header().size(); column++) {
                for (int g = 0; g < set.size() && column != own; g++) {
                    if (g != set.reference) {
                        compare(ctx, set, g, column);
                    }
                }
            }
        }
    }

    private static void compare(CheckContext ctx, GroupSet set, int g, int column) {
        BiasRules rules = ctx.rules;
        Cell c = set.group(g).cell;
        Cell ref = set.referenceGroup().cell;
        if (c.n < rules.minGroupSize() || ref.n < rules.minGroupSize()) {
            return;
        }
        long m1 = c.missing[column];
        long m0 = ref.missing[column];
        double r1 = (double) m1 / c.n;
        double r0 = (double) m0 / ref.n;
        if (Math.max(m1, m0) < rules.minPublishedCount() || Math.abs(r1 - r0) < rules.missingMinDifference()) {
            return;
        }
        // Haldane's correction keeps the ratio finite when one side has no missing cell.
        double ratio = m1 == 0 || m0 == 0 ? ((m1 + 0.5) / (c.n + 1)) / ((m0 + 0.5) / (ref.n + 1)) : r1 / r0;
        if (rules.scale(Metric.MISSING_RATE_RATIO).rate(Math.max(ratio, 1 / ratio)) == Severity.INFO) {
            return;
        }
        FindingDraft d = ctx.draft(Check.MISSING_DATA, set, Metric.MISSING_RATE_RATIO);
        d.compare(set, g);
        d.checkedColumn = ctx.scan.columnName(column);
        d.value = ratio;
        d.ci = Stats.katz(m1, c.n, m0, ref.n, rules.confidenceLevel());
        d.groupSize = ctx.published(c.n);
        d.referenceSize = ctx.published(ref.n);
        d.p = Stats.proportionTest(m1, c.n, m0, ref.n, rules.fisherBelowExpected());
        d.rate(rules.scale(Metric.MISSING_RATE_RATIO), Math.max(ratio, 1 / ratio));
        d.direction = ratio > 1 ? Direction.UNFAVOURABLE_TO_GROUP : Direction.FAVOURABLE_TO_GROUP;
        d.measures.put("groupMissingRate", r1);
        d.measures.put("referenceMissingRate", r0);
        d.suppressValue = Math.min(m1, m0) > 0 && Math.min(m1, m0) < rules.minPublishedCount();
        message(d, set, g, r1, r0, ratio);
    }

    private static void message(FindingDraft d, GroupSet set, int g, double r1, double r0, double ratio) {
        String groupFr = Wording.group(Lang.FR, set.group(g));
        String refFr = Wording.group(Lang.FR, set.referenceGroup());
        String groupEn = Wording.group(Lang.EN, set.group(g));
        String refEn = Wording.group(Lang.EN, set.referenceGroup());
        if (d.suppressValue) {
            d.message(String.format(Locale.FRANCE, "La colonne « %s » a plus souvent des valeurs manquantes pour "
                    + "l'un des groupes %s et %s (effectifs trop faibles pour publier le détail).", d.checkedColumn,
                    groupFr, refFr), String.format(Locale.ROOT, "Column “%s” has missing values more often for one "
                    + "of %s and %s (counts too small to publish the detail).", d.checkedColumn, groupEn, refEn));
            return;
        }
        d.message(String.format(Locale.FRANCE, "La colonne « %s » a des valeurs manquantes pour %s des lignes %s "
                + "contre %s %s (rapport %s, %s).", d.checkedColumn, Wording.pct(Lang.FR, r1), Wording.of(groupFr),
                Wording.pct(Lang.FR, r0), Wording.of(refFr), Wording.num(Lang.FR, ratio), Wording.p(Lang.FR, d.p)),
                String.format(Locale.ROOT, "Column “%s” has missing values in %s of the rows of %s against %s of %s "
                + "(ratio %s, %s).", d.checkedColumn, Wording.pct(Lang.EN, r1), groupEn, Wording.pct(Lang.EN, r0),
                refEn, Wording.num(Lang.EN, ratio), Wording.p(Lang.EN, d.p)));
    }
}
