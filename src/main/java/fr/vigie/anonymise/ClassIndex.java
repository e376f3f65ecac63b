package fr.vigie.anonymise;

import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The equivalence classes of the rows under any transformation. One scan of the rows numbers the distinct
 * combinations of original quasi-identifier (and sensitive) values, the entries; a node's classes, with the
 * histogram of each sensitive column in each class, are then rolled up from those of a cached specialisation, or
 * from the bottom, without reading the rows again: merging the histograms of the classes that merge costs what
 * the specialisation holds, not what the data holds.
 */
final class ClassIndex {
    private static final long CACHE_WEIGHT = 16_000_000;
    private static final int CACHE_ENTRIES = 256;

    private final ColumnHierarchy[] qis;
    private final List<SensitiveColumn> sensitiveColumns;
    /** Rows per entry. */
    final int[] entryCount;
    /** entrySensitive[s][entry]: code of sensitive column s. */
    final int[][] entrySensitive;
    /** The entry of each row. */
    final int[] rowEntry;
    private final Partition bottom;
    private final Map<Levels, Partition> cache = new LinkedHashMap<>();
    private long cacheWeight;
    /** Reused by every roll-up that groups by hashing, emptied before each. */
    private LongIntMap grouping;
    /** Reused by every histogram merge (grown as needed): sources ordered by target, and the output. */
    private int[] scratchOrder = new int[0];
    private int[] scratchValues = new int[0];
    private int[] scratchPairCounts = new int[0];
    /** Scratch per sensitive column, zero between uses: a count per value, and the values touched. */
    private final int[][] scratchCounts;
    private final int[][] scratchTouched;

