package fr.vigie.anonymise;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Remembers a value-by-value transformation (a keyed pseudonym, a mask) for the first values it meets, so that a
 * column of few distinct values is transformed once per value, and a column of a value per row costs bounded
 * memory. Not thread-safe: one per column and per release.
 */
final class ValueMemo implements UnaryOperator<String> {
    /** Enough for any column of categories; a column of identifiers past it is transformed row by row. */
    static final int CAPACITY = 1 << 16;

    private final UnaryOperator<String> transform;
    private final Map<String, String> seen = new HashMap<>();

    private ValueMemo(UnaryOperator<String> transform) {
        this.transform = transform;
    }

    static UnaryOperator<String> of(UnaryOperator<String> transform) {
        return new ValueMemo(transform);
    }

    @Override
    public String apply(String value) {
        String out = seen.get(value);
        if (out == null) {
            out = transform.apply(value);
            if (seen.size() < CAPACITY) {
                seen.put(value, out);
            }
        }
        return out;
    }
}
