package fr.vigie.bias;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Each group's share of the rows against its share of the reference population, and the fit of the
 * whole distribution (chi-square, Cohen's w). Groups are matched to the population's categories
 * through their coding (F, M), roll-up (France, EU, non-EU) or age band; rows in groups the population
 * does not cover are left out, with a note.
 */
final class RepresentationCheck implements CheckFamily {
    @Override
    public void run(CheckContext ctx) {
        for (GroupSet set : ctx.values) {
            Map<String, Double> population = ctx.rules.reference(set.protectedAttribute);
            if (!population.isEmpty() && set.total() > 0) {
                check(ctx, set, population);
            }
        }
    }

    private static void check(CheckContext ctx, GroupSet set, Map<String, Double> population) {
        Map<String, Long> counts = new LinkedHashMap<>();
        population.keySet().forEach(k -> counts.put(k, 0L));
        long outside = 0;
        for (GroupSet.Group g : set.groups) {
            if (g.populationKey != null && counts.containsKey(g.populationKey)) {
                counts.merge(g.populationKey, g.cell.n, Long::sum);
            } else {
                outside += g.cell.n;
            }
        }
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        if (outside > 0) {
            double share = (double) outside / set.total();
            ctx.note(Note.Kind.OUTSIDE_REFERENCE_POPULATION, set.column, String.format(Locale.FRANCE,
                    "%s des lignes où « %s » est renseignée sont dans des groupes que la population de référence ne "
                    + "couvre pas : elles sont laissées hors de la comparaison de représentation.",
                    Wording.pct(Lang.FR, share), set.column), String.format(Locale.ROOT,
                    "%s of the rows with “%s” known fall in groups the reference population does not cover; they "
                    + "are left out of its representation check.", Wording.pct(Lang.EN, share), set.column));
        }
        if (total == 0) {
            return;
        }
        double shareSum = population.values().stream().mapToDouble(Double::doubleValue).sum();
        double[] expected = new double[population.size()];
        long[] observed = new long[population.size()];
        int e = 0;
        boolean enough = true;
        for (Map.Entry<String, Double> ref : population.entrySet()) {
            long k = counts.get(ref.getKey());
            double expectedShare = ref.getValue() / shareSum;
            expected[e] = expectedShare * total;
            observed[e++] = k;
            FindingDraft d = group(ctx, set, ref.getKey(), k, total, expectedShare);
            enough &= !d.insufficient;
        }
        if (population.size() >= 2) {
            fit(ctx, set, expected, observed, total, enough);
        }
    }

    private static FindingDraft group(CheckContext ctx, GroupSet set, String key, long k, long total,
            double expectedShare) {
        FindingDraft d = ctx.draft(Check.REPRESENTATION, set, Metric.REPRESENTATION_RATIO);
        d.group = key;
        d.choice = ReferenceChoice.POPULATION;
        double observedShare = (double) k / total;
        double ratio = observedShare / expectedShare;
        Interval share = Stats.wilson(k, total, ctx.rules.confidenceLevel());
        d.value = ratio;
        d.ci = new Interval(share.low() / expectedShare, share.high() / expectedShare);
        d.groupSize = ctx.published(k);
        d.suppressValue = k > 0 && k < ctx.rules.minPublishedCount();
        d.p = Stats.proportionVersusPopulation(k, total, expectedShare);
        d.insufficient = expectedShare * total < ctx.rules.minGroupSize();
        d.rate(ctx.rules.scale(Metric.REPRESENTATION_RATIO), Math.min(ratio, 1 / ratio));
        d.direction = ratio < 1 ? Direction.UNDER_REPRESENTED : Direction.OVER_REPRESENTED;
        d.measures.put("observedShare", observedShare);
        d.measures.put("populationShare", expectedShare);
        String[] phrase = phrase(ctx, set, key);
        if (d.suppressValue) {
            d.message(String.format(Locale.FRANCE, "%s : moins de %d lignes, contre %s dans la population de "
                    + "référence.", Wording.capital(phrase[0]), ctx.rules.minPublishedCount(),
                    Wording.pct(Lang.FR, expectedShare)), String.format(Locale.ROOT, "%s: fewer than %d rows, "
                    + "against %s in the reference population.", Wording.capital(phrase[1]),
                    ctx.rules.minPublishedCount(), Wording.pct(Lang.EN, expectedShare)));
        } else {
            d.message(String.format(Locale.FRANCE, "%s représentent %s des lignes contre %s dans la population de "
                    + "référence (rapport %s).", Wording.capital(phrase[0]), Wording.pct(Lang.FR, observedShare),
                    Wording.pct(Lang.FR, expectedShare), Wording.num(Lang.FR, ratio)),
                    String.format(Locale.ROOT, "%s make up %s of the rows against %s in the reference population "
                    + "(ratio %s).", Wording.capital(phrase[1]), Wording.pct(Lang.EN, observedShare),
                    Wording.pct(Lang.EN, expectedShare), Wording.num(Lang.EN, ratio)));
        }
        return d;
    }

    /** The population category in words: « les femmes », « les ressortissants de pays hors UE », « les 25-39 ans ». */
    private static String[] phrase(CheckContext ctx, GroupSet set, String key) {
        String[] coded = ctx.rules.codings().phrase(set.protectedAttribute, key);
        if (coded != null) {
            return coded;
        }
        if (set.protectedAttribute == fr.vigie.model.ProtectedAttribute.AGE) {
            AgeBands bands = ctx.scan.ageBands();
            return new String[] {bands.phrase(key, Lang.FR), bands.phrase(key, Lang.EN)};
        }
        return new String[] {Wording.group(Lang.FR, key, null, null), Wording.group(Lang.EN, key, null, null)};
    }

    private static void fit(CheckContext ctx, GroupSet set, double[] expected, long[] observed, long total,
            boolean enough) {
        double chi2 = Stats.chiSquare(expected, observed);
        FindingDraft d = ctx.draft(Check.REPRESENTATION_FIT, set, Metric.COHEN_W);
        d.choice = ReferenceChoice.POPULATION;
        d.value = Math.sqrt(chi2 / total);
        d.p = Stats.chiSquareP(chi2, expected.length - 1);
        d.groupSize = ctx.published(total);
        d.insufficient = !enough;
        d.rate(ctx.rules.scale(Metric.COHEN_W), d.value);
        d.measures.put("chiSquare", chi2);
        d.measures.put("degreesOfFreedom", (double) (expected.length - 1));
        String population = ctx.rules.referencePopulation();
        d.message(String.format(Locale.FRANCE, "Répartition de « %s » comparée à la population de référence%s : "
                + "écart (w de Cohen) %s.", set.column, population == null ? "" : " (" + population + ")",
                Wording.num(Lang.FR, d.value)), String.format(Locale.ROOT, "Distribution of “%s” against the "
                + "reference population%s: distance (Cohen's w) %s.", set.column,
                population == null ? "" : " (" + population + ")", Wording.num(Lang.EN, d.value)));
    }
}