    ClassIndex(DataTable table, ColumnHierarchy[] qis, List<SensitiveColumn> sensitive) {
        this.qis = qis;
        this.sensitiveColumns = sensitive;
        int rows = table.rowCount();
        int q = qis.length;
        // One scan of the rows: distinct (quasi-identifiers, sensitive values) entries and their bottom class.
        int s = sensitive.size();
        int[] entryCards = new int[q + s];
        int[] classCards = new int[q];
        for (int d = 0; d < q; d++) {
            entryCards[d] = classCards[d] = qis[d].labels[0].length;
        }
        int[][] sensitiveCodes = new int[s][];
        for (int i = 0; i < s; i++) {
            entryCards[q + i] = sensitive.get(i).cardinality;
            sensitiveCodes[i] = table.codes(sensitive.get(i).column);
        }
        int[][] qiCodes = new int[q][];
        for (int d = 0; d < q; d++) {
            qiCodes[d] = table.codes(table.columnIndex(qis[d].column));
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
        scratchCounts = new int[s][];
        scratchTouched = new int[s][];
        for (int i = 0; i < s; i++) {
            scratchCounts[i] = new int[sensitive.get(i).cardinality];
            scratchTouched[i] = new int[sensitive.get(i).cardinality];
        }
        int[] classOfEntry = entryClass.toArray();
        Partition.Histograms[] histograms = new Partition.Histograms[s];
        int[] single = new int[entryCount.length + 1];
        for (int e = 0; e <= entryCount.length; e++) {
            single[e] = e;
        }
        for (int i = 0; i < s; i++) {
            // Each entry is a one-value histogram; the bottom classes merge them.
            histograms[i] = merge(i, new Partition.Histograms(single, entrySensitive[i], entryCount), classOfEntry,
                    classCounts.size);
        }
        bottom = new Partition(new int[q], classCounts.size, codes, classCounts.toArray(), classOfEntry, histograms);
    }

    /** A level vector as a map key. */
    private record Levels(int[] levels) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Levels l && Arrays.equals(levels, l.levels);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(levels);
        }
    }

    void clearCache() {
        cache.clear();
        cacheWeight = 0;
    }

    /** The classes of a node with their sensitive histograms (see {@link #partitionOf(int[], boolean, int, int)}). */
    Partition partitionOf(int[] levels, boolean trackEntries) {
        return partitionOf(levels, trackEntries, 0, 0);
    }

    /**
     * The classes of a node, rolled up from the smallest cached specialisation, else from the bottom entries. The
     * sensitive histograms are left out ({@link Partition#histograms} null) when the classes smaller than {@code k}
     * hold more than {@code maxSuppressed} rows: the node fails whatever its sensitive values, and most nodes a
     * search checks fail so. Merging histograms costs more than grouping the classes.
     */
    Partition partitionOf(int[] levels, boolean trackEntries, int k, int maxSuppressed) {
        Partition source = source(levels, trackEntries, false);
        RollUp rolled = rollUp(source, levels.clone(), trackEntries);
        Partition result = rolled.classes;
        if (bottom.histograms.length > 0 && rowsBelow(result, k) <= maxSuppressed) {
            if (source.histograms == null) {
                source = source(levels, trackEntries, true);
                rolled = rollUp(source, levels.clone(), trackEntries);
            }
            result = rolled.classes.withHistograms(histograms(source, rolled));
        }
        remember(new Levels(result.levels), result);
        return result;
    }

    /** The smallest cached specialisation of {@code levels} (with its histograms if {@code histograms}). */
    private Partition source(int[] levels, boolean trackEntries, boolean histograms) {
        Partition source = bottom;
        for (Partition cached : cache.values()) {
            if (cached.weight() < source.weight() && (!trackEntries || cached.entryClass != null)
                    && (!histograms || cached.histograms != null) && specialises(cached.levels, levels)) {
                source = cached;
            }
        }
        return source;
    }

    private static int rowsBelow(Partition p, int k) {
        int rows = 0;
        for (int c = 0; c < p.size; c++) {
            rows += p.counts[c] < k ? p.counts[c] : 0;
        }
        return rows;
    }

    private static boolean specialises(int[] lower, int[] upper) {
        for (int d = 0; d < lower.length; d++) {
            if (lower[d] > upper[d]) {
                return false;
            }
        }
        return true;
    }

    private void remember(Levels node, Partition partition) {
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

    /** The classes rolled up from {@code source} (no histograms yet), and the class of each source class. */
    private record RollUp(Partition classes, int[] classMap) {
    }

    private RollUp rollUp(Partition source, int[] levels, boolean trackEntries) {
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
        // Without sensitive columns there is nothing to merge: the (empty) histograms are known already.
        Partition.Histograms[] histograms = bottom.histograms.length > 0 ? null : bottom.histograms;
        return new RollUp(new Partition(levels, size, codes, counts, entryClass, histograms), classMap);
    }

    /** The histograms of the classes {@code rolled} up from {@code source}, which has its own. */
    private Partition.Histograms[] histograms(Partition source, RollUp rolled) {
        int size = rolled.classes.size;
        Partition.Histograms[] histograms = new Partition.Histograms[source.histograms.length];
        for (int i = 0; i < histograms.length; i++) {
            histograms[i] = size == source.size ? source.histograms[i]
                    : merge(i, source.histograms[i], rolled.classMap, size);
        }
        return histograms;
    }

    /**
     * The histograms of {@code targets} classes, each the sum of the source groups {@code map} sends to it. A map
     * onto as many classes as sources is a renumbering (roll-ups number classes in order of first source), so
     * only a real merge reaches this method.
     */
    private Partition.Histograms merge(int sensitive, Partition.Histograms source, int[] map, int targets) {
        int sources = map.length;
        int[] first = new int[targets + 1];
        for (int g = 0; g < sources; g++) {
            first[map[g] + 1]++;
        }
        for (int t = 0; t < targets; t++) {
            first[t + 1] += first[t];
        }
        if (scratchOrder.length < sources) {
            scratchOrder = new int[sources];
        }
        if (scratchValues.length < source.values.length) {
            scratchValues = new int[source.values.length];
            scratchPairCounts = new int[source.values.length];
        }
        int[] order = scratchOrder;
        int[] start = new int[targets + 1];
        System.arraycopy(first, 0, start, 0, targets);
        for (int g = 0; g < sources; g++) {
            order[start[map[g]]++] = g;
        }
        int[] dense = scratchCounts[sensitive];
        int[] touched = scratchTouched[sensitive];
        int[] values = scratchValues;
        int[] counts = scratchPairCounts;
        int out = 0;
        for (int t = 0; t < targets; t++) {
            start[t] = out;
            int touchedCount = 0;
            for (int i = first[t]; i < first[t + 1]; i++) {
                int g = order[i];
                for (int j = source.start[g]; j < source.start[g + 1]; j++) {
                    int v = source.values[j];
                    if (dense[v] == 0) {
                        touched[touchedCount++] = v;
                    }
                    dense[v] += source.counts[j];
                }
            }
            for (int i = 0; i < touchedCount; i++) {
                int v = touched[i];
                values[out] = v;
                counts[out++] = dense[v];
                dense[v] = 0;
            }
        }
        start[targets] = out;
        return new Partition.Histograms(start, Arrays.copyOf(values, out), Arrays.copyOf(counts, out));
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

    private int groupHashed(long[] keys, int[] classMap, int[] representative) {
        if (grouping == null) {
            grouping = new LongIntMap(Math.min(keys.length, 1 << 20));
        }
        LongIntMap map = grouping;
        map.clear();
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

    /** Receives the histograms of the sensitive columns for one class. */
    interface HistogramVisitor {
        void visit(int c, long[][] histogram, int[][] touched, int[] touchedCount);
    }

    /** Gives the histograms of each class not skipped to {@code visitor}, dense and with the values present. */
    void forEachHistogram(Partition p, boolean[] skip, HistogramVisitor visitor) {
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
            for (int s = 0; s < sCount; s++) {
                Partition.Histograms h = p.histograms[s];
                int n = 0;
                for (int i = h.start[c]; i < h.start[c + 1]; i++) {
                    histogram[s][h.values[i]] = h.counts[i];
                    touched[s][n++] = h.values[i];
                }
                touchedCount[s] = n;
            }
            visitor.visit(c, histogram, touched, touchedCount);
            for (int s = 0; s < sCount; s++) {
                for (int i = 0; i < touchedCount[s]; i++) {
                    histogram[s][touched[s][i]] = 0;
                }
            }
        }
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
