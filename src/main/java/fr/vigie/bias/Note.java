package fr.vigie.bias;

/**
 * A remark on what the scan did or could not do (no value from a row).
 *
 * @param kind      what it is about
 * @param column    the column concerned, or null
 * @param messageFr the remark in French
 * @param messageEn the same in English
 */
public record Note(Kind kind, String column, String messageFr, String messageEn) {
    /** What a note is about. */
    public enum Kind {
        /** Protected columns added from the classification because the job lists none. */
        ADDED_FROM_CLASSIFICATION,
        /** Protected columns the classification found that the job did not list. */
        SET_ASIDE,
        /** Values with too few rows to be named, pooled into one group. */
        POOLED_VALUES,
        /** Groups the reference population does not cover. */
        OUTSIDE_REFERENCE_POPULATION,
        /** The declared reference group is not in the data. */
        REFERENCE_ABSENT,
        /** The positive outcome value never occurs. */
        POSITIVE_NEVER_SEEN,
        /** Outcome cells that are not numbers. */
        OUTCOME_NOT_NUMERIC,
        /** A check that could not run. */
        CHECK_SKIPPED,
        /** How the values of an age column became groups. */
        AGE_BANDS
    }
}
