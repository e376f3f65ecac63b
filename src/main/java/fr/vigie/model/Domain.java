package fr.vigie.model;

/** The sensitive domain a column belongs to, when it belongs to one. */
public enum Domain {
    HEALTH,
    FINANCIAL,
    /** Other special categories of GDPR art. 9 (religion, political opinion, union membership, sexual orientation...). */
    SPECIAL_CATEGORY,
    /** Criminal convictions and offences (GDPR art. 10). */
    OFFENCE
}
