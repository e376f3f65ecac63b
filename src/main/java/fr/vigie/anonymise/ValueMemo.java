package fr.vigie.anonymise;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Remembers a value-by-value transformation (a keyed pseudonym, a mask) for the first values it meets, so that a
 * column of few distinct values is transformed once per value, and a column of a value per row costs bounded
 * memory. Once full, it watches its hits: in a column of a value per row (identifiers, amounts) looking a value up
 * costs half a pseudonym and never finds it, so it stops looking and forgets. Not thread-safe: one per column and
 * per release.
 */
final class ValueMemo implements UnaryOperator<String> {
    /** Enough for any column of categories; a column of identifiers past it is transformed row by row. */
    static final int CAPACITY = 1 << 16;

    private final UnaryOperator<String> transform;
    private Map<String, String> seen = new HashMap<>();
    /** Lookups and hits since the memo was full or last judged. */
    private int lookups;
    private int hits;

    private ValueMemo(UnaryOperator<String> transform) {
        this.transform = transform;
    }

    static ValueMemo of(UnaryOperator<String> transform) {
        return new ValueMemo(transform);
    }

    @Override
    public String apply(String value) {
        if (seen == null) {
            return transform.apply(value);
        }
        String out = seen.get(value);
        boolean hit = out != null;
        if (!hit) {
            out = transform.apply(value);
        }
        if (seen.size() < CAPACITY) {
            if (!hit) {
                seen.put(value, out);
            }
        } else {
            judge(hit);
        }
        return out;
    }

    /** Full, every {@link #CAPACITY} lookups: a memo that found fewer than one value in two is dropped. */
    private void judge(boolean hit) {
        hits += hit ? 1 : 0;
        if (++lookups == CAPACITY) {
            if (hits < CAPACITY / 2) {
                seen = null;
            }
            lookups = 0;
            hits = 0;
        }
    }

    /** Whether it still looks values up (false once judged useless). */
    boolean remembers() {
        return seen != null;
    }
}
