package fr.vigie.bias;

import java.util.List;
import java.util.Locale;

/**
 * Groups of two protected columns at once (women × nationality), compared like any group, then held
 * against what their two columns predict together ({@link Interaction}): the sieve keeps an
 * intersection above INFO only when it departs from that prediction, or when it is the only place
 * an effect shows.
 */
final class IntersectionCheck implements CheckFamily {
    @Override
    public void run(CheckContext ctx) {
        if (ctx.request.outcome() == null) {
            return;
        }
        int pair = 0;
        for (int i = 0; i < ctx.values.size(); i++) {
            for (int k = i + 1; k < ctx.values.size(); k++, pair++) {
                check(ctx, ctx.values.get(i), ctx.values.get(k), ctx.intersections.get(pair));
            }
        }
    }

    private static void check(CheckContext ctx, GroupSet a, GroupSet b, GroupSet cells) {
        boolean binary = ctx.request.binaryOutcome();
        List<FindingDraft> drafts = binary ? OutcomeRateCheck.compare(ctx, cells) : OutcomeMeanCheck.compare(ctx, cells);
        Interaction model = model(ctx, a, b, cells, binary);
        for (FindingDraft d : drafts) {
            GroupSet.Group g = cells.group(d.groupIndex);
            double predicted = model.predicted(g.partA, g.partB);
            if (!Double.isNaN(predicted) && d.value != null) {
                compareWithModel(ctx, a, b, cells, model, d, predicted, binary);
            }
        }
    }

    /** How far the cell departs from what its two margins predict, said in the finding's measures and message. */
    private static void compareWithModel(CheckContext ctx, GroupSet a, GroupSet b, GroupSet cells, Interaction model,
            FindingDraft d, double predicted, boolean binary) {
        GroupSet.Group g = cells.group(d.groupIndex);
        double alpha = ctx.rules.significanceLevel();
        double observed = binary ? CheckContext.rate(g.cell) : g.cell.mean;
        double ratio = observed / predicted;
        double cellP = model.cellPValue(g.partA, g.partB);
        d.measures.put(binary ? "predictedRate" : "predictedMean", predicted);
        d.measures.put("interactionRatio", ratio);
        d.measures.put("interactionPValue", cellP);
        d.measures.put("interactionTestPValue", model.pValue());
        // The cell departs by at least the least severe step of the metric's scale; the table as a whole
        // departs too, and the cell beyond chance among all the cells (Bonferroni).
        d.cellDeparts = cellP < alpha && ctx.rules.scale(d.metric).rate(Math.min(ratio, 1 / ratio)) != Severity.INFO;
        d.departsFromMarginals = d.cellDeparts && model.pValue() < alpha && cellP < alpha / cells.size();
        d.message(d.messageFr + " " + departure(Lang.FR, a, b, d, observed, predicted, binary),
                d.messageEn + " " + departure(Lang.EN, a, b, d, observed, predicted, binary));
    }

    private static String departure(Lang lang, GroupSet a, GroupSet b, FindingDraft d, double observed,
            double predicted, boolean binary) {
        String both = Wording.quote(lang, a.column) + lang.pick(" et ", " and ") + Wording.quote(lang, b.column);
        String expected = binary ? Wording.pct(lang, predicted) : Wording.num(lang, predicted);
        String seen = binary ? Wording.pct(lang, observed) : Wording.num(lang, observed);
        if (d.departsFromMarginals) {
            return lang == Lang.FR
                    ? String.format(Locale.FRANCE, "C'est au-delà de ce que prédisent %s pris ensemble : %s attendu, "
                            + "%s observé (test d'interaction, %s).", both, expected, seen,
                            Wording.p(lang, d.measures.get("interactionPValue")))
                    : String.format(Locale.ROOT, "This is beyond what %s predict together: %s expected, %s observed "
                            + "(interaction test, %s).", both, expected, seen,
                            Wording.p(lang, d.measures.get("interactionPValue")));
        }
        return lang == Lang.FR
                ? String.format(Locale.FRANCE, "C'est ce que prédisent %s pris ensemble (%s attendu).", both, expected)
                : String.format(Locale.ROOT, "This is what %s predict together (%s expected).", both, expected);
    }

    private static Interaction model(CheckContext ctx, GroupSet a, GroupSet b, GroupSet cells, boolean binary) {
        int rows = a.size();
        int cols = b.size();
        long[][] positives = new long[rows][cols];
        long[][] totals = new long[rows][cols];
        double[][] means = new double[rows][cols];
        double[][] variances = new double[rows][cols];
        for (GroupSet.Group g : cells.groups) {
            if (ctx.insufficient(g.cell) || a.group(g.partA).pooled() || b.group(g.partB).pooled()) {
                continue;
            }
            positives[g.partA][g.partB] = g.cell.positives;
            totals[g.partA][g.partB] = g.cell.outcomeRows;
            means[g.partA][g.partB] = g.cell.mean;
            variances[g.partA][g.partB] = g.cell.variance();
        }
        return binary ? Interaction.ofRates(positives, totals) : Interaction.ofMeans(means, variances, totals);
    }
}
