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
 *
 * <p>Its tables start small and grow with what the column holds, up to its {@link Limits}: a column
 * of a few distinct values costs a few hundred bytes, the worst case is {@link Limits#worstCaseBytes()}.
 */
final class ColumnStats {
    static final int TOP_PATTERNS = 5;
    static final int MAX_PATTERN_LENGTH = 40;
    private static final int INITIAL_TABLE_SIZE = 16;
    /** Columns whose name holds a value noted per column: one is enough to stop a run. */
    static final int MAX_NAME_MATCHES = 8;

    /**
     * How much one column may hold: distinct values counted exactly (then by HyperLogLog only), value
     * shapes tracked (rarer ones beyond are not listed), and the HyperLogLog sketch's log2 size
     * (12: about 1.6 % error; each step down halves the sketch and multiplies the error by 1.4).
     */
    record Limits(int exactDistinct, int patterns, int hllLgK) {
        /** The limits of a table of few columns. */
        static final Limits FULL = new Limits(1_000, 1_000, 12);
        private static final Limits SMALLEST = new Limits(16, 8, 5);

        /** The most bytes a column's statistics can reach under these limits (object headers included). */
        long worstCaseBytes() {
            long exact = tableSize(exactDistinct) * 8L;
            // per slot a key reference, hash and count; per tracked shape its characters
            long shapes = tableSize(patterns) * 20L + patterns * (16L + 2L * (MAX_PATTERN_LENGTH + 1));
            long sketch = (1L << hllLgK) + 64;
            return exact + shapes + sketch + 512;
        }

        /** The largest limits (at most {@link #FULL}, at least a small floor) whose worst case fits {@code bytes}. */
        static Limits within(long bytes) {
            double share = Math.min(1, (double) bytes / FULL.worstCaseBytes());
            Limits limits = scaled(share);
            while (limits.worstCaseBytes() > bytes && !limits.equals(SMALLEST)) {
                share *= 0.9;
                limits = scaled(share);
            }
            return limits;
        }

        /** {@link #FULL} scaled down by {@code share} (1 or less), never under the floor. */
        private static Limits scaled(double share) {
            int lgK = FULL.hllLgK + (int) Math.floor(Math.log(share) / Math.log(2));
            return new Limits(Math.max(SMALLEST.exactDistinct, (int) (FULL.exactDistinct * share)),
                    Math.max(SMALLEST.patterns, (int) (FULL.patterns * share)),
                    Math.max(SMALLEST.hllLgK, Math.min(FULL.hllLgK, lgK)));
        }

        /** Open-addressing table size for {@code entries}: a power of two, kept under half full. */
        static int tableSize(int entries) {
            return Integer.highestOneBit(Math.max(INITIAL_TABLE_SIZE / 2, entries) * 2 - 1) * 2;
        }
    }

    private final Limits limits;
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

    /** Created once exact counting stops (most columns never need it). */
    private HllSketch sketch;
    private HllSketch mergedSketch;
    /** Hashes of the distinct values while there are few (open addressing, 0 marks a free slot); null after. */
    private long[] exactHashes = new long[INITIAL_TABLE_SIZE];
    private int exactCount;
    private boolean exactHasZero;

    private char[][] patternKeys = new char[INITIAL_TABLE_SIZE][];
    private long[] patternHashes = new long[INITIAL_TABLE_SIZE];
    private long[] patternCounts = new long[INITIAL_TABLE_SIZE];
    private int patternCount;
    private final char[] shape = new char[MAX_PATTERN_LENGTH + 1];

    /** The table's column names; a value equal to one of them is noted (never kept). */
    private final NameTokens names;
    /** 0-based columns whose name holds a value of this column, in the order found; at most {@link #MAX_NAME_MATCHES}. */
    private int[] nameMatches = new int[0];

    ColumnStats(Limits limits, NameTokens names) {
        this.limits = limits;
        this.names = names;
    }

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
        int named = names.column(hash);
        if (named >= 0) {
            noteNameMatch(named);
        }
        if (!settledAsText) {
            classify(value);
        }
    }

    private void noteNameMatch(int column) {
        for (int known : nameMatches) {
            if (known == column) {
                return;
            }
        }
        if (nameMatches.length < MAX_NAME_MATCHES) {
            nameMatches = Arrays.copyOf(nameMatches, nameMatches.length + 1);
            nameMatches[nameMatches.length - 1] = column;
        }
    }

    /** The 64-bit hash {@link #accept} computes for a value (FNV-1a over its characters). */
    static long hash(String value) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < value.length(); i++) {
            h = (h ^ value.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    /** Fills {@link #shape}, counts it, and returns {@link #hash} of the value (one pass over its chars). */
    private long shapeAndHash(String value) {
        int n = value.length();
        int len = Math.min(n, MAX_PATTERN_LENGTH);
        long h = 0xcbf29ce484222325L;
        long shapeHash = 1;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            h = (h ^ c) * 0x100000001b3L;
            if (i < len) {
                char s = c < 128 ? ASCII_SHAPE[c] : shapeOf(c);
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

    /** Shape of each ASCII character: a table instead of branches on the hottest loop. */
    private static final char[] ASCII_SHAPE = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_SHAPE[c] = c >= '0' && c <= '9' ? '9' : c >= 'a' && c <= 'z' ? 'a' : c >= 'A' && c <= 'Z' ? 'A' : c;
        }
    }

    private static char shapeOf(char c) {
        if (Character.isLetter(c)) {
            return Character.isUpperCase(c) ? 'A' : 'a';
        }
        return Character.isDigit(c) ? '9' : c;
    }

    /**
     * Counts a shape. Shapes are told apart by length and 64-bit hash only (no character comparison on
     * the hot path): with at most {@link Limits#FULL}'s 1,000 shapes a collision is about 1e-13 likely.
     */
    private void countPattern(char[] key, int len, long hash, long count) {
        int mask = patternKeys.length - 1;
        int slot = mix((int) (hash ^ (hash >>> 32))) & mask;
        while (patternKeys[slot] != null) {
            if (patternHashes[slot] == hash && patternKeys[slot].length == len) {
                patternCounts[slot] += count;
                return;
            }
            slot = (slot + 1) & mask;
        }
        if (patternCount < limits.patterns()) {
            patternKeys[slot] = Arrays.copyOf(key, len);
            patternHashes[slot] = hash;
            patternCounts[slot] = count;
            patternCount++;
            if (patternCount * 2 > patternKeys.length) {
                growPatterns();
            }
        }
    }

    private void growPatterns() {
        char[][] keys = patternKeys;
        long[] hashes = patternHashes;
        long[] counts = patternCounts;
        patternKeys = new char[keys.length * 2][];
        patternHashes = new long[keys.length * 2];
        patternCounts = new long[keys.length * 2];
        int mask = patternKeys.length - 1;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                int slot = mix((int) (hashes[i] ^ (hashes[i] >>> 32))) & mask;
                while (patternKeys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                patternKeys[slot] = keys[i];
                patternHashes[slot] = hashes[i];
                patternCounts[slot] = counts[i];
            }
        }
    }

    private void addExact(long hash) {
        if (hash == 0) {
            if (!exactHasZero) {
                exactHasZero = true;
                exactCount++;
            }
        } else if (!insertExact(exactHashes, hash)) {
            return;
        } else {
            exactCount++;
        }
        if (exactCount > limits.exactDistinct()) {
            leaveExactCounting();
        } else if (exactCount * 2 > exactHashes.length) {
            long[] old = exactHashes;
            exactHashes = new long[old.length * 2];
            for (long h : old) {
                if (h != 0) {
                    insertExact(exactHashes, h);
                }
            }
        }
    }

    /** Adds a non-zero hash to the table; false when it was there already. */
    private static boolean insertExact(long[] table, long hash) {
        int mask = table.length - 1;
        int slot = mix((int) (hash ^ (hash >>> 32))) & mask;
        while (table[slot] != 0) {
            if (table[slot] == hash) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        table[slot] = hash;
        return true;
    }

    /**
     * Too many distinct values to count exactly: from now on only the sketch counts. It is fed the
     * hashes seen so far, which leaves it exactly as if it had seen every value (duplicates do not count).
     */
    private void leaveExactCounting() {
        long[] hashes = exactHashes;
        exactHashes = null;
        sketch = newSketch();
        if (exactHasZero) {
            sketch.update(0L);
        }
        for (long hash : hashes) {
            if (hash != 0) {
                sketch.update(hash);
            }
        }
    }

    private HllSketch newSketch() {
        return new HllSketch(limits.hllLgK(), TgtHllType.HLL_8);
    }

    static int mix(int h) {
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
            // dates first: the check fails on the first characters of a number, not the reverse
            long day = Values.epochDay(value);
            if (day != Values.NOT_A_DATE) {
                minDay = Math.min(minDay, day);
                maxDay = Math.max(maxDay, day);
                dates++;
                settledAsText = integers + decimals + booleans > 0;
                return;
            }
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
            Union union = new Union(limits.hllLgK());
            union.update(currentSketch());
            union.update(other.allValuesSketch());
            mergedSketch = union.getResult();
            sketch.reset();
        }
        for (int column : other.nameMatches) {
            noteNameMatch(column);
        }
        for (int i = 0; i < other.patternKeys.length; i++) {
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
        HllSketch all = newSketch();
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
        Union union = new Union(limits.hllLgK());
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
        // The register-based estimate, not the sketch's running one: it depends on the values seen only, not
        // on their order, so a profile merged from partitions says what one stream says.
        long distinct = isExact ? exactCount : Math.round(currentSketch().getCompositeEstimate());
        double nullRatio = rows == 0 ? 0 : (double) nulls / rows;
        List<Integer> positions = Arrays.stream(nameMatches).map(c -> c + 1).sorted().boxed().toList();
        return new ColumnProfile(name, type, nullRatio, distinct, isExact, min, max, topPatterns(), positions);
    }

    /** The most frequent value patterns, most frequent first (ties by pattern). */
    private List<PatternCount> topPatterns() {
        List<PatternCount> top = new ArrayList<>();
        for (int i = 0; i < patternKeys.length; i++) {
            if (patternKeys[i] != null) {
                top.add(new PatternCount(new String(patternKeys[i]), patternCounts[i]));
            }
        }
        top.sort(Comparator.comparingLong(PatternCount::count).reversed().thenComparing(PatternCount::pattern));
        return top.subList(0, Math.min(TOP_PATTERNS, top.size()));
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
