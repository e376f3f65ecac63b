package fr.vigie.anonymise;

import java.util.Arrays;

/** One class-level model on a sensitive column, applied to a class's histogram of that column. */
final class SensitiveCheck {
    private static final double EPSILON = 1e-12;
    final PrivacyModel model;
    final int sensitive;
    private final SensitiveColumn column;
    private final long[] sortBuffer;
    private final double[][] extra;

    SensitiveCheck(PrivacyModel model, int sensitive, SensitiveColumn column) {
        this.model = model;
        this.sensitive = sensitive;
        this.column = column;
        this.sortBuffer = new long[column.cardinality];
        if (model instanceof PrivacyModel.TCloseness t && t.distance() == PrivacyModel.Distance.HIERARCHICAL) {
            if (column.hierarchy == null) {
                throw new IllegalArgumentException("hierarchical t-closeness needs a hierarchy for '" + column.name + "'");
            }
            extra = new double[column.hierarchy.levels][];
            for (int l = 0; l < extra.length; l++) {
                extra[l] = new double[column.hierarchy.labels[l].length];
            }
        } else {
            extra = null;
        }
    }

    static String columnOf(PrivacyModel model) {
        if (model instanceof PrivacyModel.DistinctLDiversity m) {
            return m.column();
        } else if (model instanceof PrivacyModel.EntropyLDiversity m) {
            return m.column();
        } else if (model instanceof PrivacyModel.RecursiveCLDiversity m) {
            return m.column();
        } else if (model instanceof PrivacyModel.TCloseness m) {
            return m.column();
        }
        return null;
    }

    /** Whether the distinct count of a class decides this model (distinct l-diversity). */
    boolean decidedByDistinctCount() {
        return model instanceof PrivacyModel.DistinctLDiversity;
    }

    /**
     * The distinct values a class needs to pass (0: no such bound): l for every l-diversity, since an entropy of
     * log(l) needs at least l values and recursive (c,l)-diversity is defined on the l-th most frequent one.
     */
    int minimumDistinct() {
        if (model instanceof PrivacyModel.DistinctLDiversity m) {
            return m.l();
        } else if (model instanceof PrivacyModel.EntropyLDiversity m) {
            return (int) Math.ceil(m.l() - 1e-9);
        } else if (model instanceof PrivacyModel.RecursiveCLDiversity m) {
            return m.l();
        }
        return 0;
    }

    /** Whether a class with this histogram (the {@code n} codes in {@code touched} are non-zero) passes. */
    boolean accepts(long[] histogram, int[] touched, int n, long total) {
        if (model instanceof PrivacyModel.DistinctLDiversity m) {
            return n >= m.l();
        } else if (model instanceof PrivacyModel.EntropyLDiversity m) {
            return entropy(histogram, touched, n, total) >= Math.log(m.l()) - EPSILON;
        } else if (model instanceof PrivacyModel.RecursiveCLDiversity m) {
            return recursive(histogram, touched, n, m.c(), m.l());
        } else if (model instanceof PrivacyModel.TCloseness m) {
            return distance(m.distance(), histogram, touched, n, total) <= m.t() + EPSILON;
        }
        throw new IllegalStateException("not a class-level model: " + model);
    }

    /** Which measure of the class this model constrains, for reporting the achieved value. */
    double measure(long[] histogram, int[] touched, int n, long total) {
        if (model instanceof PrivacyModel.DistinctLDiversity) {
            return n;
        } else if (model instanceof PrivacyModel.EntropyLDiversity) {
            return Math.exp(entropy(histogram, touched, n, total));
        } else if (model instanceof PrivacyModel.RecursiveCLDiversity m) {
            return recursiveRatio(histogram, touched, n, m.l());
        } else if (model instanceof PrivacyModel.TCloseness m) {
            return distance(m.distance(), histogram, touched, n, total);
        }
        return 0;
    }

