package fr.vigie.bias;

import java.util.Locale;

/**
 * Plain French and English sentences for findings. They name columns and group labels (categories
 * of a protected attribute, published only in aggregate), never a value from a row, and say
 * "too few" instead of a figure that small-cell suppression withholds.
 */
final class Messages {
    private final BiasRules rules;
    private final BiasRequest request;

    Messages(BiasRules rules, BiasRequest request) {
        this.rules = rules;
        this.request = request;
    }

    String fr(String group) {
        String[] label = rules.label(group);
        if (label != null) {
            return label[0];
        }
        return (group.contains(" × ") ? "le sous-groupe « " : "le groupe « ") + group + " »";
    }

    String en(String group) {
        String[] label = rules.label(group);
        if (label != null) {
            return label[1];
        }
        return (group.contains(" × ") ? "subgroup “" : "group “") + group + "”";
    }

    private static String pctFr(double value) {
        return String.format(Locale.FRANCE, "%.0f %%", value * 100);
    }

    private static String pctEn(double value) {
        return String.format(Locale.ROOT, "%.0f%%", value * 100);
    }

    private static String numFr(double value) {
        return String.format(Locale.FRANCE, "%.2f", value);
    }

    private static String numEn(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private String ciFr(Interval ci) {
        return ci == null ? "" : String.format(Locale.FRANCE, " (IC %.0f %% %.2f–%.2f)",
                rules.confidenceLevel() * 100, ci.low(), ci.high());
    }

    private String ciEn(Interval ci) {
        return ci == null ? "" : String.format(Locale.ROOT, " (%.0f%% CI %.2f–%.2f)",
                rules.confidenceLevel() * 100, ci.low(), ci.high());
    }

    private static String refFr(ReferenceChoice choice) {
        return choice == ReferenceChoice.DECLARED ? "référence déclarée" : "référence, groupe le plus nombreux";
    }

    private static String refEn(ReferenceChoice choice) {
        return choice == ReferenceChoice.DECLARED ? "declared reference" : "reference, the largest group";
    }

    private String tooFewFr(ReportBuilder.Draft d) {
        return String.format(Locale.FRANCE, "Données insuffisantes pour comparer %s et %s (il faut au moins %d "
                + "lignes par groupe%s) : aucune conclusion possible, ce n'est pas une absence de biais.",
                fr(d.group), fr(d.referenceGroup), rules.minGroupSize(), request.binaryOutcome()
                        ? String.format(Locale.FRANCE, ", %d issues positives et %d négatives",
                        rules.minPositives(), rules.minNegatives()) : "");
    }

    private String tooFewEn(ReportBuilder.Draft d) {
        return String.format(Locale.ROOT, "Insufficient data to compare %s with %s (at least %d rows per group%s "
                + "are needed): no conclusion can be drawn, which is not an absence of bias.",
                en(d.group), en(d.referenceGroup), rules.minGroupSize(), request.binaryOutcome()
                        ? String.format(Locale.ROOT, ", %d positive and %d negative outcomes",
                        rules.minPositives(), rules.minNegatives()) : "");
    }

    private String suppressedFr(ReportBuilder.Draft d) {
        return String.format(Locale.FRANCE, "Comparaison de %s et %s : effectifs trop faibles pour publier le "
                + "détail (moins de %d personnes dans une case).", fr(d.group), fr(d.referenceGroup),
                rules.minPublishedCount());
    }

    private String suppressedEn(ReportBuilder.Draft d) {
        return String.format(Locale.ROOT, "Comparison of %s with %s: counts too small to publish the detail "
                + "(fewer than %d people in a cell).", en(d.group), en(d.referenceGroup), rules.minPublishedCount());
    }

    private String outcomeFr() {
        return "« " + request.outcome() + " = " + request.positive() + " »";
    }

    private String outcomeEn() {
        return "“" + request.outcome() + " = " + request.positive() + "”";
    }

    String unknownFr(String column, double share) {
        return String.format(Locale.FRANCE, "La colonne « %s » est inconnue pour %s des lignes.", column,
                pctFr(share));
    }

    String unknownEn(String column, double share) {
        return String.format(Locale.ROOT, "Column “%s” is unknown for %s of the rows.", column, pctEn(share));
    }

    String representationFr(String group, double observed, double expected, boolean suppressed) {
        if (suppressed) {
            return String.format(Locale.FRANCE, "%s : moins de %d lignes, contre %s dans la population de "
                    + "référence.", capital(fr(group)), rules.minPublishedCount(), pctFr(expected));
        }
        return String.format(Locale.FRANCE, "%s représentent %s des lignes contre %s dans la population de "
                + "référence (rapport %s).", capital(fr(group)), pctFr(observed), pctFr(expected),
                numFr(observed / expected));
    }

    String representationEn(String group, double observed, double expected, boolean suppressed) {
        if (suppressed) {
            return String.format(Locale.ROOT, "%s: fewer than %d rows, against %s in the reference population.",
                    capital(en(group)), rules.minPublishedCount(), pctEn(expected));
        }
        return String.format(Locale.ROOT, "%s make up %s of the rows against %s in the reference population "
                + "(ratio %s).", capital(en(group)), pctEn(observed), pctEn(expected), numEn(observed / expected));
    }

    String fitFr(String column, double w, String population) {
        return String.format(Locale.FRANCE, "Répartition de « %s » comparée à la population de référence%s : "
                + "écart (w de Cohen) %s.", column, population == null ? "" : " (" + population + ")", numFr(w));
    }

    String fitEn(String column, double w, String population) {
        return String.format(Locale.ROOT, "Distribution of “%s” against the reference population%s: "
                + "distance (Cohen's w) %s.", column, population == null ? "" : " (" + population + ")", numEn(w));
    }

    String rateFr(ReportBuilder.Draft d, double groupRate, double refRate) {
        if (d.insufficient) {
            return tooFewFr(d);
        }
        if (d.suppressValue || d.value == null) {
            return suppressedFr(d);
        }
        return String.format(Locale.FRANCE, "Issue %s : %s %s contre %s %s (%s) ; rapport %s%s.",
                outcomeFr(), pctFr(groupRate), pour(fr(d.group)), pctFr(refRate), pour(fr(d.referenceGroup)),
                refFr(d.choice), numFr(d.value), ciFr(d.ci));
    }

    /** "62 % les femmes" reads "62 % des femmes"; "62 % le groupe" reads "62 % du groupe". */
    private static String pour(String label) {
        if (label.startsWith("les ")) {
            return "des " + label.substring(4);
        }
        if (label.startsWith("le ")) {
            return "du " + label.substring(3);
        }
        return "de " + label;
    }

    String rateEn(ReportBuilder.Draft d, double groupRate, double refRate) {
        if (d.insufficient) {
            return tooFewEn(d);
        }
        if (d.suppressValue || d.value == null) {
            return suppressedEn(d);
        }
        return String.format(Locale.ROOT, "Outcome %s for %s of %s against %s of %s (%s): ratio %s%s.",
                outcomeEn(), pctEn(groupRate), en(d.group), pctEn(refRate), en(d.referenceGroup), refEn(d.choice),
                numEn(d.value), ciEn(d.ci));
    }

    String rangeFr(ReportBuilder.Draft d, double low, double high, int groups) {
        return String.format(Locale.FRANCE, "Entre les %d groupes comparables de « %s », le taux d'issue %s va de "
                + "%s (%s) à %s (%s) : rapport minimum/maximum %s.", groups, d.column, outcomeFr(), pctFr(low),
                fr(d.group), pctFr(high), fr(d.referenceGroup), numFr(low / high));
    }

    String rangeEn(ReportBuilder.Draft d, double low, double high, int groups) {
        return String.format(Locale.ROOT, "Across the %d comparable groups of “%s”, the rate of outcome %s ranges "
                + "from %s (%s) to %s (%s): min/max ratio %s.", groups, d.column, outcomeEn(), pctEn(low),
                en(d.group), pctEn(high), en(d.referenceGroup), numEn(low / high));
    }

    String meanFr(ReportBuilder.Draft d, double mean, double refMean) {
        if (d.insufficient) {
            return tooFewFr(d);
        }
        if (d.suppressValue || d.value == null) {
            return suppressedFr(d);
        }
        return String.format(Locale.FRANCE, "« %s » moyen : %.2f pour %s contre %.2f pour %s (%s) : rapport %s%s.",
                request.outcome(), mean, fr(d.group), refMean, fr(d.referenceGroup), refFr(d.choice),
                numFr(d.value), ciFr(d.ci));
    }

    String meanEn(ReportBuilder.Draft d, double mean, double refMean) {
        if (d.insufficient) {
            return tooFewEn(d);
        }
        if (d.suppressValue || d.value == null) {
            return suppressedEn(d);
        }
        return String.format(Locale.ROOT, "Mean “%s”: %.2f for %s against %.2f for %s (%s): ratio %s%s.",
                request.outcome(), mean, en(d.group), refMean, en(d.referenceGroup), refEn(d.choice),
                numEn(d.value), ciEn(d.ci));
    }

    String missingFr(ReportBuilder.Draft d, double r1, double r0) {
        if (d.suppressValue) {
            return String.format(Locale.FRANCE, "La colonne « %s » manque plus souvent pour l'un des groupes %s et "
                    + "%s (effectifs trop faibles pour publier le détail).", d.checkedColumn, fr(d.group),
                    fr(d.referenceGroup));
        }
        return String.format(Locale.FRANCE, "La colonne « %s » manque pour %s des lignes pour %s contre %s pour %s "
                + "(rapport %s).", d.checkedColumn, pctFr(r1), fr(d.group), pctFr(r0), fr(d.referenceGroup),
                numFr(d.value));
    }

    String missingEn(ReportBuilder.Draft d, double r1, double r0) {
        if (d.suppressValue) {
            return String.format(Locale.ROOT, "Column “%s” is missing more often for one of %s and %s (counts too "
                    + "small to publish the detail).", d.checkedColumn, en(d.group), en(d.referenceGroup));
        }
        return String.format(Locale.ROOT, "Column “%s” is missing in %s of the rows for %s against %s for %s "
                + "(ratio %s).", d.checkedColumn, pctEn(r1), en(d.group), pctEn(r0), en(d.referenceGroup),
                numEn(d.value));
    }

    String proxyFr(String proxy, ReportBuilder.Folded f, double v, double u) {
        return String.format(Locale.FRANCE, "La colonne « %s » révèle « %s » (%s) : V de Cramér corrigé %s, "
                + "coefficient d'incertitude %s ; elle peut servir de variable de substitution.", proxy, f.column,
                f.attribute, numFr(v), numFr(u));
    }

    String proxyEn(String proxy, ReportBuilder.Folded f, double v, double u) {
        return String.format(Locale.ROOT, "Column “%s” reveals “%s” (%s): bias-corrected Cramér's V %s, "
                + "uncertainty coefficient %s; it can act as a proxy.", proxy, f.column, f.attribute, numEn(v),
                numEn(u));
    }

    String conditionalFr(ReportBuilder.Draft d) {
        if (d.insufficient) {
            return tooFewFr(d);
        }
        if (d.suppressValue || d.value == null) {
            return suppressedFr(d);
        }
        return String.format(Locale.FRANCE, "À « %s » égal, l'issue %s est %s fréquente pour %s que pour %s "
                + "(rapport de Mantel-Haenszel %s%s).", d.checkedColumn, outcomeFr(), d.value < 1 ? "moins"
                : "plus", fr(d.group), fr(d.referenceGroup), numFr(d.value), ciFr(d.ci));
    }

    String conditionalEn(ReportBuilder.Draft d) {
        if (d.insufficient) {
            return tooFewEn(d);
        }
        if (d.suppressValue || d.value == null) {
            return suppressedEn(d);
        }
        return String.format(Locale.ROOT, "Within equal “%s”, outcome %s is %s frequent for %s than for %s "
                + "(Mantel-Haenszel ratio %s%s).", d.checkedColumn, outcomeEn(), d.value < 1 ? "less" : "more",
                en(d.group), en(d.referenceGroup), numEn(d.value), ciEn(d.ci));
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
