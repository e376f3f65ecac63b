package fr.vigie.anonymise;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Full-domain generalisation search over the lattice of level vectors.
 *
 * <p>The optimal search visits nodes in ascending order of a lower bound of the quality model (for Loss and
 * non-uniform entropy: the value the node would have with nothing suppressed, which generalising can only
 * raise and suppressing can only raise). It stops once the bound exceeds the best loss found, so every node
 * that could beat the optimum is either checked or known unacceptable: when all privacy models are monotone,
 * an unacceptable node makes all its specialisations unacceptable (marked without checking), as in ARX's
 * Flash. A node's equivalence classes are rolled up from those of a checked direct specialisation kept in a
 * bounded cache (or from the distinct original tuples), without rescanning the rows.
 *
 * <p>Above {@link #MAX_OPTIMAL_NODES} nodes, or when the time budget runs out, the result is best effort
 * (greedy descent from the most general node) and flagged as not proven optimal.
 */
final class Search {
    static final long MAX_OPTIMAL_NODES = 2_000_000;
    private static final long CACHE_WEIGHT = 16_000_000;
    private static final int CACHE_ENTRIES = 256;
    private static final byte UNKNOWN = 0;
    private static final byte UNACCEPTABLE = 1;
    private static final byte DOMINATED = 2;
    private static final byte KNOWN_ACCEPTABLE = 3;
    private static final byte CHECKED_OK = 4;
    private static final byte CHECKED_BAD = 5;

    /** What to search for. */
    record Settings(List<PrivacyModel> models, double suppressionLimit, QualityModel quality, long timeBudgetMillis) {
    }

    /** Statistics of one run. */
    record Stats(long latticeSize, int nodesChecked, long millis, boolean optimal, String strategy) {
    }

    /** The outcome: the best acceptable node (null when none), and the most general node's evaluation. */
    record Result(Evaluation best, Evaluation top, Stats stats) {
    }

    /** One checked node. */
    record Evaluation(int[] levels, boolean acceptable, int suppressedRows, double objective, double loss,
            double[] lossPerQi, Partition partition, boolean[] suppressedClass, long[] violatingRowsPerModel) {
        int totalLevel() {
            return Arrays.stream(levels).sum();
        }
    }

    private final int rows;
    private final ColumnHierarchy[] qis;
    private final Settings settings;
    private final int k;
    private final List<SensitiveCheck> checks = new ArrayList<>();
    private final List<SensitiveColumn> sensitiveColumns;
    private final double averageRisk;
    private final boolean monotone;
    private final int maxSuppressed;
    private final int[] maxLevel;
    private final long[] stride;
    private final long latticeSize;
    // Bottom: distinct combinations of original values.
    private final int[] entryCount;
    private final int[][] entrySensitive;
    private final int[] rowEntry;
    private final Partition bottom;
    private final double[][] totalShare;
    private final double[][] entropyTerm;
    private final Map<Long, Partition> cache = new LinkedHashMap<>();
    private long cacheWeight;

    Search(DataTable table, List<ColumnHierarchy> qis, List<SensitiveColumn> sensitive, Settings settings) {
        this.rows = table.rowCount();
        this.qis = qis.toArray(ColumnHierarchy[]::new);
        this.settings = settings;
        this.sensitiveColumns = List.copyOf(sensitive);
        int kMax = 1;
        double risk = Double.POSITIVE_INFINITY;
        boolean allMonotone = true;
        for (PrivacyModel model : settings.models()) {
            allMonotone &= model.monotone();
            if (model instanceof PrivacyModel.KAnonymity m) {
                kMax = Math.max(kMax, m.k());
            } else if (model instanceof PrivacyModel.AverageRisk m) {
                risk = Math.min(risk, m.threshold());
            } else {
                String column = SensitiveCheck.columnOf(model);
                int index = -1;
                for (int i = 0; i < sensitive.size(); i++) {
                    index = sensitive.get(i).name.equals(column) ? i : index;
                }
                if (index < 0) {
                    throw new IllegalArgumentException("no sensitive column named '" + column + "'");
                }
                checks.add(new SensitiveCheck(model, index, sensitive.get(index)));
            }
        }
        this.k = kMax;
        this.averageRisk = risk;
        this.monotone = allMonotone;
        this.maxSuppressed = (int) Math.floor(settings.suppressionLimit() * rows + 1e-9);
        int q = qis.size();
        maxLevel = new int[q];
        stride = new long[q];
        long size = 1;
        for (int d = q - 1; d >= 0; d--) {
            maxLevel[d] = this.qis[d].levels - 1;
            stride[d] = size;
            size = multiplyCapped(size, this.qis[d].levels);
        }
        latticeSize = size;

        // One scan of the rows: distinct (quasi-identifiers, sensitive values) entries and their bottom class.
        int s = sensitive.size();
        int[] entryCards = new int[q + s];
        int[] classCards = new int[q];
        for (int d = 0; d < q; d++) {
            entryCards[d] = classCards[d] = this.qis[d].labels[0].length;
        }
        int[][] sensitiveCodes = new int[s][];
        for (int i = 0; i < s; i++) {
            entryCards[q + i] = sensitive.get(i).cardinality;
            sensitiveCodes[i] = table.codes(sensitive.get(i).column);
        }
        int[][] qiCodes = new int[q][];
        for (int d = 0; d < q; d++) {
            qiCodes[d] = table.codes(table.columnIndex(this.qis[d].column));
        }
        TupleGrouper entries = new TupleGrouper(entryCards, 1024);
        TupleGrouper classes = s == 0 ? null : new TupleGrouper(classCards, 1024);
        rowEntry = new int[rows];
        int[] entryTuple = new int[q + s];
        int[] classTuple = new int[q];
        IntList counts = new IntList();
        IntList entryClass = new IntList();
        IntList[] sens = new IntList[s];
        IntList[] classCodes = new IntList[q];
        IntList classCounts = new IntList();
        for (int i = 0; i < s; i++) {
            sens[i] = new IntList();
        }
        for (int d = 0; d < q; d++) {
            classCodes[d] = new IntList();
        }
        for (int r = 0; r < rows; r++) {
            for (int d = 0; d < q; d++) {
                entryTuple[d] = classTuple[d] = qiCodes[d][r];
            }
            for (int i = 0; i < s; i++) {
                entryTuple[q + i] = sensitiveCodes[i][r];
            }
            int e = entries.group(entryTuple);
            if (e == counts.size) {
                counts.add(0);
                for (int i = 0; i < s; i++) {
                    sens[i].add(entryTuple[q + i]);
                }
                // Without sensitive columns an entry is a class: no second hash table.
                int c = s == 0 ? e : classes.group(classTuple);
                if (c == classCounts.size) {
                    classCounts.add(0);
                    for (int d = 0; d < q; d++) {
                        classCodes[d].add(classTuple[d]);
                    }
                }
                entryClass.add(c);
            }
            counts.data[e]++;
            classCounts.data[entryClass.data[e]]++;
            rowEntry[r] = e;
        }
        entryCount = counts.toArray();
        entrySensitive = new int[s][];
        for (int i = 0; i < s; i++) {
            entrySensitive[i] = sens[i].toArray();
        }
        int[][] codes = new int[q][];
        for (int d = 0; d < q; d++) {
            codes[d] = classCodes[d].toArray();
        }
        bottom = new Partition(new int[q], classCounts.size, codes, classCounts.toArray(), entryClass.toArray());
        totalShare = new double[q][];
        entropyTerm = new double[q][];
        for (int d = 0; d < q; d++) {
            totalShare[d] = new double[this.qis[d].levels];
            entropyTerm[d] = new double[this.qis[d].levels];
            for (int l = 0; l < this.qis[d].levels; l++) {
                totalShare[d][l] = this.qis[d].totalShare(l);
                for (long f : this.qis[d].frequency[l]) {
                    entropyTerm[d][l] += f == 0 ? 0 : f * log2(f);
                }
            }
        }
    }

    long latticeSize() {
        return latticeSize;
    }

    int[] maxLevels() {
        return maxLevel.clone();
    }

    /** The entry (distinct original combination) of each row. */
    int[] rowEntry() {
        return rowEntry;
    }

    /** Runs the search. */
    Result run() {
        long start = System.nanoTime();
        long deadline = settings.timeBudgetMillis() <= 0 ? Long.MAX_VALUE
                : start + settings.timeBudgetMillis() * 1_000_000L;
        Evaluation top = evaluate(maxLevel.clone(), true);
        if (!top.acceptable() && monotone) {
            return new Result(null, top, new Stats(latticeSize, 1, millisSince(start), true, "optimal"));
        }
        if (latticeSize > MAX_OPTIMAL_NODES) {
            return greedy(top, start, deadline);
        }
        int n = (int) latticeSize;
        double[] bound = new double[n];
        int[] total = new int[n];
        int[] levels = new int[qis.length];
        for (int node = 0; node < n; node++) {
            decode(node, levels);
            bound[node] = lowerBound(levels);
            total[node] = Arrays.stream(levels).sum();
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // Index order is lexicographic order of level vectors (first quasi-identifier most significant).
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> bound[i]).thenComparingInt(i -> total[i])
                .thenComparingInt(i -> i));
        Run run = new Run(n, bound, deadline);
        run.state[n - 1] = top.acceptable() ? CHECKED_OK : CHECKED_BAD;
        if (top.acceptable()) {
            run.best = top;
        }
        for (int node : order) {
            if (run.timedOut || run.best != null && bound[node] > run.best.objective()) {
                break;
            }
            if (run.state[node] == UNKNOWN && monotone) {
                run.probe(node);
            }
            if (!run.timedOut && (run.state[node] == UNKNOWN || run.state[node] == KNOWN_ACCEPTABLE)) {
                run.visit(node);
            }
        }
        cache.clear();
        cacheWeight = 0;
        boolean complete = !run.timedOut;
        return new Result(run.best, top, new Stats(latticeSize, run.checked, millisSince(start), complete,
                complete ? "optimal" : "best-effort (time budget reached)"));
    }

    /** The state of one optimal search. */
    private final class Run {
        final byte[] state;
        final double[] bound;
        final long deadline;
        final int[] levels = new int[qis.length];
        Evaluation best;
        int checked = 1;
        boolean timedOut;

        Run(int n, double[] bound, long deadline) {
            this.state = new byte[n];
            this.bound = bound;
            this.deadline = deadline;
        }

        /** Evaluates a node and spreads what it tells by monotonicity. */
        boolean visit(int node) {
            if (System.nanoTime() > deadline) {
                timedOut = true;
                return false;
            }
            decode(node, levels);
            Evaluation eval = evaluate(levels.clone(), false);
            checked++;
            if (eval.acceptable()) {
                state[node] = CHECKED_OK;
                if (best == null || better(eval, best)) {
                    best = eval;
                }
                if (monotone) {
                    // Without suppression the loss is monotone too: generalisations cannot do better.
                    mark(node, state, maxSuppressed == 0 ? DOMINATED : KNOWN_ACCEPTABLE, +1);
                }
                return true;
            }
            state[node] = CHECKED_BAD;
            if (monotone) {
                mark(node, state, UNACCEPTABLE, -1);
            }
            return false;
        }

        /**
         * Flash-like probe: binary search for the lowest acceptable node on a path from {@code node} to the top,
         * each check marking a whole region of the lattice acceptable or unacceptable.
         */
        void probe(int node) {
            List<Integer> path = new ArrayList<>();
            int current = node;
            int[] lv = new int[qis.length];
            path.add(current);
            while (true) {
                decode(current, lv);
                int next = -1;
                for (int d = 0; d < qis.length; d++) {
                    if (lv[d] < maxLevel[d]) {
                        int candidate = (int) (current + stride[d]);
                        if (next < 0 || bound[candidate] < bound[next]) {
                            next = candidate;
                        }
                    }
                }
                if (next < 0) {
                    break;
                }
                path.add(next);
                current = next;
            }
            int lo = 0;
            int hi = path.size() - 1;
            while (lo < hi && !timedOut) {
                int mid = (lo + hi) >>> 1;
                if (acceptable(path.get(mid))) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
        }

        private boolean acceptable(int node) {
            switch (state[node]) {
                case UNACCEPTABLE:
                case CHECKED_BAD:
                    return false;
                case KNOWN_ACCEPTABLE:
                case DOMINATED:
                case CHECKED_OK:
                    return true;
                default:
                    return visit(node);
            }
        }
    }

    /** Best effort for huge lattices: from the top, repeatedly take the best acceptable direct specialisation. */
    private Result greedy(Evaluation top, long start, long deadline) {
        Evaluation current = top;
        Evaluation best = top.acceptable() ? top : null;
        int checked = 1;
        boolean moved = true;
        while (moved && System.nanoTime() < deadline) {
            moved = false;
            Evaluation next = null;
            for (int d = 0; d < qis.length; d++) {
                if (current.levels()[d] == 0) {
                    continue;
                }
                int[] levels = current.levels().clone();
                levels[d]--;
                Evaluation eval = evaluate(levels, false);
                checked++;
                if (eval.acceptable() && (next == null || better(eval, next))) {
                    next = eval;
                }
            }
            if (next != null) {
                current = next;
                moved = true;
                if (best == null || better(next, best)) {
                    best = next;
                }
            }
        }
        return new Result(best, top, new Stats(latticeSize, checked, millisSince(start), false,
                "best-effort (greedy descent, lattice too large)"));
    }

    /** Marks all generalisations (direction +1) or specialisations (-1) of {@code node} with {@code mark}. */
    private void mark(int node, byte[] state, byte mark, int direction) {
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        stack.push(node);
        int[] levels = new int[qis.length];
        while (!stack.isEmpty()) {
            int current = stack.pop();
            decode(current, levels);
            for (int d = 0; d < qis.length; d++) {
                int level = levels[d] + direction;
                if (level < 0 || level > maxLevel[d]) {
                    continue;
                }
                int next = (int) (current + direction * stride[d]);
                if (state[next] == UNKNOWN) {
                    state[next] = mark;
                    stack.push(next);
                }
            }
        }
    }

    /** Lower ordering: objective, then total level, then lexicographic levels. */
    static boolean better(Evaluation a, Evaluation b) {
        int byObjective = Double.compare(a.objective(), b.objective());
        if (byObjective != 0) {
            return byObjective < 0;
        }
        if (a.totalLevel() != b.totalLevel()) {
            return a.totalLevel() < b.totalLevel();
        }
        return Arrays.compare(a.levels(), b.levels()) < 0;
    }

    private void decode(long node, int[] levels) {
        for (int d = 0; d < qis.length; d++) {
            levels[d] = (int) (node / stride[d]);
            node %= stride[d];
        }
    }

    private long encode(int[] levels) {
        long node = 0;
        for (int d = 0; d < qis.length; d++) {
            node += levels[d] * stride[d];
        }
        return node;
    }

    /** A value no node at or above {@code levels} can go below, whatever it suppresses. */
    double lowerBound(int[] levels) {
        switch (settings.quality()) {
            case LOSS:
                return lossOf(levels, null, null, 0, null);
            case ENTROPY:
                return entropyOf(levels, null, null, 0);
            default:
                return 0;
        }
    }

    /** Evaluates a node; {@code detailed} also counts the rows each model alone would suppress. */
    Evaluation evaluate(int[] levels, boolean detailed) {
        Partition partition = partitionOf(levels, !checks.isEmpty() || detailed);
        boolean[] suppressed = new boolean[partition.size];
        long[] perModel = detailed ? new long[settings.models().size() + 1] : null;
        int suppressedRows = 0;
        for (int c = 0; c < partition.size; c++) {
            if (partition.counts[c] < k) {
                suppressed[c] = true;
                if (perModel != null) {
                    perModel[0] += partition.counts[c];
                }
            }
        }
        if (!checks.isEmpty()) {
            checkSensitive(partition, suppressed, perModel);
        }
        int releasedClasses = 0;
        for (int c = 0; c < partition.size; c++) {
            if (suppressed[c]) {
                suppressedRows += partition.counts[c];
            } else {
                releasedClasses++;
            }
        }
        boolean acceptable = suppressedRows <= maxSuppressed;
        if (averageRisk < Double.POSITIVE_INFINITY) {
            int released = rows - suppressedRows;
            acceptable &= released == 0 || (double) releasedClasses / released <= averageRisk + 1e-12;
        }
        double[] lossPerQi = new double[qis.length];
        double loss = lossOf(levels, partition, suppressed, suppressedRows, lossPerQi);
        double objective = switch (settings.quality()) {
            case LOSS -> loss;
            case ENTROPY -> entropyOf(levels, partition, suppressed, suppressedRows);
            case DISCERNIBILITY -> discernibility(partition, suppressed, suppressedRows);
            case AVERAGE_CLASS_SIZE -> averageClassSize(partition, suppressed, suppressedRows);
        };
        return new Evaluation(levels, acceptable, suppressedRows, objective, loss, lossPerQi, partition, suppressed,
                perModel);
    }

    /** ARX's Loss with gs-factor 0.5, weights 1 and geometric-mean aggregation. */
    double lossOf(int[] levels, Partition p, boolean[] suppressed, int suppressedRows, double[] perQi) {
        if (qis.length == 0) {
            return 0;
        }
        double product = 1;
        for (int d = 0; d < qis.length; d++) {
            int level = levels[d];
            double aggregate = totalShare[d][level];
            if (suppressedRows > 0) {
                double[] share = qis[d].share[level];
                int[] codes = p.codes[d];
                for (int c = 0; c < p.size; c++) {
                    if (suppressed[c]) {
                        aggregate -= p.counts[c] * share[codes[c]];
                    }
                }
                aggregate += suppressedRows;
            }
            double floor = (double) rows / qis[d].hierarchy.size();
            double value = rows - floor <= 0 ? 0 : Math.max(0, (aggregate - floor) / (rows - floor));
            value = Math.floor(value * 1e10) / 1e10;
            if (perQi != null) {
                perQi[d] = value;
            }
            product *= value + 1;
        }
        return Math.pow(product, 1.0 / qis.length) - 1;
    }

    /** Non-uniform entropy in bits: sum over records and quasi-identifiers of log2(freq(generalised)/freq(original)). */
    double entropyOf(int[] levels, Partition p, boolean[] suppressed, int suppressedRows) {
        double sum = 0;
        for (int d = 0; d < qis.length; d++) {
            double term = entropyTerm[d][levels[d]];
            if (suppressedRows > 0) {
                long[] frequency = qis[d].frequency[levels[d]];
                int[] codes = p.codes[d];
                for (int c = 0; c < p.size; c++) {
                    if (suppressed[c]) {
                        term -= p.counts[c] * log2(frequency[codes[c]]);
                    }
                }
                term += suppressedRows * log2(rows);
            }
            sum += term - entropyTerm[d][0];
        }
        return Math.max(0, sum);
    }

    double discernibility(Partition p, boolean[] suppressed, int suppressedRows) {
        double sum = (double) suppressedRows * rows;
        for (int c = 0; c < p.size; c++) {
            if (!suppressed[c]) {
                sum += (double) p.counts[c] * p.counts[c];
            }
        }
        return sum;
    }

    double averageClassSize(Partition p, boolean[] suppressed, int suppressedRows) {
        int classes = 0;
        for (int c = 0; c < p.size; c++) {
            classes += suppressed[c] ? 0 : 1;
        }
        return classes == 0 ? 0 : (double) (rows - suppressedRows) / classes;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** The classes of a node, rolled up from the smallest cached direct specialisation, else from the bottom. */
    Partition partitionOf(int[] levels, boolean trackEntries) {
        Partition source = bottom;
        for (Partition cached : cache.values()) {
            if (cached.size < source.size && (!trackEntries || cached.entryClass != null)
                    && specialises(cached.levels, levels)) {
                source = cached;
            }
        }
        Partition result = rollUp(source, levels.clone(), trackEntries);
        remember(encode(levels), result);
        return result;
    }

    private static boolean specialises(int[] lower, int[] upper) {
        for (int d = 0; d < lower.length; d++) {
            if (lower[d] > upper[d]) {
                return false;
            }
        }
        return true;
    }

    private void remember(long node, Partition partition) {
        if (partition.weight() > CACHE_WEIGHT / 4 || cache.containsKey(node)) {
            return;
        }
        cache.put(node, partition);
        cacheWeight += partition.weight();
        Iterator<Partition> oldest = cache.values().iterator();
        while ((cacheWeight > CACHE_WEIGHT || cache.size() > CACHE_ENTRIES) && oldest.hasNext()) {
            cacheWeight -= oldest.next().weight();
            oldest.remove();
        }
    }

    private Partition rollUp(Partition source, int[] levels, boolean trackEntries) {
        int q = qis.length;
        int[] cards = new int[q];
        int[][] lifts = new int[q][];
        double product = 1;
        for (int d = 0; d < q; d++) {
            cards[d] = qis[d].labels[levels[d]].length;
            lifts[d] = qis[d].lift[source.levels[d]][levels[d]];
            product *= cards[d];
        }
        int n = source.size;
        int[] classMap = new int[n];
        int[] representative = new int[n];
        int size;
        if (product < 0x1p62) {
            // Pack each class's generalised codes into a long, column by column (sequential reads).
            long[] keys = new long[n];
            for (int d = 0; d < q; d++) {
                int[] lift = lifts[d];
                int[] codes = source.codes[d];
                long card = cards[d];
                for (int c = 0; c < n; c++) {
                    keys[c] = keys[c] * card + lift[codes[c]];
                }
            }
            size = product <= Math.max(4.0 * n, 1 << 16) ? groupDense(keys, (int) product, classMap, representative)
                    : groupHashed(keys, classMap, representative);
        } else {
            TupleGrouper grouper = new TupleGrouper(cards, Math.min(n, 1 << 20));
            int[] tuple = new int[q];
            size = 0;
            for (int c = 0; c < n; c++) {
                for (int d = 0; d < q; d++) {
                    tuple[d] = lifts[d][source.codes[d][c]];
                }
                int target = grouper.group(tuple);
                if (target == size) {
                    representative[size++] = c;
                }
                classMap[c] = target;
            }
        }
        int[][] codes = new int[q][size];
        for (int d = 0; d < q; d++) {
            int[] lift = lifts[d];
            int[] from = source.codes[d];
            int[] to = codes[d];
            for (int k = 0; k < size; k++) {
                to[k] = lift[from[representative[k]]];
            }
        }
        int[] counts = new int[size];
        for (int c = 0; c < n; c++) {
            counts[classMap[c]] += source.counts[c];
        }
        int[] entryClass = null;
        if (trackEntries && source.entryClass != null) {
            entryClass = new int[source.entryClass.length];
            for (int e = 0; e < entryClass.length; e++) {
                entryClass[e] = classMap[source.entryClass[e]];
            }
        }
        return new Partition(levels, size, codes, counts, entryClass);
    }

    /** Groups keys below {@code range} with a direct-address table. */
    private static int groupDense(long[] keys, int range, int[] classMap, int[] representative) {
        int[] slot = new int[range];
        Arrays.fill(slot, -1);
        int size = 0;
        for (int c = 0; c < keys.length; c++) {
            int key = (int) keys[c];
            int target = slot[key];
            if (target < 0) {
                target = size;
                slot[key] = size;
                representative[size++] = c;
            }
            classMap[c] = target;
        }
        return size;
    }

    private static int groupHashed(long[] keys, int[] classMap, int[] representative) {
        LongIntMap map = new LongIntMap(Math.min(keys.length, 1 << 20));
        int size = 0;
        for (int c = 0; c < keys.length; c++) {
            int target = map.putIfAbsent(keys[c], size);
            if (target == size) {
                representative[size++] = c;
            }
            classMap[c] = target;
        }
        return size;
    }

    /** Marks the classes that fail a sensitive model (l-diversity, t-closeness) as suppressed. */
    private void checkSensitive(Partition p, boolean[] suppressed, long[] perModel) {
        boolean[] skip = perModel == null ? suppressed : new boolean[p.size];
        forEachHistogram(p, skip, (c, histogram, touched, touchedCount) -> {
            for (int m = 0; m < checks.size(); m++) {
                SensitiveCheck check = checks.get(m);
                int s = check.sensitive;
                if (!check.accepts(histogram[s], touched[s], touchedCount[s], p.counts[c])) {
                    suppressed[c] = true;
                    if (perModel != null) {
                        perModel[1 + m] += p.counts[c];
                    }
                }
            }
        });
    }

    /**
     * The value each sensitive model reaches over the released classes: the smallest for l-diversity
     * (distinct values, exp(entropy)), the largest for recursive (c,l) (r1 / tail) and t-closeness (distance).
     */
    double[] achieved(Partition p, boolean[] suppressed) {
        double[] result = new double[checks.size()];
        for (int m = 0; m < checks.size(); m++) {
            result[m] = smallestWins(checks.get(m)) ? Double.POSITIVE_INFINITY : 0;
        }
        if (checks.isEmpty()) {
            return result;
        }
        forEachHistogram(p, suppressed, (c, histogram, touched, touchedCount) -> {
            for (int m = 0; m < checks.size(); m++) {
                SensitiveCheck check = checks.get(m);
                int s = check.sensitive;
                double value = check.measure(histogram[s], touched[s], touchedCount[s], p.counts[c]);
                result[m] = smallestWins(check) ? Math.min(result[m], value) : Math.max(result[m], value);
            }
        });
        return result;
    }

    private static boolean smallestWins(SensitiveCheck check) {
        return check.model instanceof PrivacyModel.DistinctLDiversity
                || check.model instanceof PrivacyModel.EntropyLDiversity;
    }

    /** Receives the histograms of the sensitive columns for one class. */
    interface HistogramVisitor {
        void visit(int c, long[][] histogram, int[][] touched, int[] touchedCount);
    }

    private void forEachHistogram(Partition p, boolean[] skip, HistogramVisitor visitor) {
        int entries = entryCount.length;
        int[] start = new int[p.size + 1];
        for (int e = 0; e < entries; e++) {
            start[p.entryClass[e] + 1]++;
        }
        for (int c = 0; c < p.size; c++) {
            start[c + 1] += start[c];
        }
        int[] order = new int[entries];
        int[] fill = Arrays.copyOf(start, p.size);
        for (int e = 0; e < entries; e++) {
            order[fill[p.entryClass[e]]++] = e;
        }
        int sCount = entrySensitive.length;
        long[][] histogram = new long[sCount][];
        int[][] touched = new int[sCount][];
        int[] touchedCount = new int[sCount];
        for (int s = 0; s < sCount; s++) {
            int cardinality = sensitiveColumns.get(s).cardinality;
            histogram[s] = new long[cardinality];
            touched[s] = new int[cardinality];
        }
        for (int c = 0; c < p.size; c++) {
            if (skip[c]) {
                continue;
            }
            for (int i = start[c]; i < start[c + 1]; i++) {
                int e = order[i];
                for (int s = 0; s < sCount; s++) {
                    int v = entrySensitive[s][e];
                    if (histogram[s][v] == 0) {
                        touched[s][touchedCount[s]++] = v;
                    }
                    histogram[s][v] += entryCount[e];
                }
            }
            visitor.visit(c, histogram, touched, touchedCount);
            for (int s = 0; s < sCount; s++) {
                for (int i = 0; i < touchedCount[s]; i++) {
                    histogram[s][touched[s][i]] = 0;
                }
                touchedCount[s] = 0;
            }
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long multiplyCapped(long a, long b) {
        return a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }

    List<SensitiveCheck> checks() {
        return checks;
    }

    int[] entryCount() {
        return entryCount;
    }

    int[][] entrySensitive() {
        return entrySensitive;
    }

    /** A growable int array. */
    static final class IntList {
        int[] data = new int[1024];
        int size;

        void add(int value) {
            if (size == data.length) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            data[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
