package fr.vigie.classify;

/** What one row of a dataset describes: whose data it is. */
public enum DataSubject {
    /** A natural person (the default when unsure: personal data). */
    PERSON,
    /** A legal person: association, company, public body (its identifiers are not personal data). */
    ORGANISATION,
    /** A place or facility: equipment, establishment, station (its address and switchboard are not personal data). */
    PLACE,
    /** Rows of several kinds (legal persons and sole traders): treated as personal data. */
    MIXED
}
