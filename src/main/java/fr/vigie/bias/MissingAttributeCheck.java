package fr.vigie.bias;

import java.util.Locale;

/** Share of rows whose protected attribute itself is missing (« valeurs manquantes »). */
final class MissingAttributeCheck implements CheckFamily {
    @Override
    public void run(CheckContext ctx) {
        for (GroupSet set : ctx.values) {
            long missing = ctx.scan.unknown[set.attributeIndex];
            long rows = ctx.scan.rows;
            double share = rows == 0 ? 0 : (double) missing / rows;
            FindingDraft d = ctx.draft(Check.UNKNOWN_ATTRIBUTE, set, Metric.UNKNOWN_SHARE);
            d.value = share;
            d.ci = Stats.wilson(missing, rows, ctx.rules.confidenceLevel());
            d.groupSize = ctx.published(missing);
            d.rate(ctx.rules.scale(Metric.UNKNOWN_SHARE), share);
            d.direction = missing > 0 ? Direction.ASSOCIATED : Direction.NONE;
            d.insufficient = rows < ctx.rules.minGroupSize();
            d.message(String.format(Locale.FRANCE, "La colonne « %s » a des valeurs manquantes pour %s des lignes.",
                    set.column, Wording.pct(Lang.FR, share)),
                    String.format(Locale.ROOT, "Column “%s” has missing values in %s of the rows.", set.column,
                            Wording.pct(Lang.EN, share)));
        }
    }
}
