package fr.vigie.bias;

import fr.vigie.model.ProtectedAttribute;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One streaming pass over a dataset that builds the contingency tables of the bias scan: per group
 * of each protected attribute, per intersection of two, per stratum, and per value of each proxy
 * candidate. Partial scans over partitions {@link #merge} into one; {@link #finish} computes the
 * statistics and findings. Raw values stay in memory (as table keys) and never reach the report.
 * Not thread-safe: one scan per thread, then merge.
 */
public final class BiasScan {
    private static final int RAW_CATEGORY_CAP = 1000;
    private static final int CACHE_CAP = 20_000;
    /** Rows in values past the dictionary's cap before a candidate may be given up as unique per row. */
    private static final int GIVE_UP_ROWS = 20_000;
    /** Numeric proxy columns: log buckets (about 10 % wide) on each side of zero. */
    static final int BUCKET_HALF = 301;
    private static final double BUCKET_LOG_GAMMA = Math.log(1.1);
    /** Significant digits a long holds below 2^53, so that a double holds their value exactly. */
    static final int EXACT_DIGITS = 15;
    /** The largest power of ten a double holds exactly (5^22 < 2^53). */
    static final int MAX_DECIMALS = 22;
    private static final double[] POWERS_OF_TEN = new double[MAX_DECIMALS + 1];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int k = 1; k <= MAX_DECIMALS; k++) {
            POWERS_OF_TEN[k] = POWERS_OF_TEN[k - 1] * 10; // exact: every product up to 1e22 is a double
        }
    }

    final BiasRules rules;
    final BiasRequest request;
    final ProtectedAttribute[] attributes;
    private final int[] protectedIndex;
    private final int outcomeIndex;
    private final int stratumIndex;
    private final String positive;
    private final AgeBands ageBands;

    long rows;
    long outcomeInvalid;
    final long[] unknown;
    final Dictionary[] groups;
    final List<List<Cell>> cells;
    final List<CellGrid> intersections;
    final Dictionary strata;
    /** Per protected attribute: (stratum, group) → cell. */
    final List<CellGrid> stratified;
    final int[] proxyIndex;
    /** Candidate j is protected column i itself: not counted against its own attribute. */
    private final boolean[][] proxyOwn;
    final Dictionary[] proxyValues;
    final boolean[] proxyNumeric;
    /** Every value so far reads as a code (a digit first, then letters and digits, 8 characters or more). */
    final boolean[] proxyCode;
    final long[] proxyPresent;
    /**
     * Candidates given up as unique per row: past the dictionary's cap, most of their rows in values it
     * could not keep, and neither a number nor a code. They are no longer counted (the scan's hot loop).
     */
    final boolean[] proxyUnique;
    private final long[] proxyOverflowRows;
    /** Per candidate: the number bucket of each value the dictionary keeps, once examined. */
    private final int[][] valueBuckets;
    private static final int UNEXAMINED = Integer.MIN_VALUE;
    final GrowTable[][] proxyTables;
    final GrowTable[][] proxyBuckets;
    /** Per candidate and attribute, while its values read as codes: first digit → group counts. */
    final GrowTable[][] proxyFirst;

    private final List<Map<String, Integer>> caches = new ArrayList<>();
    private final Map<String, Byte> outcomeCache = new HashMap<>();
    private final int[] rowCategories;
    private final boolean[] rowMissing;

    /** A scan of rows laid out as {@code request.header()}, with the thresholds of {@code rules}. */
    public BiasScan(BiasRules rules, BiasRequest request) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.request = Objects.requireNonNull(request, "request");
        List<String> header = request.header();
        int p = request.protectedColumns().size();
        attributes = new ProtectedAttribute[p];
        protectedIndex = new int[p];
        groups = new Dictionary[p];
        unknown = new long[p];
        cells = new ArrayList<>();
        stratified = new ArrayList<>();
        for (int i = 0; i < p; i++) {
            ProtectedColumn column = request.protectedColumns().get(i);
            attributes[i] = column.attribute();
            protectedIndex[i] = header.indexOf(column.column());
            groups[i] = new Dictionary(RAW_CATEGORY_CAP);
            cells.add(new ArrayList<>());
            stratified.add(new CellGrid());
            caches.add(new HashMap<>());
        }
        intersections = new ArrayList<>();
        for (int i = 0; i < p * (p - 1) / 2; i++) {
            intersections.add(new CellGrid());
        }
        outcomeIndex = request.outcome() == null ? -1 : header.indexOf(request.outcome());
        positive = request.positive() == null ? null : BiasRules.normalise(request.positive());
        stratumIndex = request.stratifyBy() == null ? -1 : header.indexOf(request.stratifyBy());
        strata = new Dictionary(rules.maxGroups());
        LocalDate asOf = rules.ageAsOf() == null ? LocalDate.now() : rules.ageAsOf();
        ageBands = new AgeBands(rules.ageBands(), asOf);

        List<Integer> proxies = new ArrayList<>();
        for (String candidate : request.proxyCandidates()) {
            int index = header.indexOf(candidate);
            // A protected column is a candidate too: tested for the other attributes (finish() skips its own).
            if (index != outcomeIndex && !proxies.contains(index)) {
                proxies.add(index);
            }
        }
        proxyIndex = proxies.stream().mapToInt(Integer::intValue).toArray();
        int q = proxyIndex.length;
        proxyValues = new Dictionary[q];
        proxyNumeric = new boolean[q];
        proxyCode = new boolean[q];
        proxyPresent = new long[q];
        proxyUnique = new boolean[q];
        proxyOverflowRows = new long[q];
        valueBuckets = new int[q][0];
        proxyTables = new GrowTable[q][p];
        proxyBuckets = new GrowTable[q][p];
        proxyFirst = new GrowTable[q][p];
        proxyOwn = new boolean[q][p];
        for (int j = 0; j < q; j++) {
            proxyValues[j] = new Dictionary(rules.proxyMaxCategories());
            proxyNumeric[j] = true;
            proxyCode[j] = true;
            for (int i = 0; i < p; i++) {
                proxyOwn[j][i] = proxyIndex[j] == protectedIndex[i];
                proxyTables[j][i] = new GrowTable();
                proxyBuckets[j][i] = new GrowTable();
                proxyFirst[j][i] = new GrowTable();
            }
        }
        rowCategories = new int[p];
        rowMissing = new boolean[header.size()];
    }

    /** Counts one row (cells in header order; a short row counts its absent cells as missing). */
    public void accept(String[] row) {
        rows++;
        int p = attributes.length;
        for (int c = 0; c < rowMissing.length; c++) {
            rowMissing[c] = c >= row.length || rules.isMissing(row[c]);
        }
        for (int i = 0; i < p; i++) {
            rowCategories[i] = rowMissing[protectedIndex[i]] ? -1 : category(i, row[protectedIndex[i]]);
            if (rowCategories[i] < 0) {
                unknown[i]++;
            }
        }
        // Outcome: 1 positive, 0 negative, -1 missing; numeric value aside.
        int binary = -1;
        double amount = Double.NaN;
        if (outcomeIndex >= 0 && !rowMissing[outcomeIndex]) {
            String raw = row[outcomeIndex];
            if (positive != null) {
                binary = isPositive(raw) ? 1 : 0;
            } else {
                amount = parseNumber(raw);
                if (Double.isNaN(amount)) {
                    outcomeInvalid++;
                }
            }
        }
        int stratum = -1;
        if (stratumIndex >= 0 && !rowMissing[stratumIndex]) {
            String raw = row[stratumIndex].trim();
            String band = AgeBands.looksLikeDate(raw) ? ageBands.band(raw) : null;
            stratum = strata.indexOf(band != null ? band : raw);
        }
        for (int i = 0; i < p; i++) {
            int category = rowCategories[i];
            if (category < 0) {
                continue;
            }
            Cell cell = cell(cells.get(i), category);
            cell.n++;
            for (int c = 0; c < rowMissing.length; c++) {
                if (rowMissing[c]) {
                    cell.missing[c]++;
                }
            }
            addOutcome(cell, binary, amount);
            if (stratum >= 0) {
                Cell s = stratified.get(i).getOrCreate(stratum, category);
                s.n++;
                addOutcome(s, binary, amount);
            }
        }
        int pair = 0;
        for (int i = 0; i < p; i++) {
            for (int k = i + 1; k < p; k++, pair++) {
                if (rowCategories[i] >= 0 && rowCategories[k] >= 0) {
                    Cell cell = intersections.get(pair).getOrCreate(rowCategories[i], rowCategories[k]);
                    cell.n++;
                    addOutcome(cell, binary, amount);
                }
            }
        }
        for (int j = 0; j < proxyIndex.length; j++) {
            countProxy(j, row, rowMissing[proxyIndex[j]]);
        }
    }

    private void countProxy(int j, String[] row, boolean missing) {
        if (proxyUnique[j]) {
            proxyPresent[j] += missing ? 0 : 1;
            return;
        }
        String raw = missing ? "" : row[proxyIndex[j]].trim();
        int value = proxyValues[j].indexOf(raw);
        if (proxyValues[j].isOverflow(value) && ++proxyOverflowRows[j] > GIVE_UP_ROWS) {
            giveUpIfUnique(j);
        }
        int bucket = -1;
        int first = -1;
        if (!missing) {
            proxyPresent[j]++;
            bucket = examine(j, raw, value);
            first = proxyCode[j] ? raw.charAt(0) - '0' : -1;
        }
        for (int i = 0; i < attributes.length; i++) {
            int category = rowCategories[i];
            if (category < 0 || proxyOwn[j][i]) {
                continue;
            }
            proxyTables[j][i].add(value, category, 1);
            if (proxyNumeric[j]) {
                // Missing cells keep a bucket of their own (row 0), so binned tables count every row.
                proxyBuckets[j][i].add(bucket + 1, category, 1);
            }
            if (first >= 0) {
                proxyFirst[j][i].add(first, category, 1);
            }
        }
    }

    /**
     * The number bucket of a value (-1 when not a number), updating whether the column still reads as
     * numbers and as codes. A value the dictionary keeps is examined once: parsing every row would be the
     * scan's largest cost.
     */
    private int examine(int j, String raw, int value) {
        boolean kept = !proxyValues[j].isOverflow(value);
        int[] cache = valueBuckets[j];
        if (kept && value < cache.length && cache[value] != UNEXAMINED) {
            return cache[value];
        }
        if (proxyCode[j] && !(proxyCode[j] = isCode(raw))) {
            clear(proxyFirst[j]);
        }
        int bucket = -1;
        if (proxyNumeric[j]) {
            double number = parseNumber(raw);
            if (Double.isNaN(number)) {
                proxyNumeric[j] = false;
                clear(proxyBuckets[j]);
            } else {
                bucket = bucket(number);
            }
        }
        if (kept) {
            if (value >= cache.length) {
                int from = cache.length;
                cache = valueBuckets[j] = Arrays.copyOf(cache, Math.max(value + 1, cache.length * 2));
                Arrays.fill(cache, from, cache.length, UNEXAMINED);
            }
            cache[value] = bucket;
        }
        return bucket;
    }

    private void giveUpIfUnique(int j) {
        if (!proxyNumeric[j] && !proxyCode[j] && proxyOverflowRows[j] * 2 > proxyPresent[j]) {
            proxyUnique[j] = true;
            clear(proxyTables[j]);
            clear(proxyBuckets[j]);
            clear(proxyFirst[j]);
        }
    }

    /** A code such as a NIR or a SIRET: a digit first, then only letters and digits, 8 characters at least. */
    static boolean isCode(String raw) {
        if (raw.length() < 8 || raw.charAt(0) < '0' || raw.charAt(0) > '9') {
            return false;
        }
        for (int k = 1; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }

    private static void clear(GrowTable[] tables) {
        for (int i = 0; i < tables.length; i++) {
            tables[i] = new GrowTable();
        }
    }

    /** Monotone log-bucket index of a number: negatives, zero, positives. */
    static int bucket(double x) {
        if (Math.abs(x) < 1e-9) {
            return BUCKET_HALF;
        }
        int k = (int) Math.ceil(Math.log(Math.abs(x)) / BUCKET_LOG_GAMMA);
        k = Math.max(-BUCKET_HALF / 2, Math.min(BUCKET_HALF / 2, k)) + BUCKET_HALF / 2 + 1;
        return x > 0 ? BUCKET_HALF + k : BUCKET_HALF - k;
    }

    private static void addOutcome(Cell cell, int binary, double amount) {
        if (binary >= 0) {
            cell.addBinary(binary == 1);
        } else if (!Double.isNaN(amount)) {
            cell.addNumeric(amount);
        }
    }

    private Cell cell(List<Cell> list, int category) {
        while (list.size() <= category) {
            list.add(new Cell(rowMissing.length, request.numericOutcome()));
        }
        return list.get(category);
    }

    static long key(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }

    /** Category index of a protected cell: its value as written, or its age band. */
    private int category(int i, String raw) {
        Map<String, Integer> cache = caches.get(i);
        Integer cached = cache.get(raw);
        if (cached != null) {
            return cached;
        }
        // Ages and birth dates become bands; any other value (a band already, « 60 et plus ») stays as written.
        String band = attributes[i] == ProtectedAttribute.AGE ? ageBands.band(raw) : null;
        int index = groups[i].indexOf(band != null ? band : raw.trim());
        if (cache.size() < CACHE_CAP) {
            cache.put(raw, index);
        }
        return index;
    }

    private boolean isPositive(String raw) {
        Byte cached = outcomeCache.get(raw);
        if (cached == null) {
            cached = BiasRules.normalise(raw).equals(positive) ? (byte) 1 : (byte) 0;
            if (outcomeCache.size() < CACHE_CAP) {
                outcomeCache.put(raw, cached);
            }
        }
        return cached == 1;
    }

    /** A number written with '.' or ',' as decimal separator and optional spaces; NaN when not one. */
    static double parseNumber(String raw) {
        String text = raw.trim();
        if (text.isEmpty()) {
            return Double.NaN;
        }
        char first = text.charAt(0);
        if (!(first >= '0' && first <= '9') && first != '-' && first != '+' && first != '.' && first != ',') {
            return Double.NaN;
        }
        double plain = plainDecimal(text);
        if (!Double.isNaN(plain)) {
            return plain;
        }
        if (text.indexOf(',') >= 0 || text.indexOf(' ') >= 0 || text.indexOf('\u00a0') >= 0) {
            text = text.replace(" ", "").replace("\u00a0", "").replace(',', '.');
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * The value of a plain decimal of at most {@value #EXACT_DIGITS} significant digits and {@value #MAX_DECIMALS}
     * decimals (a sign, digits, one '.' or ',', spaces), as {@link #parseNumber}'s slow path reads it; NaN for any
     * other text (an exponent, more digits), left to {@link Double#parseDouble}. The digits make an exact long and a
     * double holds it exactly, as it holds the power of ten: their quotient, rounded once by the division, is the
     * correctly rounded value {@code Double.parseDouble} returns, bit for bit (Clinger's fast path).
     */
    static double plainDecimal(String text) {
        int i = 0;
        char c = text.charAt(0);
        boolean negative = c == '-';
        if (negative || c == '+') {
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int decimals = 0;
        boolean point = false;
        boolean anyDigit = false;
        for (; i < text.length(); i++) {
            c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                anyDigit = true;
                decimals += point ? 1 : 0;
                if ((mantissa != 0 || c != '0') && ++digits > EXACT_DIGITS) {
                    return Double.NaN;
                }
                mantissa = mantissa * 10 + (c - '0');
            } else if ((c == '.' || c == ',') && !point) {
                point = true;
            } else if (c != ' ' && c != '\u00a0') {
                return Double.NaN;
            }
        }
        if (!anyDigit || decimals > MAX_DECIMALS) {
            return Double.NaN;
        }
        double value = mantissa / POWERS_OF_TEN[decimals];
        return negative ? -value : value;
    }

    /**
     * Adds another partial scan of the same request into this one (partitions counted in parallel).
     *
     * @throws IllegalArgumentException when the other scan is for another request
     */
    public void merge(BiasScan other) {
        if (!request.equals(other.request)) {
            throw new IllegalArgumentException("cannot merge scans of different requests");
        }
        rows += other.rows;
        outcomeInvalid += other.outcomeInvalid;
        int p = attributes.length;
        int[][] maps = new int[p][];
        for (int i = 0; i < p; i++) {
            unknown[i] += other.unknown[i];
            maps[i] = groups[i].mapFrom(other.groups[i]);
            List<Cell> theirs = other.cells.get(i);
            for (int c = 0; c < theirs.size(); c++) {
                cell(cells.get(i), maps[i][c]).merge(theirs.get(c));
            }
        }
        int[] strataMap = strata.mapFrom(other.strata);
        for (int i = 0; i < p; i++) {
            int[] map = maps[i];
            CellGrid mine = stratified.get(i);
            other.stratified.get(i).forEach((s, c, cell) -> mine.getOrCreate(strataMap[s], map[c]).merge(cell));
        }
        int pair = 0;
        for (int i = 0; i < p; i++) {
            for (int k = i + 1; k < p; k++, pair++) {
                int[] left = maps[i];
                int[] right = maps[k];
                CellGrid mine = intersections.get(pair);
                other.intersections.get(pair).forEach((a, b, cell) -> mine.getOrCreate(left[a], right[b]).merge(cell));
            }
        }
        for (int j = 0; j < proxyIndex.length; j++) {
            int[] valueMap = proxyValues[j].mapFrom(other.proxyValues[j]);
            proxyNumeric[j] &= other.proxyNumeric[j];
            proxyCode[j] &= other.proxyCode[j];
            proxyPresent[j] += other.proxyPresent[j];
            proxyUnique[j] |= other.proxyUnique[j];
            proxyOverflowRows[j] += other.proxyOverflowRows[j];
            for (int i = 0; i < p; i++) {
                proxyTables[j][i].merge(other.proxyTables[j][i], valueMap, maps[i]);
                proxyBuckets[j][i].merge(other.proxyBuckets[j][i], null, maps[i]);
                proxyFirst[j][i].merge(other.proxyFirst[j][i], null, maps[i]);
            }
        }
    }

    /** Computes groups and findings from the tables counted so far. */
    public BiasReport finish() {
        return new ReportBuilder(this).build();
    }

    String columnName(int headerIndex) {
        return request.header().get(headerIndex);
    }

    int protectedIndex(int i) {
        return protectedIndex[i];
    }

    int[] proxyIndex() {
        return proxyIndex.clone();
    }

    AgeBands ageBands() {
        return ageBands;
    }
}
