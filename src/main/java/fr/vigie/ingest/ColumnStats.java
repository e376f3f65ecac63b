package fr.vigie.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.hll.Union;

/** Running statistics of one column; bounded memory. */
final class ColumnStats {
    /** Distinct values counted exactly up to this many, then by HyperLogLog only. */
    static final int EXACT_DISTINCT_LIMIT = 1_000;
    /** Different shapes tracked per column; rarer ones beyond this are not listed. */
    static final int MAX_PATTERNS = 1_000;
    static final int TOP_PATTERNS = 5;
    static final int MAX_PATTERN_LENGTH = 40;
    private static final int HLL_LG_K = 12;

    private long nulls;
    private long integers;
    private long decimals;
    private long dates;
    private long booleans;
    private long texts;
    private BigDecimal minNumber;
    private BigDecimal maxNumber;
    private long minDay = Long.MAX_VALUE;
    private long maxDay = Long.MIN_VALUE;
    private Set<String> exact = new HashSet<>();
    private final HllSketch sketch = new HllSketch(HLL_LG_K);
    private HllSketch mergedSketch;
    private final Map<String, long[]> patterns = new HashMap<>();
    private final char[] shape = new char[MAX_PATTERN_LENGTH + 1];

    void accept(String value) {
        if (Values.isNull(value)) {
            nulls++;
            return;
        }
        long hash = shapeAndHash(value);
        sketch.update(hash);
        if (exact != null) {
            exact.add(value);
            if (exact.size() > EXACT_DISTINCT_LIMIT) {
                exact = null;
            }
        }
        classify(value);
    }

    /** Fills {@link #shape}, counts it, and returns a 64-bit hash of the value (one pass over its chars). */
    private long shapeAndHash(String value) {
        int n = value.length();
        int len = Math.min(n, MAX_PATTERN_LENGTH);
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            h = (h ^ c) * 0x100000001b3L;
            if (i < len) {
                char s;
                if (c >= '0' && c <= '9') {
                    s = '9';
                } else if (c >= 'a' && c <= 'z') {
                    s = 'a';
                } else if (c >= 'A' && c <= 'Z') {
                    s = 'A';
                } else if (Character.isLetter(c)) {
                    s = Character.isUpperCase(c) ? 'A' : 'a';
                } else if (Character.isDigit(c)) {
                    s = '9';
                } else {
                    s = c;
                }
                shape[i] = s;
            }
        }
        if (n > MAX_PATTERN_LENGTH) {
            shape[len++] = '…';
        }
        countPattern(new String(shape, 0, len));
        return h;
    }

    private void countPattern(String pattern) {
        long[] count = patterns.get(pattern);
        if (count != null) {
            count[0]++;
        } else if (patterns.size() < MAX_PATTERNS) {
            patterns.put(pattern, new long[] {1});
        }
    }

    private void classify(String value) {
        char first = value.charAt(0);
        boolean numeric = (first >= '0' && first <= '9') || first == '-' || first == '+' || first == ' '
                || first == '.';
        if (numeric) {
            String canonical = Values.canonicalNumber(value);
            if (canonical != null) {
                BigDecimal number = new BigDecimal(canonical);
                if (minNumber == null || number.compareTo(minNumber) < 0) {
                    minNumber = number;
                }
                if (maxNumber == null || number.compareTo(maxNumber) > 0) {
                    maxNumber = number;
                }
                if (canonical.indexOf('.') >= 0) {
                    decimals++;
                } else {
                    integers++;
                }
                return;
            }
            long day = Values.epochDay(value);
            if (day != Values.NOT_A_DATE) {
                minDay = Math.min(minDay, day);
                maxDay = Math.max(maxDay, day);
                dates++;
                return;
            }
        } else if (Values.parseBoolean(value).isPresent()) {
            booleans++;
            return;
        }
        texts++;
    }

    void merge(ColumnStats other) {
        nulls += other.nulls;
        integers += other.integers;
        decimals += other.decimals;
        dates += other.dates;
        booleans += other.booleans;
        texts += other.texts;
        if (other.minNumber != null && (minNumber == null || other.minNumber.compareTo(minNumber) < 0)) {
            minNumber = other.minNumber;
        }
        if (other.maxNumber != null && (maxNumber == null || other.maxNumber.compareTo(maxNumber) > 0)) {
            maxNumber = other.maxNumber;
        }
        minDay = Math.min(minDay, other.minDay);
        maxDay = Math.max(maxDay, other.maxDay);
        if (exact != null && other.exact != null) {
            exact.addAll(other.exact);
            if (exact.size() > EXACT_DISTINCT_LIMIT) {
                exact = null;
            }
        } else {
            exact = null;
        }
        Union union = new Union(HLL_LG_K);
        union.update(currentSketch());
        union.update(other.currentSketch());
        mergedSketch = union.getResult();
        sketch.reset();
        for (Map.Entry<String, long[]> e : other.patterns.entrySet()) {
            long[] count = patterns.get(e.getKey());
            if (count != null) {
                count[0] += e.getValue()[0];
            } else if (patterns.size() < MAX_PATTERNS) {
                patterns.put(e.getKey(), new long[] {e.getValue()[0]});
            }
        }
    }

    private HllSketch currentSketch() {
        if (mergedSketch == null) {
            return sketch;
        }
        Union union = new Union(HLL_LG_K);
        union.update(mergedSketch);
        union.update(sketch);
        return union.getResult();
    }

    ColumnProfile profile(String name, long rows) {
        long nonNull = rows - nulls;
        InferredType type = inferType(nonNull);
        String min = null;
        String max = null;
        if (type == InferredType.INTEGER || type == InferredType.DECIMAL) {
            min = minNumber.toPlainString();
            max = maxNumber.toPlainString();
        } else if (type == InferredType.DATE) {
            min = LocalDate.ofEpochDay(minDay).toString();
            max = LocalDate.ofEpochDay(maxDay).toString();
        }
        boolean isExact = exact != null;
        long distinct = isExact ? exact.size() : Math.round(currentSketch().getEstimate());
        List<PatternCount> top = new ArrayList<>();
        patterns.forEach((p, c) -> top.add(new PatternCount(p, c[0])));
        top.sort(Comparator.comparingLong(PatternCount::count).reversed().thenComparing(PatternCount::pattern));
        double nullRatio = rows == 0 ? 0 : (double) nulls / rows;
        return new ColumnProfile(name, type, nullRatio, distinct, isExact, min, max,
                top.subList(0, Math.min(TOP_PATTERNS, top.size())));
    }

    private InferredType inferType(long nonNull) {
        if (nonNull == 0) {
            return InferredType.EMPTY;
        }
        if (integers == nonNull) {
            return InferredType.INTEGER;
        }
        if (integers + decimals == nonNull) {
            return InferredType.DECIMAL;
        }
        if (dates == nonNull) {
            return InferredType.DATE;
        }
        if (booleans == nonNull) {
            return InferredType.BOOLEAN;
        }
        return InferredType.TEXT;
    }
}
