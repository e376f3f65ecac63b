package fr.vigie.ingest;

/** The type a column's non-null values all fit, from the narrowest to TEXT. */
public enum InferredType {
    INTEGER,
    /** Numbers with a fractional part (French {@code 12,5} or {@code 12.5}); integers fit it too. */
    DECIMAL,
    DATE,
    BOOLEAN,
    TEXT,
    /** Every value is null. */
    EMPTY
}
