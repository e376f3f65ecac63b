package fr.vigie.model;

/** Attributes along which the bias scan looks for unequal treatment or representation. */
public enum ProtectedAttribute {
    GENDER,
    /** Seen through lawful indicators only: nationality, country of birth, residence area. */
    ORIGIN,
    AGE,
    DISABILITY,
    RELIGION,
    SEXUAL_ORIENTATION
}
