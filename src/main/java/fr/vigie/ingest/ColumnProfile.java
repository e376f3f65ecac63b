package fr.vigie.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What one column looks like, computed while reading (shown in the report).
 *
 * @param name the column name
 * @param inferredType the narrowest type all non-null values fit
 * @param nullRatio share of null values (0 when there are no rows)
 * @param distinctEstimate distinct non-null values: exact when {@code distinctExact}, else a HyperLogLog estimate (~2 %)
 * @param distinctExact whether {@code distinctEstimate} is an exact count
 * @param min smallest value for INTEGER/DECIMAL (plain decimal) and DATE (ISO) columns, else null
 * @param max largest value, same rules as {@code min}
 * @param topPatterns the most frequent value shapes, most frequent first (never values)
 * @param valueInColumnNames 1-based positions of the columns whose name (or a piece of it between
 *     separators) equals a value of this column: a sign that a data row was read as the header
 * @param minMaxWithheld whether {@code min} and {@code max} were withheld (a personal column, in the report)
 */
public record ColumnProfile(String name, InferredType inferredType, double nullRatio, long distinctEstimate,
                            boolean distinctExact, String min, String max, List<PatternCount> topPatterns,
                            List<Integer> valueInColumnNames,
                            @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean minMaxWithheld) {
    public ColumnProfile {
        topPatterns = List.copyOf(topPatterns);
        valueInColumnNames = valueInColumnNames == null ? List.of() : List.copyOf(valueInColumnNames);
    }

    /** A profile as read, extremes kept. */
    public ColumnProfile(String name, InferredType inferredType, double nullRatio, long distinctEstimate,
            boolean distinctExact, String min, String max, List<PatternCount> topPatterns,
            List<Integer> valueInColumnNames) {
        this(name, inferredType, nullRatio, distinctEstimate, distinctExact, min, max, topPatterns, valueInColumnNames,
                false);
    }

    /** The same profile without its extremes, which would be a person's value in a personal column. */
    public ColumnProfile withMinMaxWithheld() {
        return new ColumnProfile(name, inferredType, nullRatio, distinctEstimate, distinctExact, null, null,
                topPatterns, valueInColumnNames, true);
    }
}
