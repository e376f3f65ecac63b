package fr.vigie.model;

/** ARX's four attribute types: what a column is, from the point of view of re-identification. */
public enum AttributeType {
    /** A direct identifier (name, NIR, email...): removed or pseudonymised before any sharing. */
    IDENTIFYING,
    /** Identifies a person in combination with others (birth date, postal code, sex...): generalised. */
    QUASI_IDENTIFYING,
    /** What must not be linked back to a person (diagnosis, income...): kept, protected by l-diversity/t-closeness. */
    SENSITIVE,
    /** Everything else. */
    INSENSITIVE
}
