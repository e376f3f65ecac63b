package fr.vigie.anonymise;

/** The utility measure the search minimises; all four are reported whichever is chosen. */
public enum QualityModel {
    /** ARX's default "Loss" model (gs-factor 0.5, weights 1, geometric mean), in [0, 1]. */
    LOSS,
    /** Non-uniform entropy: bits of information lost, summed over records and quasi-identifiers. */
    ENTROPY,
    /** Discernibility: sum of squared class sizes, a suppressed record costing the number of records. */
    DISCERNIBILITY,
    /** Average size of the released equivalence classes. */
    AVERAGE_CLASS_SIZE
}
