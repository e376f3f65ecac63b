package fr.vigie.bias;

import java.util.Locale;

/**
 * The figures and phrases every check's sentences share, in French and English: percentages, ratios,
 * intervals and p-values as each language writes them, group and attribute names. Sentences name
 * columns and group labels (categories of a protected attribute, published only in aggregate), never
 * a value from a row.
 */
final class Wording {
    private final BiasRules rules;
    private final BiasRequest request;

    Wording(BiasRules rules, BiasRequest request) {
        this.rules = rules;
        this.request = request;
    }

    static String pct(Lang lang, double value) {
        return lang == Lang.FR ? String.format(Locale.FRANCE, "%.0f %%", value * 100)
                : String.format(Locale.ROOT, "%.0f%%", value * 100);
    }

    static String num(Lang lang, double value) {
        return String.format(lang == Lang.FR ? Locale.FRANCE : Locale.ROOT, "%.2f", value);
    }

    /** {@code p < 0,001} / {@code p = 0,012}: never a long string of decimals. */
    static String p(Lang lang, Double p) {
        return p == null || p.isNaN() ? "" : "p " + BiasLabels.pValue(p, lang);
    }

    String ci(Lang lang, Interval ci) {
        if (ci == null) {
            return "";
        }
        return lang == Lang.FR
                ? String.format(Locale.FRANCE, " (IC %.0f %% %.2f–%.2f)", rules.confidenceLevel() * 100, ci.low(),
                        ci.high())
                : String.format(Locale.ROOT, " (%.0f%% CI %.2f–%.2f)", rules.confidenceLevel() * 100, ci.low(),
                        ci.high());
    }

    /** The outcome compared: « decision = ACCORDEE ». */
    String outcome(Lang lang) {
        return quote(lang, request.outcome() + (request.positive() == null ? "" : " = " + request.positive()));
    }

    static String quote(Lang lang, String text) {
        return lang == Lang.FR ? "« " + text + " »" : "“" + text + "”";
    }

    /** How a group reads in a sentence: its meaning (« les femmes ») or its label (« le groupe « Marocaine » »). */
    static String group(Lang lang, String label, String meaningFr, String meaningEn) {
        String meaning = lang.pick(meaningFr, meaningEn);
        if (meaning != null) {
            return meaning;
        }
        if (Dictionary.OVERFLOW.equals(label)) {
            return lang.pick("les autres valeurs, chacune sur trop peu de lignes pour être nommée",
                    "the other values, each on too few rows to be named");
        }
        boolean subgroup = label.contains(" × ");
        return lang == Lang.FR ? (subgroup ? "le sous-groupe « " : "le groupe « ") + label + " »"
                : (subgroup ? "subgroup “" : "group “") + label + "”";
    }

    static String group(Lang lang, GroupSet.Group g) {
        return group(lang, g.label, g.meaningFr, g.meaningEn);
    }

    /** "62 % des femmes" / "62 % du groupe": the French contraction of « de » with the article. */
    static String of(String phrase) {
        if (phrase.startsWith("les ")) {
            return "des " + phrase.substring(4);
        }
        if (phrase.startsWith("le ")) {
            return "du " + phrase.substring(3);
        }
        return "de " + phrase;
    }

    static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String reference(Lang lang, ReferenceChoice choice) {
        return switch (choice) {
            case DECLARED -> lang.pick("référence déclarée", "declared reference");
            case MOST_FAVOURED -> lang.pick("référence : le groupe le plus favorisé",
                    "reference: the most favoured group");
            case LARGEST -> lang.pick("référence : le groupe le plus nombreux", "reference: the largest group");
            case POPULATION -> lang.pick("population de référence", "reference population");
        };
    }

    /**
     * The sentence of a comparison that cannot be told in figures — too few rows to conclude, or a
     * figure withheld by small-cell suppression — else null.
     */
    String untold(Lang lang, FindingDraft d) {
        String group = group(lang, d.set.group(d.groupIndex));
        String reference = group(lang, d.set.referenceGroup());
        if (d.insufficient) {
            return tooFew(lang, group, reference);
        }
        return d.suppressValue || d.value == null ? suppressed(lang, group, reference) : null;
    }

    /** « Données insuffisantes... » for a comparison that cannot conclude. */
    private String tooFew(Lang lang, String group, String reference) {
        if (lang == Lang.FR) {
            return String.format(Locale.FRANCE, "Données insuffisantes pour comparer %s et %s (il faut au moins %d "
                    + "lignes par groupe%s) : aucune conclusion possible, ce n'est pas une absence de biais.", group,
                    reference, rules.minGroupSize(), request.binaryOutcome() ? String.format(Locale.FRANCE,
                            ", %d issues positives et %d négatives", rules.minPositives(), rules.minNegatives()) : "");
        }
        return String.format(Locale.ROOT, "Insufficient data to compare %s with %s (at least %d rows per group%s "
                + "are needed): no conclusion can be drawn, which is not an absence of bias.", group, reference,
                rules.minGroupSize(), request.binaryOutcome() ? String.format(Locale.ROOT,
                        ", %d positive and %d negative outcomes", rules.minPositives(), rules.minNegatives()) : "");
    }

    /** « Comparaison de... : effectifs trop faibles pour publier le détail. » */
    private String suppressed(Lang lang, String group, String reference) {
        return lang == Lang.FR
                ? String.format(Locale.FRANCE, "Comparaison de %s et %s : effectifs trop faibles pour publier le "
                        + "détail (moins de %d personnes dans une case).", group, reference, rules.minPublishedCount())
                : String.format(Locale.ROOT, "Comparison of %s with %s: counts too small to publish the detail "
                        + "(fewer than %d people in a cell).", group, reference, rules.minPublishedCount());
    }
}
