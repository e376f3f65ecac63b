package fr.vigie.anonymise;

/**
 * The quality models, computed from a node's classes and their suppression, and their lower bounds: the
 * value with nothing suppressed, which neither generalising nor suppressing can go below.
 */
final class QualityMeasures {
    private final int rows;
    private final ColumnHierarchy[] qis;
    private final double[][] totalShare;
    private final double[][] entropyTerm;

    QualityMeasures(int rows, ColumnHierarchy[] qis) {
        this.rows = rows;
        this.qis = qis;
        int q = qis.length;
        totalShare = new double[q][];
        entropyTerm = new double[q][];
        for (int d = 0; d < q; d++) {
            totalShare[d] = new double[qis[d].levels];
            entropyTerm[d] = new double[qis[d].levels];
            for (int l = 0; l < qis[d].levels; l++) {
                totalShare[d][l] = qis[d].totalShare(l);
                for (long f : qis[d].frequency[l]) {
                    entropyTerm[d][l] += f == 0 ? 0 : f * log2(f);
                }
            }
        }
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

    /** ARX's Loss with gs-factor 0.5, weights 1 and geometric-mean aggregation. */
    double loss(int[] levels, Partition p, boolean[] suppressed, int suppressedRows, double[] perQi) {
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
    double entropy(int[] levels, Partition p, boolean[] suppressed, int suppressedRows) {
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

}
