package fr.vigie.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.hll.TgtHllType;
import org.apache.datasketches.hll.Union;

/**
 * Running statistics of one column, in bounded memory. Called for every value of every row, so the
 * hot path allocates nothing for values whose shape was already seen: one pass over the characters
 * gives the shape and a 64-bit hash; distinct values are counted on that hash (exactly while few,
 * then by HyperLogLog).
 */
final class ColumnStats {
    /** Distinct values counted exactly up to this many, then by HyperLogLog only. */
    static final int EXACT_DISTINCT_LIMIT = 1_000;
    /** Different shapes tracked per column; rarer ones beyond this are not listed. */
    static final int MAX_PATTERNS = 1_000;
    static final int TOP_PATTERNS = 5;
    static final int MAX_PATTERN_LENGTH = 40;
    private static final int HLL_LG_K = 12;
    private static final int TABLE_SIZE = 2048; // power of two, over twice the limits above

    private long nulls;
    private long integers;
    private long decimals;
    private long dates;
    private long booleans;
    private long texts;
    /** Once values of incompatible kinds were seen the column is TEXT whatever follows: stop classifying. */
    private boolean settledAsText;
    private final Values.NumberScan scan = new Values.NumberScan();
    private String minNumberText;
    private String maxNumberText;
    private double minNumber = Double.POSITIVE_INFINITY;
    private double maxNumber = Double.NEGATIVE_INFINITY;
    private long minDay = Long.MAX_VALUE;
    private long maxDay = Long.MIN_VALUE;

    private final HllSketch sketch = new HllSketch(HLL_LG_K, TgtHllType.HLL_8);
    private HllSketch mergedSketch;
    /** Hashes of the distinct values while there are few (open addressing, 0 marks a free slot); null after. */
    private long[] exactHashes = new long[TABLE_SIZE];
    private int exactCount;
    private boolean exactHasZero;

    private final char[][] patternKeys = new char[TABLE_SIZE][];
    private final long[] patternHashes = new long[TABLE_SIZE];
    private final long[] patternCounts = new long[TABLE_SIZE];
    private int patternCount;
    private final char[] shape = new char[MAX_PATTERN_LENGTH + 1];

    void accept(String value) {
        if (value == null || Values.isNull(value)) {
            nulls++;
            return;
        }
        long hash = shapeAndHash(value);
        if (exactHashes != null) {
            addExact(hash);
        } else {
            sketch.update(hash);
        }
        if (!settledAsText) {
            classify(value);
        }
    }

