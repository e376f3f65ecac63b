package fr.vigie.bias;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Category labels ↔ dense indices, capped: past {@code cap} labels every new one maps to a single
 * overflow category, so memory stays bounded whatever the column holds. Labels stay in memory only.
 */
final class Dictionary {
    /** The label of values pooled together: too many to keep, or too few rows each to be named. */
    static final String OVERFLOW = "(autres valeurs)";

    private final int cap;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> labels = new ArrayList<>();
    private int overflow = -1;

    Dictionary(int cap) {
        this.cap = cap;
    }

    int indexOf(String label) {
        Integer i = index.get(label);
        if (i != null) {
            return i;
        }
        if (labels.size() >= cap) {
            if (overflow < 0) {
                overflow = labels.size();
                labels.add(OVERFLOW);
            }
            return overflow;
        }
        int added = labels.size();
        labels.add(label);
        index.put(label, added);
        return added;
    }

    /** Whether {@code label} has an index of its own. */
    boolean has(String label) {
        return index.containsKey(label);
    }

    String label(int i) {
        return labels.get(i);
    }

    int size() {
        return labels.size();
    }

    /** True when some labels went to the overflow category. */
    boolean overflowed() {
        return overflow >= 0;
    }

    boolean isOverflow(int i) {
        return i == overflow;
    }

    /** For each index of {@code other}, the index of the same label here (adding it if needed). */
    int[] mapFrom(Dictionary other) {
        int[] map = new int[other.size()];
        for (int i = 0; i < map.length; i++) {
            map[i] = other.isOverflow(i) ? overflowIndex() : indexOf(other.label(i));
        }
        return map;
    }

    private int overflowIndex() {
        if (overflow < 0) {
            overflow = labels.size();
            labels.add(OVERFLOW);
        }
        return overflow;
    }
}
