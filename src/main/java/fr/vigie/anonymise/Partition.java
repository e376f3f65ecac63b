package fr.vigie.anonymise;

/**
 * The equivalence classes of the records under one transformation (a level per quasi-identifier): each
 * class's generalised codes and size, the histogram of each sensitive column in each class, and, when the output
 * needs it, the class of each bottom entry (a distinct combination of original quasi-identifier and sensitive
 * values).
 */
final class Partition {
    final int[] levels;
    final int size;
    /** codes[qi][class]. */
    final int[][] codes;
    final int[] counts;
    /** entryClass[entry], or null when not tracked. */
    final int[] entryClass;
    /**
     * histograms[sensitive column], empty without sensitive columns; null when not computed (the node fails
     * k-anonymity whatever the sensitive values, see {@link ClassIndex#partitionOf(int[], boolean, int, int)}).
     */
    final Histograms[] histograms;

    Partition(int[] levels, int size, int[][] codes, int[] counts, int[] entryClass, Histograms[] histograms) {
        this.levels = levels;
        this.size = size;
        this.codes = codes;
        this.counts = counts;
        this.entryClass = entryClass;
        this.histograms = histograms;
    }

    /** The same classes with their sensitive histograms. */
    Partition withHistograms(Histograms[] computed) {
        return new Partition(levels, size, codes, counts, entryClass, computed);
    }

    /** Memory weight in ints, for the cache. */
    long weight() {
        long weight = (long) size * (codes.length + 1) + (entryClass == null ? 0 : entryClass.length);
        for (Histograms h : histograms == null ? new Histograms[0] : histograms) {
            weight += h.start.length + 2L * h.values.length;
        }
        return weight;
    }

    /**
     * The histogram of one sensitive column in every class, compressed: class {@code c} holds value
     * {@code values[i]} {@code counts[i]} times for i in [start[c], start[c + 1]), each value once.
     */
    static final class Histograms {
        final int[] start;
        final int[] values;
        final int[] counts;

        Histograms(int[] start, int[] values, int[] counts) {
            this.start = start;
            this.values = values;
            this.counts = counts;
        }

        /** Number of distinct values in class {@code c}. */
        int distinct(int c) {
            return start[c + 1] - start[c];
        }
    }
}
