package fr.vigie.classify;

/** How much harm a dataset could do if it leaked. */
public enum Sensitivity {
    /** No personal data found. */
    LOW,
    /** Personal data, no sensitive domain. */
    MEDIUM,
    /** Personal data with health, financial, special-category or offence data. */
    HIGH
}
