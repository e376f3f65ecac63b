package fr.vigie.bias;

/** The kinds of checks the bias scan runs; each finding belongs to one. */
public enum Check {
    /** A group's share of the dataset against its share of the reference population. */
    REPRESENTATION,
    /** Chi-square goodness of fit of all groups of an attribute against the reference population. */
    REPRESENTATION_FIT,
    /**
     * A group's positive-outcome rate against the reference group's (disparate impact); the spread of
     * all the attribute's rates (lowest over highest, chi-square of homogeneity) is in its measures.
     */
    OUTCOME_RATE,
    /** A group's mean numeric outcome (an amount granted) against the reference group's. */
    OUTCOME_MEAN,
    /** A column's missing rate in a group against the reference group's. */
    MISSING_DATA,
    /** Share of rows whose protected attribute itself is unknown. */
    UNKNOWN_ATTRIBUTE,
    /** A column that reveals a protected attribute. */
    PROXY,
    /** Outcome disparity within strata of a legitimate factor (Mantel-Haenszel). */
    CONDITIONAL
}
