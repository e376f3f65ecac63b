package fr.vigie.bias;

import java.util.List;

/** Names of the metrics the scan reports; each has a severity scale in {@code rules/bias.yml}. */
public final class Metric {
    /** Group rate over reference rate; rated on min(r, 1/r). */
    public static final String DISPARATE_IMPACT = "DISPARATE_IMPACT";
    /** Group mean over reference mean; rated on min(r, 1/r). */
    public static final String MEAN_RATIO = "MEAN_RATIO";
    /** Group share in the data over its share in the reference population; rated on min(r, 1/r). */
    public static final String REPRESENTATION_RATIO = "REPRESENTATION_RATIO";
    /** Effect size of the goodness of fit, sqrt(chi2 / n). */
    public static final String COHEN_W = "COHEN_W";
    /** Group missing rate over reference missing rate; rated on max(r, 1/r). */
    public static final String MISSING_RATE_RATIO = "MISSING_RATE_RATIO";
    /** Share of rows whose protected attribute is unknown. */
    public static final String UNKNOWN_SHARE = "UNKNOWN_SHARE";
    /** Bias-corrected Cramér's V between a column and a protected attribute. */
    public static final String CRAMERS_V = "CRAMERS_V";
    /** Uncertainty coefficient U(attribute | column): share of the attribute's entropy the column explains. */
    public static final String UNCERTAINTY_COEFFICIENT = "UNCERTAINTY_COEFFICIENT";
    /** Mantel-Haenszel rate ratio across strata; rated on min(r, 1/r). */
    public static final String MH_RATE_RATIO = "MH_RATE_RATIO";

    /** Every metric; bias.yml must give a scale for each. */
    public static final List<String> ALL = List.of(DISPARATE_IMPACT, MEAN_RATIO,
            REPRESENTATION_RATIO, COHEN_W, MISSING_RATE_RATIO, UNKNOWN_SHARE, CRAMERS_V, UNCERTAINTY_COEFFICIENT,
            MH_RATE_RATIO);

    private Metric() {
    }
}
