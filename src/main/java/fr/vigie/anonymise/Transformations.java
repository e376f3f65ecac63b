package fr.vigie.anonymise;

import java.math.BigDecimal;
import java.math.MathContext;

/** Column transformations other than generalisation. */
final class Transformations {
    private Transformations() {
    }

    /** Keeps the first {@code keep} characters and writes {@code *} for the others; missing stays missing. */
    static String mask(String value, int keep) {
        if (value.length() <= keep) {
            return value;
        }
        return value.substring(0, keep) + "*".repeat(value.length() - keep);
    }

    /**
     * Numbers above {@code top} become {@code top}, below {@code bottom} become {@code bottom} (either bound may
     * be null). A value that is not a number is written as missing, so that no outlier escapes.
     */
    static String topBottomCode(String value, BigDecimal bottom, BigDecimal top) {
        if (value.isEmpty()) {
            return value;
        }
        BigDecimal number = Hierarchies.parseNumber(value).orElse(null);
        if (number == null) {
            return "";
        }
        if (top != null && number.compareTo(top) > 0) {
            return top.toPlainString();
        }
        if (bottom != null && number.compareTo(bottom) < 0) {
            return bottom.toPlainString();
        }
        return value;
    }

    /**
     * Mean of a numeric column within each equivalence class (rounded to 2 decimals), by class; values that
     * are not numbers are left out of the mean; a class without numbers gets the missing value.
     */
    static String[] classMeans(DataTable table, int column, int[] rowEntry, int[] entryClass, int classes) {
        BigDecimal[] numbers = new BigDecimal[table.cardinality(column)];
        for (int v = 0; v < numbers.length; v++) {
            numbers[v] = Hierarchies.parseNumber(table.dictionaryValue(column, v)).orElse(null);
        }
        BigDecimal[] sums = new BigDecimal[classes];
        long[] counts = new long[classes];
        for (int r = 0; r < table.rowCount(); r++) {
            BigDecimal number = numbers[table.code(r, column)];
            if (number != null) {
                int c = entryClass[rowEntry[r]];
                sums[c] = sums[c] == null ? number : sums[c].add(number);
                counts[c]++;
            }
        }
        String[] means = new String[classes];
        for (int c = 0; c < classes; c++) {
            means[c] = counts[c] == 0 ? ""
                    : Anonymiser.format(sums[c].divide(BigDecimal.valueOf(counts[c]), MathContext.DECIMAL64));
        }
        return means;
    }
}
