package fr.vigie.bias;

import java.util.Arrays;

/**
 * Category labels ↔ dense indices, capped: past {@code cap} labels every new one maps to a single
 * overflow category, so memory stays bounded whatever the column holds. Labels stay in memory only.
 *
 * <p>The scan looks a value up here for every cell it counts, so the index is an open-addressing table over the
 * labels' own hashes (which a {@link String} keeps once computed): no boxed index, no entry object per label, the
 * probe a few ints apart. A label's index is the order in which it first came, as before.
 */
final class Dictionary {
    /** The label of values pooled together: too many to keep, or too few rows each to be named. */
    static final String OVERFLOW = "(autres valeurs)";
    private static final int FIRST_SLOTS = 16;
    /** Fibonacci hashing: spreads hashes that differ only in their high or low bits over the slots. */
    private static final int GOLDEN = 0x9E3779B9;

    private final int cap;
    private String[] labels = new String[8];
    private int size;
    /** Per slot: the index + 1 of the label it holds (0: empty), and that label's hash. */
    private int[] slots = new int[FIRST_SLOTS];
    private int[] hashes = new int[FIRST_SLOTS];
    private int shift = Integer.numberOfLeadingZeros(FIRST_SLOTS - 1);
    private int indexed;
    private int overflow = -1;

    Dictionary(int cap) {
        this.cap = cap;
    }

    /** The index of {@code label} (not null), given it if new and under the cap, else the overflow index. */
    int indexOf(String label) {
        int hash = label.hashCode();
        int slot = slot(label, hash);
        if (slots[slot] != 0) {
            return slots[slot] - 1;
        }
        if (size >= cap) {
            return overflowIndex();
        }
        int added = append(label);
        slots[slot] = added + 1;
        hashes[slot] = hash;
        if (++indexed * 2 > slots.length) {
            grow();
        }
        return added;
    }

    /** Whether {@code label} has an index of its own. */
    boolean has(String label) {
        return slots[slot(label, label.hashCode())] != 0;
    }

    String label(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("index " + i + " of " + size + " labels");
        }
        return labels[i];
    }

    int size() {
        return size;
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

    /** The slot holding {@code label}, or the empty slot where it goes (linear probing; the table is never full). */
    private int slot(String label, int hash) {
        int mask = slots.length - 1;
        for (int slot = (hash * GOLDEN) >>> shift;; slot = (slot + 1) & mask) {
            int code = slots[slot];
            if (code == 0 || hashes[slot] == hash && labels[code - 1].equals(label)) {
                return slot;
            }
        }
    }

    /** Twice the slots, every label put again in its slot: the table stays at most half full. */
    private void grow() {
        int[] oldSlots = slots;
        int[] oldHashes = hashes;
        slots = new int[oldSlots.length * 2];
        hashes = new int[slots.length];
        shift--;
        int mask = slots.length - 1;
        for (int s = 0; s < oldSlots.length; s++) {
            if (oldSlots[s] != 0) {
                int slot = (oldHashes[s] * GOLDEN) >>> shift;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = oldSlots[s];
                hashes[slot] = oldHashes[s];
            }
        }
    }

    private int append(String label) {
        if (size == labels.length) {
            labels = Arrays.copyOf(labels, size * 2);
        }
        labels[size] = label;
        return size++;
    }

    private int overflowIndex() {
        if (overflow < 0) {
            overflow = append(OVERFLOW);
        }
        return overflow;
    }
}
