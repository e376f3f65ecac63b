package fr.vigie.bias;

/** Why a finding was kept at INFO (or lowered) although its value alone would rate higher. */
public enum Triage {
    /** Kept at the severity its value and test give. */
    AS_RATED,
    /** The groups are too small to conclude. */
    INSUFFICIENT_DATA,
    /** The difference is not significant once corrected for the report's many tests (Benjamini-Hochberg). */
    NOT_SIGNIFICANT,
    /** An intersection whose rate is what its two attributes' effects predict together. */
    EXPLAINED_BY_MARGINALS,
    /** A roll-up group whose effect already shows in one of the values it groups. */
    SHOWN_IN_ITS_VALUES,
    /** The value is withheld (small cells), so the finding is never BLOCKING. */
    VALUE_WITHHELD
}
