package fr.vigie.bias;

/** How a bias scan compares the outcome across groups. */
public enum OutcomeKind {
    /** An outcome column with a positive value: rates of the positive value are compared. */
    BINARY,
    /** An outcome column of amounts: means and medians are compared. */
    NUMERIC,
    /** No outcome column: only representation is measured. */
    NONE
}
