package fr.vigie.anonymise;

/**
 * The equivalence classes of the records under one transformation (a level per quasi-identifier): each
 * class's generalised codes and size, and, when sensitive models need it, the class of each bottom entry
 * (a distinct combination of original quasi-identifier and sensitive values).
 */
final class Partition {
    final int[] levels;
    final int size;
    /** codes[qi][class]. */
    final int[][] codes;
    final int[] counts;
    /** entryClass[entry], or null when not tracked. */
    final int[] entryClass;

    Partition(int[] levels, int size, int[][] codes, int[] counts, int[] entryClass) {
        this.levels = levels;
        this.size = size;
        this.codes = codes;
        this.counts = counts;
        this.entryClass = entryClass;
    }

    /** Memory weight in ints, for the cache. */
    long weight() {
        return (long) size * (codes.length + 1) + (entryClass == null ? 0 : entryClass.length);
    }
}