    static double entropy(long[] histogram, int[] touched, int n, long total) {
        double h = 0;
        for (int i = 0; i < n; i++) {
            double p = (double) histogram[touched[i]] / total;
            h -= p * Math.log(p);
        }
        return h;
    }

    private boolean recursive(long[] histogram, int[] touched, int n, double c, int l) {
        if (n < l) {
            return false;
        }
        return recursiveRatio(histogram, touched, n, l) < c;
    }

    /** r1 / (r_l + ... + r_m), the smallest c for which the class would pass (infinite when fewer than l values). */
    private double recursiveRatio(long[] histogram, int[] touched, int n, int l) {
        if (n < l) {
            return Double.POSITIVE_INFINITY;
        }
        for (int i = 0; i < n; i++) {
            sortBuffer[i] = histogram[touched[i]];
        }
        Arrays.sort(sortBuffer, 0, n);
        long tail = 0;
        // Sorted ascending: r_l..r_m (descending ranks l..m) are the n-l+1 smallest.
        for (int i = 0; i <= n - l; i++) {
            tail += sortBuffer[i];
        }
        return (double) sortBuffer[n - 1] / tail;
    }

    double distance(PrivacyModel.Distance distance, long[] histogram, int[] touched, int n, long total) {
        return switch (distance) {
            case EQUAL -> equalDistance(histogram, touched, n, total);
            case ORDERED -> orderedDistance(histogram, total);
            default -> hierarchical(histogram, total);
        };
    }

    /** Half the L1 distance; values absent from the class count with their whole global share. */
    private double equalDistance(long[] histogram, int[] touched, int n, long total) {
        double[] global = column.global;
        double sum = 0;
        double covered = 0;
        for (int i = 0; i < n; i++) {
            int v = touched[i];
            sum += Math.abs((double) histogram[v] / total - global[v]);
            covered += global[v];
        }
        return (sum + Math.max(0, 1 - covered)) / 2;
    }

    /** EMD with the ordered ground distance: the mean absolute cumulative difference along the value order. */
    private double orderedDistance(long[] histogram, long total) {
        int m = column.ordered.length;
        if (m < 2) {
            return 0;
        }
        double cumulative = 0;
        double sum = 0;
        for (int i = 0; i < m - 1; i++) {
            int v = column.ordered[i];
            cumulative += (double) histogram[v] / total - column.global[v];
            sum += Math.abs(cumulative);
        }
        return sum / (m - 1);
    }

    /** EMD with the hierarchical ground distance (Li et al.): a flow through a node of height h costs h/H. */
    private double hierarchical(long[] histogram, long total) {
        ColumnHierarchy h = column.hierarchy;
        int height = h.levels - 1;
        if (height == 0) {
            return 0;
        }
        double[] level0 = extra[0];
        for (int v = 0; v < level0.length; v++) {
            level0[v] = (double) histogram[v] / total - column.global[v];
        }
        double cost = 0;
        for (int l = 0; l < height; l++) {
            cost += (double) (l + 1) / height * flowUp(l, h.lift[l][l + 1]);
        }
        return cost;
    }

    /**
     * Sums the differences of level {@code l} into their parents at level {@code l + 1} and returns the mass moved
     * between siblings of each parent (what can be settled below it).
     */
    private double flowUp(int l, int[] lift) {
        double[] below = extra[l];
        double[] above = extra[l + 1];
        double[] positive = new double[above.length];
        double[] negative = new double[above.length];
        Arrays.fill(above, 0);
        for (int v = 0; v < below.length; v++) {
            int parent = lift[v];
            above[parent] += below[v];
            if (below[v] > 0) {
                positive[parent] += below[v];
            } else {
                negative[parent] -= below[v];
            }
        }
        double moved = 0;
        for (int parent = 0; parent < above.length; parent++) {
            moved += Math.min(positive[parent], negative[parent]);
        }
        return moved;
    }
}
