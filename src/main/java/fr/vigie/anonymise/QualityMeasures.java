package fr.vigie.anonymise;

/**
 * The quality models with ARX's definitions (gs-factor 0.5, attribute weights 1) and ARX's arithmetic, so that
 * equal values in ARX are equal here: multi-dimensional models keep each attribute's value to 10 decimals
 * (rounded down, as ARX does before comparing) and aggregate them as ARX does. Also their lower bounds: a value
 * no node at or above a given one can go below, whatever it suppresses.
 */
final class QualityMeasures {
    private static final double DIGITS = 1e10;
    private static final double LOG2 = Math.log(2);
    private final int rows;
    private final ColumnHierarchy[] qis;
    private final double[][] totalShare;
    /** Sum over the original values v of count(v) · log2(count(v) / count(generalised v)), per QI and level. */
    private final double[][] generalisationEntropy;
    /** Records per generalised code among the suppressed ones, per QI (scratch, reset after each use). */
    private final long[][] suppressedPerCode;

    QualityMeasures(int rows, ColumnHierarchy[] qis) {
        this.rows = rows;
        this.qis = qis;
        int q = qis.length;
        totalShare = new double[q][];
        generalisationEntropy = new double[q][];
        suppressedPerCode = new long[q][];
        for (int d = 0; d < q; d++) {
            ColumnHierarchy h = qis[d];
            totalShare[d] = new double[h.levels];
            generalisationEntropy[d] = new double[h.levels];
            int largest = 0;
            for (int l = 0; l < h.levels; l++) {
                totalShare[d][l] = h.totalShare(l);
                generalisationEntropy[d][l] = generalisationEntropy(h, l);
                largest = Math.max(largest, h.labels[l].length);
            }
            suppressedPerCode[d] = new long[largest];
        }
    }

    /** Sum over the original values v of count(v) · log2(count(v) / count(v generalised to {@code level})). */
    private static double generalisationEntropy(ColumnHierarchy h, int level) {
        long[] original = h.frequency[0];
        long[] generalised = h.frequency[level];
        int[] lift = h.lift[0][level];
        double sum = 0;
        for (int v = 0; v < original.length; v++) {
            double a = original[v];
            if (a != 0) {
                sum += a * log2(a / generalised[lift[v]]);
            }
        }
        return sum;
    }

    /** A value no node at or above {@code levels} can go below, whatever it suppresses (0: no bound known). */
    double lowerBound(QualityModel quality, int[] levels) {
        switch (quality) {
            case LOSS:
                return loss(levels, null, null, 0, null);
            case ENTROPY:
                return entropy(levels, null, null, 0);
            default:
                return 0;
        }
    }

    /**
     * A value neither this node nor any generalisation can go below, from its classes (0: none known): for
     * discernibility the squared class sizes (a suppressed record costs N, at least its class size), for average
     * class size N / classes (suppressed classes make one); both only grow as classes merge.
     */
    double classBound(QualityModel quality, Partition p) {
        switch (quality) {
            case DISCERNIBILITY: {
                double sum = 0;
                for (int c = 0; c < p.size; c++) {
                    sum += (double) p.counts[c] * p.counts[c];
                }
                return sum;
            }
            case AVERAGE_CLASS_SIZE:
                return p.size == 0 ? 0 : (double) rows / p.size;
            default:
                return 0;
        }
    }

    /**
     * ARX's Loss (MetricMDNMLoss): per quasi-identifier, the records' shares of the hierarchy (1 for a suppressed
     * record) normalised between N / |H| and N; aggregated by ARX's geometric mean, the product of
     * (value + 1)^(1/D), minus 1.
     */
    double loss(int[] levels, Partition p, boolean[] suppressed, int suppressedRows, double[] perQi) {
        if (qis.length == 0) {
            return 0;
        }
        double[] values = new double[qis.length];
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
            values[d] = truncate(value);
        }
        if (perQi != null) {
            System.arraycopy(values, 0, perQi, 0, values.length);
        }
        double result = 1;
        for (double value : values) {
            result *= Math.pow(value + 1, 1.0 / values.length);
        }
        return result - 1;
    }

    /**
     * ARX's default non-uniform entropy (MetricMDNUNMEntropy), in bits, summed over the quasi-identifiers: for
     * each, the sum over all records of log2(count(generalised value) / count(original value)), plus, over the
     * suppressed records grouped by their generalised value g, count(g) · log2(suppressed / count(g)).
     */
    double entropy(int[] levels, Partition p, boolean[] suppressed, int suppressedRows) {
        double sum = 0;
        for (int d = 0; d < qis.length; d++) {
            double raw = generalisationEntropy[d][levels[d]];
            if (suppressedRows > 0) {
                raw += suppressionEntropy(d, p, suppressed, suppressedRows);
            }
            sum += truncate(raw == 0 ? 0 : -raw);
        }
        return sum;
    }

    /** Sum over generalised codes g of the suppressed records of count(g) · log2(count(g) / suppressed) (&lt;= 0). */
    private double suppressionEntropy(int d, Partition p, boolean[] suppressed, int suppressedRows) {
        long[] perCode = suppressedPerCode[d];
        int[] codes = p.codes[d];
        for (int c = 0; c < p.size; c++) {
            if (suppressed[c]) {
                perCode[codes[c]] += p.counts[c];
            }
        }
        double raw = 0;
        for (int c = 0; c < p.size; c++) {
            long count = perCode[codes[c]];
            if (suppressed[c] && count > 0) {
                raw += count * log2((double) count / suppressedRows);
                perCode[codes[c]] = 0;
            }
        }
        return raw;
    }

    /**
     * ARX's non-monotonic discernibility (MetricSDNMDiscernability): the sum of the squared sizes of the released
     * classes, plus the number of records for each suppressed record.
     */
    double discernibility(Partition p, boolean[] suppressed, int suppressedRows) {
        double sum = (double) suppressedRows * rows;
        for (int c = 0; c < p.size; c++) {
            if (!suppressed[c]) {
                sum += (double) p.counts[c] * p.counts[c];
            }
        }
        return sum;
    }

    /**
     * ARX's average equivalence class size (MetricSDAECS): all records divided by the number of classes, the
     * suppressed records forming one class of their own.
     */
    double averageClassSize(Partition p, boolean[] suppressed, int suppressedRows) {
        int classes = suppressedRows > 0 ? 1 : 0;
        for (int c = 0; c < p.size; c++) {
            classes += suppressed[c] ? 0 : 1;
        }
        return classes == 0 ? 0 : (double) rows / classes;
    }

    /** ARX keeps 10 decimals of each attribute's value, rounded down, before comparing. */
    private static double truncate(double value) {
        return Math.floor(value * DIGITS) / DIGITS;
    }

    private static double log2(double x) {
        return Math.log(x) / LOG2;
    }
}