    /** Fills {@link #shape}, counts it, and returns a 64-bit hash of the value (one pass over its chars). */
    private long shapeAndHash(String value) {
        int n = value.length();
        int len = Math.min(n, MAX_PATTERN_LENGTH);
        long h = 0xcbf29ce484222325L;
        long shapeHash = 1;
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
                shapeHash = (shapeHash ^ s) * 0x100000001b3L;
            }
        }
        if (n > MAX_PATTERN_LENGTH) {
            shape[len++] = '…';
            shapeHash = (shapeHash ^ '…') * 0x100000001b3L;
        }
        countPattern(shape, len, shapeHash, 1);
        return h;
    }

    /**
     * Counts a shape. Shapes are told apart by length and 64-bit hash only (no character comparison on
     * the hot path): with at most {@link #MAX_PATTERNS} shapes a collision is about 1e-13 likely.
     */
    private void countPattern(char[] key, int len, long hash, long count) {
        int mask = TABLE_SIZE - 1;
        int slot = mix((int) (hash ^ (hash >>> 32))) & mask;
        while (patternKeys[slot] != null) {
            if (patternHashes[slot] == hash && patternKeys[slot].length == len) {
                patternCounts[slot] += count;
                return;
            }
            slot = (slot + 1) & mask;
        }
        if (patternCount < MAX_PATTERNS) {
            patternKeys[slot] = Arrays.copyOf(key, len);
            patternHashes[slot] = hash;
            patternCounts[slot] = count;
            patternCount++;
        }
    }

    private void addExact(long hash) {
        if (hash == 0) {
            if (!exactHasZero) {
                exactHasZero = true;
                exactCount++;
            }
        } else {
            int mask = TABLE_SIZE - 1;
            int slot = mix((int) (hash ^ (hash >>> 32))) & mask;
            while (exactHashes[slot] != 0) {
                if (exactHashes[slot] == hash) {
                    return;
                }
                slot = (slot + 1) & mask;
            }
            exactHashes[slot] = hash;
            exactCount++;
        }
        if (exactCount > EXACT_DISTINCT_LIMIT) {
            leaveExactCounting();
        }
    }

    /**
     * Too many distinct values to count exactly: from now on only the sketch counts. It is fed the
     * hashes seen so far, which leaves it exactly as if it had seen every value (duplicates do not count).
     */
    private void leaveExactCounting() {
        long[] hashes = exactHashes;
        exactHashes = null;
        if (exactHasZero) {
            sketch.update(0L);
        }
        for (long hash : hashes) {
            if (hash != 0) {
                sketch.update(hash);
            }
        }
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h;
    }

    private void classify(String value) {
        char first = value.charAt(0);
        boolean numeric = (first >= '0' && first <= '9') || first == '-' || first == '+' || first == ' '
                || first == '.';
        if (numeric) {
            int kind = Values.scanNumber(value, null, scan);
            if (kind != Values.NOT_NUMBER) {
                if (scan.value < minNumber) {
                    minNumber = scan.value;
                    minNumberText = value;
                }
                if (scan.value > maxNumber) {
                    maxNumber = scan.value;
                    maxNumberText = value;
                }
                if (kind == Values.DECIMAL) {
                    decimals++;
                } else {
                    integers++;
                }
                settledAsText = dates + booleans > 0;
                return;
            }
            long day = Values.epochDay(value);
            if (day != Values.NOT_A_DATE) {
                minDay = Math.min(minDay, day);
                maxDay = Math.max(maxDay, day);
                dates++;
                settledAsText = integers + decimals + booleans > 0;
                return;
            }
        } else if (Values.isBoolean(value)) {
            booleans++;
            settledAsText = integers + decimals + dates > 0;
            return;
        }
        texts++;
        settledAsText = true;
    }

    void merge(ColumnStats other) {
        nulls += other.nulls;
        integers += other.integers;
        decimals += other.decimals;
        dates += other.dates;
        booleans += other.booleans;
        texts += other.texts;
        if (other.minNumber < minNumber) {
            minNumber = other.minNumber;
            minNumberText = other.minNumberText;
        }
        if (other.maxNumber > maxNumber) {
            maxNumber = other.maxNumber;
            maxNumberText = other.maxNumberText;
        }
        minDay = Math.min(minDay, other.minDay);
        maxDay = Math.max(maxDay, other.maxDay);
        int kinds = (integers + decimals > 0 ? 1 : 0) + (dates > 0 ? 1 : 0) + (booleans > 0 ? 1 : 0);
        settledAsText = texts > 0 || kinds > 1;
        if (exactHashes != null && other.exactHashes != null) {
            if (other.exactHasZero) {
                addExact(0);
            }
            for (long hash : other.exactHashes) {
                if (hash != 0 && exactHashes != null) {
                    addExact(hash);
                } else if (hash != 0) {
                    sketch.update(hash);
                }
            }
        } else {
            if (exactHashes != null) {
                leaveExactCounting();
            }
            Union union = new Union(HLL_LG_K);
            union.update(currentSketch());
            union.update(other.allValuesSketch());
            mergedSketch = union.getResult();
            sketch.reset();
        }
        for (int i = 0; i < TABLE_SIZE; i++) {
            if (other.patternKeys[i] != null) {
                char[] key = other.patternKeys[i];
                countPattern(key, key.length, other.patternHashes[i], other.patternCounts[i]);
            }
        }
    }

    /** A sketch of every value seen, built from the exact hashes while they are kept. */
    private HllSketch allValuesSketch() {
        if (exactHashes == null) {
            return currentSketch();
        }
        HllSketch all = new HllSketch(HLL_LG_K, TgtHllType.HLL_8);
        if (exactHasZero) {
            all.update(0L);
        }
        for (long hash : exactHashes) {
            if (hash != 0) {
                all.update(hash);
            }
        }
        return all;
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
            min = plain(minNumberText);
            max = plain(maxNumberText);
        } else if (type == InferredType.DATE) {
            min = LocalDate.ofEpochDay(minDay).toString();
            max = LocalDate.ofEpochDay(maxDay).toString();
        }
        boolean isExact = exactHashes != null;
        long distinct = isExact ? exactCount : Math.round(currentSketch().getEstimate());
        List<PatternCount> top = new ArrayList<>();
        for (int i = 0; i < TABLE_SIZE; i++) {
            if (patternKeys[i] != null) {
                top.add(new PatternCount(new String(patternKeys[i]), patternCounts[i]));
            }
        }
        top.sort(Comparator.comparingLong(PatternCount::count).reversed().thenComparing(PatternCount::pattern));
        double nullRatio = rows == 0 ? 0 : (double) nulls / rows;
        return new ColumnProfile(name, type, nullRatio, distinct, isExact, min, max,
                top.subList(0, Math.min(TOP_PATTERNS, top.size())));
    }

    private static String plain(String numberText) {
        return new BigDecimal(Values.canonicalNumber(numberText)).toPlainString();
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
