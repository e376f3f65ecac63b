package fr.vigie.bias;

/**
 * One column examined as a possible proxy of one protected attribute, or a column left out (then
 * {@code proxyOf} is null) with the reason why.
 *
 * @param column          the column examined
 * @param proxyOf         the protected attribute it was tested against (null when left out)
 * @param protectedColumn the protected column carrying it (null when left out)
 * @param status          tested or left out
 * @param basis           what was compared: values, bins of a number, or the first character of a code
 * @param reason          why it was left out (null when tested)
 * @param cramersV        bias-corrected Cramér's V, when tested
 * @param uncertainty     uncertainty coefficient U(attribute | column), when tested
 * @param categories      rows of the contingency table, when tested
 * @param findingId       the proxy finding it raised, or null
 * @param view            the view of the attribute it reveals best: its own values, or its roll-up (France / EU /
 *                        non-EU), when tested
 */
public record ProxyTest(String column, String proxyOf, String protectedColumn, Status status, Basis basis,
                        Reason reason, Double cramersV, Double uncertainty, Integer categories, String findingId,
                        GroupView view) {
    /** Whether the column was tested. */
    public enum Status { TESTED, LEFT_OUT }

    /** What the table compares. */
    public enum Basis {
        /** The column's values (rare ones pooled). */
        VALUES,
        /** A number cut into bins of equal counts. */
        BINS,
        /** The first character of a code unique per row (the NIR's first digit is the sex). */
        FIRST_CHARACTER
    }

    /** Why a column was not tested. */
    public enum Reason {
        /** Every row holds the same value (or none). */
        SINGLE_VALUE,
        /** The column is empty. */
        ALWAYS_MISSING,
        /** Values are (nearly) unique per row: no group of rows shares one. */
        UNIQUE_PER_ROW,
        /** Long free text, (nearly) unique per row. */
        FREE_TEXT,
        /** More distinct values than the scan keeps, most of the rows in values it could not keep. */
        TOO_MANY_VALUES
    }
}
