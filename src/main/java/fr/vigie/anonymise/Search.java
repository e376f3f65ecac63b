package fr.vigie.anonymise;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Full-domain generalisation search over the lattice of level vectors.
 *
 * <p>The optimal search visits nodes in ascending order of a lower bound of the quality model (for Loss and
 * non-uniform entropy: the value the node would have with nothing suppressed, which generalising can only
 * raise and suppressing can only raise). It stops once the bound exceeds the best value found, so every node
 * that could beat the optimum is either checked, known unacceptable or known unable to win. An unacceptable node
 * makes all its specialisations unacceptable (marked without checking), as in ARX's Flash, when acceptability
 * is monotone (see {@link PrivacyModel#monotoneWithSuppression()}) or when k-anonymity or distinct l-diversity
 * alone already fail; binary searches along paths to the top classify whole regions at once. Each node is
 * evaluated cheapest test first (see {@link #evaluate(int[], double)}). A node's equivalence classes, with the
 * sensitive histograms of each, are rolled up from those of a cached specialisation (or from the distinct
 * original tuples), without rescanning the rows. Ties follow {@link #better}.
 *
 * <p>Above {@link #MAX_OPTIMAL_NODES} nodes, or when the time budget runs out, the result is best effort
 * (greedy descent from the most general node) and flagged as not proven optimal.
 */
final class Search {
    static final long MAX_OPTIMAL_NODES = 2_000_000;
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
    record Stats(long latticeSize, int nodesChecked, long millis, long cpuMillis, boolean optimal, String strategy) {
    }

    /** The outcome: the best acceptable node (null when none), and the most general node's evaluation. */
    record Result(Evaluation best, Evaluation top, Stats stats) {
    }

    /** What the search learnt from a node beyond its own acceptability. */
    enum Verdict {
        /** Checked in full. */
        CHECKED,
        /** Unacceptable already through the models monotone with suppression: so are its specialisations. */
        FAILS_MONOTONE_MODELS,
        /** Cannot beat the best node so far, whatever the checks left would say: not checked further. */
        CANNOT_WIN,
        /** Cannot beat it, nor can any of its generalisations: not checked further. */
        CANNOT_WIN_NOR_GENERALISATIONS
    }

    /** One evaluated node; figures beyond its levels and verdict only when {@link Verdict#CHECKED}. */
    record Evaluation(int[] levels, boolean acceptable, int suppressedRows, double objective, double loss,
            double[] lossPerQi, Partition partition, boolean[] suppressedClass, long[] violatingRowsPerModel,
            Verdict verdict) {
        int totalLevel() {
            return Arrays.stream(levels).sum();
        }

        static Evaluation skipped(int[] levels, Verdict verdict) {
            return new Evaluation(levels, false, 0, Double.POSITIVE_INFINITY, Double.NaN, null, null, null, null,
                    verdict);
        }
    }

    private final int rows;
    private final ColumnHierarchy[] qis;
    private final Settings settings;
    private final int k;
    private final List<SensitiveCheck> checks = new ArrayList<>();
    private final List<SensitiveColumn> sensitiveColumns;
    private final double averageRisk;
    /** Acceptability is monotone: generalisations of acceptable nodes are acceptable. */
    private final boolean monotone;
    /** Merging passing classes passes: a node that suppresses nothing dominates its generalisations. */
    private final boolean mergeMonotone;
    private final int maxSuppressed;
    private final int[] maxLevel;
    private final long[] stride;
    private final long latticeSize;
    private final ClassIndex classes;
    private final QualityMeasures measures;

    Search(DataTable table, List<ColumnHierarchy> qis, List<SensitiveColumn> sensitive, Settings settings) {
        this.rows = table.rowCount();
        this.qis = qis.toArray(ColumnHierarchy[]::new);
        this.settings = settings;
        this.sensitiveColumns = List.copyOf(sensitive);
        int kMax = 1;
        double risk = Double.POSITIVE_INFINITY;
        boolean mergeMonotone = true;
        boolean withSuppression = true;
        for (PrivacyModel model : settings.models()) {
            mergeMonotone &= model.monotone();
            withSuppression &= model.monotoneWithSuppression();
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
        this.maxSuppressed = (int) Math.floor(settings.suppressionLimit() * rows + 1e-9);
        this.mergeMonotone = mergeMonotone;
        this.monotone = maxSuppressed == 0 ? mergeMonotone : withSuppression && mergeMonotone;
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

        this.classes = new ClassIndex(table, this.qis, sensitiveColumns);
        this.measures = new QualityMeasures(rows, this.qis);
    }

    long latticeSize() {
        return latticeSize;
    }

    int[] maxLevels() {
        return maxLevel.clone();
    }

    /** The entry (distinct original combination) of each row. */
    int[] rowEntry() {
        return classes.rowEntry;
    }

    /** The classes of a node (see {@link ClassIndex#partitionOf}). */
    Partition partitionOf(int[] levels, boolean trackEntries) {
        return classes.partitionOf(levels, trackEntries);
    }

    double entropyOf(int[] levels, Partition p, boolean[] suppressed, int suppressedRows) {
        return measures.entropy(levels, p, suppressed, suppressedRows);
    }

    double discernibility(Partition p, boolean[] suppressed, int suppressedRows) {
        return measures.discernibility(p, suppressed, suppressedRows);
    }

    double averageClassSize(Partition p, boolean[] suppressed, int suppressedRows) {
        return measures.averageClassSize(p, suppressed, suppressedRows);
    }

    /** Runs the search. */
    Result run() {
        long start = System.nanoTime();
        long cpuStart = cpuNanos();
        long deadline = settings.timeBudgetMillis() <= 0 ? Long.MAX_VALUE
                : start + settings.timeBudgetMillis() * 1_000_000L;
        Evaluation top = evaluate(maxLevel.clone(), true);
        if (!top.acceptable() && monotone) {
            return new Result(null, top, new Stats(latticeSize, 1, millisSince(start), cpuMillisSince(cpuStart), true,
                    "optimal"));
        }
        if (latticeSize > MAX_OPTIMAL_NODES) {
            return greedy(top, start, cpuStart, deadline);
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
        classes.clearCache();
        boolean complete = !run.timedOut;
        return new Result(run.best, top, new Stats(latticeSize, run.checked, millisSince(start),
                cpuMillisSince(cpuStart), complete,
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

        /**
         * Evaluates a node and spreads what it tells by monotonicity; true when it is acceptable or cannot win
         * (either way the lowest acceptable node worth checking on a path is below it).
         */
        boolean visit(int node) {
            if (System.nanoTime() > deadline) {
                timedOut = true;
                return false;
            }
            decode(node, levels);
            Evaluation eval = evaluate(levels.clone(), best == null ? Double.POSITIVE_INFINITY : best.objective());
            checked++;
            if (eval.verdict() == Verdict.CANNOT_WIN || eval.verdict() == Verdict.CANNOT_WIN_NOR_GENERALISATIONS) {
                state[node] = DOMINATED;
                if (eval.verdict() == Verdict.CANNOT_WIN_NOR_GENERALISATIONS) {
                    mark(node, state, DOMINATED, +1);
                }
                return true;
            }
            if (eval.acceptable()) {
                state[node] = CHECKED_OK;
                if (best == null || better(eval, best)) {
                    best = eval;
                }
                if (eval.suppressedRows() == 0 && mergeMonotone) {
                    // Its generalisations merge passing classes only, so suppress nothing either, and without
                    // suppression every quality model only grows with generalisation: they cannot win.
                    mark(node, state, DOMINATED, +1);
                } else if (monotone) {
                    mark(node, state, KNOWN_ACCEPTABLE, +1);
                }
                return true;
            }
            state[node] = CHECKED_BAD;
            if (monotone || eval.verdict() == Verdict.FAILS_MONOTONE_MODELS) {
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
    private Result greedy(Evaluation top, long start, long cpuStart, long deadline) {
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
        return new Result(best, top, new Stats(latticeSize, checked, millisSince(start), cpuMillisSince(cpuStart),
                false,
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

    /**
     * Whether {@code a} is preferred to {@code b}, the tie rule: the lower quality value (computed as ARX computes
     * it, so that ARX's ties are ties here); then the lower total level (ARX's rule when it meets two tied
     * transformations); then the one ARX's Flash ordering puts first, the lower mean level relative to each
     * hierarchy's height, then the larger mean share of each quasi-identifier's distinct values kept; then the
     * lexicographically lower levels (first quasi-identifier first). ARX itself keeps whichever of two tied
     * transformations of one total level its traversal checks first, which depends on its search path.
     */
    boolean better(Evaluation a, Evaluation b) {
        int byObjective = Double.compare(a.objective(), b.objective());
        if (byObjective != 0) {
            return byObjective < 0;
        }
        if (a.totalLevel() != b.totalLevel()) {
            return a.totalLevel() < b.totalLevel();
        }
        int byHeight = Double.compare(relativeLevel(a.levels()), relativeLevel(b.levels()));
        if (byHeight != 0) {
            return byHeight < 0;
        }
        int byDistinct = Double.compare(distinctShare(b.levels()), distinctShare(a.levels()));
        if (byDistinct != 0) {
            return byDistinct < 0;
        }
        return Arrays.compare(a.levels(), b.levels()) < 0;
    }

    /** Mean over quasi-identifiers of level / height of the hierarchy (0 for a one-level hierarchy). */
    private double relativeLevel(int[] levels) {
        double sum = 0;
        for (int d = 0; d < levels.length; d++) {
            sum += maxLevel[d] == 0 ? 0 : (double) levels[d] / maxLevel[d];
        }
        return levels.length == 0 ? 0 : sum / levels.length;
    }

    /** Mean over quasi-identifiers of the share of their distinct values kept at the given level. */
    private double distinctShare(int[] levels) {
        double sum = 0;
        for (int d = 0; d < levels.length; d++) {
            sum += (double) qis[d].labels[levels[d]].length / Math.max(1, qis[d].labels[0].length);
        }
        return levels.length == 0 ? 0 : sum / levels.length;
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
        return measures.lowerBound(settings.quality(), levels);
    }

    /** Evaluates a node in full; {@code detailed} also counts the rows each model alone would suppress. */
    Evaluation evaluate(int[] levels, boolean detailed) {
        return detailed ? evaluateDetailed(levels) : evaluate(levels, Double.POSITIVE_INFINITY);
    }

    /**
     * Evaluates a node, cheapest tests first, and stops as soon as it fails the models monotone with suppression
     * (k-anonymity and distinct l-diversity, decided from class sizes and distinct counts) or cannot beat
     * {@code cutoff} (strictly: a tie may still win on level): its class sizes; the l distinct values entropy and
     * recursive l-diversity need; the quality the suppression so far already costs (every model grows with
     * suppression); only then the histograms of the classes left.
     */
    Evaluation evaluate(int[] levels, double cutoff) {
        Partition partition = classes.partitionOf(levels, false, k, maxSuppressed);
        if (partition.histograms == null) {
            // k-anonymity alone suppresses too much (the histograms were not worth merging).
            return Evaluation.skipped(levels, Verdict.FAILS_MONOTONE_MODELS);
        }
        boolean[] suppressed = new boolean[partition.size];
        int suppressedRows = 0;
        for (int c = 0; c < partition.size; c++) {
            if (partition.counts[c] < k || failsDistinct(partition, c, true)) {
                suppressed[c] = true;
                suppressedRows += partition.counts[c];
            }
        }
        if (suppressedRows > maxSuppressed) {
            // First, as it tells the most: all its specialisations fail too.
            return Evaluation.skipped(levels, Verdict.FAILS_MONOTONE_MODELS);
        }
        boolean pruning = cutoff < Double.POSITIVE_INFINITY;
        if (pruning && measures.classBound(settings.quality(), partition) > cutoff) {
            return Evaluation.skipped(levels, Verdict.CANNOT_WIN_NOR_GENERALISATIONS);
        }
        for (int c = 0; c < partition.size; c++) {
            if (!suppressed[c] && failsDistinct(partition, c, false)) {
                suppressed[c] = true;
                suppressedRows += partition.counts[c];
            }
        }
        if (suppressedRows > maxSuppressed) {
            return Evaluation.skipped(levels, Verdict.CHECKED);
        }
        if (pruning && objective(levels, partition, suppressed, suppressedRows, null) > cutoff) {
            // Without suppression that is the node's generalisation cost, which its generalisations only raise
            // and suppression never lowers.
            return Evaluation.skipped(levels, suppressedRows == 0 ? Verdict.CANNOT_WIN_NOR_GENERALISATIONS
                    : Verdict.CANNOT_WIN);
        }
        if (checks.stream().anyMatch(check -> !check.decidedByDistinctCount())) {
            checkSensitive(partition, suppressed, null);
            suppressedRows = 0;
            for (int c = 0; c < partition.size; c++) {
                suppressedRows += suppressed[c] ? partition.counts[c] : 0;
            }
        }
        return finish(levels, partition, suppressed, suppressedRows, null);
    }

    /**
     * Whether class {@code c} has fewer distinct sensitive values than a check needs: with {@code exact}, the
     * checks that distinct count decides (distinct l-diversity), else the others.
     */
    private boolean failsDistinct(Partition p, int c, boolean exact) {
        for (SensitiveCheck check : checks) {
            if (check.decidedByDistinctCount() == exact && p.histograms[check.sensitive].distinct(c)
                    < check.minimumDistinct()) {
                return true;
            }
        }
        return false;
    }

    /** Every class checked against every model, counting the rows each model alone would suppress. */
    private Evaluation evaluateDetailed(int[] levels) {
        Partition partition = classes.partitionOf(levels, true);
        boolean[] suppressed = new boolean[partition.size];
        long[] perModel = new long[settings.models().size() + 1];
        for (int c = 0; c < partition.size; c++) {
            if (partition.counts[c] < k) {
                suppressed[c] = true;
                perModel[0] += partition.counts[c];
            }
        }
        checkSensitive(partition, suppressed, perModel);
        int suppressedRows = 0;
        for (int c = 0; c < partition.size; c++) {
            suppressedRows += suppressed[c] ? partition.counts[c] : 0;
        }
        return finish(levels, partition, suppressed, suppressedRows, perModel);
    }

    private Evaluation finish(int[] levels, Partition partition, boolean[] suppressed, int suppressedRows,
            long[] perModel) {
        boolean acceptable = suppressedRows <= maxSuppressed;
        if (averageRisk < Double.POSITIVE_INFINITY) {
            int releasedClasses = 0;
            for (int c = 0; c < partition.size; c++) {
                releasedClasses += suppressed[c] ? 0 : 1;
            }
            int released = rows - suppressedRows;
            acceptable &= released == 0 || (double) releasedClasses / released <= averageRisk + 1e-12;
        }
        double[] lossPerQi = new double[qis.length];
        double loss = measures.loss(levels, partition, suppressed, suppressedRows, lossPerQi);
        double objective = settings.quality() == QualityModel.LOSS ? loss
                : objective(levels, partition, suppressed, suppressedRows, null);
        return new Evaluation(levels, acceptable, suppressedRows, objective, loss, lossPerQi, partition, suppressed,
                perModel, Verdict.CHECKED);
    }

    private double objective(int[] levels, Partition partition, boolean[] suppressed, int suppressedRows,
            double[] lossPerQi) {
        return switch (settings.quality()) {
            case LOSS -> measures.loss(levels, partition, suppressed, suppressedRows, lossPerQi);
            case ENTROPY -> measures.entropy(levels, partition, suppressed, suppressedRows);
            case DISCERNIBILITY -> measures.discernibility(partition, suppressed, suppressedRows);
            case AVERAGE_CLASS_SIZE -> measures.averageClassSize(partition, suppressed, suppressedRows);
        };
    }

    /**
     * Marks the classes that fail a sensitive model (l-diversity, t-closeness) as suppressed; without
     * {@code perModel}, only the classes not suppressed yet and the models distinct counts do not decide.
     */
    private void checkSensitive(Partition p, boolean[] suppressed, long[] perModel) {
        boolean[] skip = perModel == null ? suppressed.clone() : new boolean[p.size];
        classes.forEachHistogram(p, skip, (c, histogram, touched, touchedCount) -> {
            for (int m = 0; m < checks.size(); m++) {
                SensitiveCheck check = checks.get(m);
                if (perModel == null && check.decidedByDistinctCount()) {
                    continue;
                }
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
        classes.forEachHistogram(p, suppressed, (c, histogram, touched, touchedCount) -> {
            for (int m = 0; m < checks.size(); m++) {
                SensitiveCheck check = checks.get(m);
                int s = check.sensitive;
                double value = check.measure(histogram[s], touched[s], touchedCount[s], p.counts[c]);
                result[m] = smallestWins(check) ? Math.min(result[m], value) : Math.max(result[m], value);
            }
        });
        return result;
    }

    /** Smallest number of distinct values of a checked sensitive column in a released class; null if none. */
    Integer distinctValues(Partition p, boolean[] suppressed) {
        if (checks.isEmpty()) {
            return null;
        }
        int[] smallest = {Integer.MAX_VALUE};
        classes.forEachHistogram(p, suppressed, (c, histogram, touched, touchedCount) -> {
            for (int count : touchedCount) {
                smallest[0] = Math.min(smallest[0], count);
            }
        });
        return smallest[0] == Integer.MAX_VALUE ? 0 : smallest[0];
    }

    /** Largest t-closeness distance over released classes and t-closeness models; null without one. */
    Double largestDistance(Partition p, boolean[] suppressed) {
        Double largest = null;
        double[] values = achieved(p, suppressed);
        for (int m = 0; m < checks.size(); m++) {
            if (checks.get(m).model instanceof PrivacyModel.TCloseness) {
                largest = largest == null ? values[m] : Math.max(largest, values[m]);
            }
        }
        return largest;
    }

    private static boolean smallestWins(SensitiveCheck check) {
        return check.model instanceof PrivacyModel.DistinctLDiversity
                || check.model instanceof PrivacyModel.EntropyLDiversity;
    }

    /** CPU time of this thread, in nanoseconds (0 where the JVM cannot measure it). */
    private static long cpuNanos() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
    }

    private static long cpuMillisSince(long start) {
        return (cpuNanos() - start) / 1_000_000;
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

}
