package fr.vigie.bias;

/** Which way a finding points. */
public enum Direction {
    /** The group fares worse than the reference (lower rate, lower amount, more missing data). */
    UNFAVOURABLE_TO_GROUP,
    /** The group fares better than the reference. */
    FAVOURABLE_TO_GROUP,
    UNDER_REPRESENTED,
    OVER_REPRESENTED,
    /** A column associated with a protected attribute (proxy) or rows with the attribute unknown. */
    ASSOCIATED,
    /** No difference to speak of, or not evaluated. */
    NONE
}
