package fr.vigie.anonymise;

import java.util.Arrays;

/** An open-addressing map from long keys to int values, to group millions of rows without boxing. */
final class LongIntMap {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys;
    private int[] values;
    private int mask;
    private int size;
    /** The slots in use, in insertion order, so that clearing costs the size, not the capacity. */
    private int[] used;

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        used = new int[capacity / 2 + 1];
        Arrays.fill(keys, EMPTY);
        mask = capacity - 1;
    }

    /** Empties the map, keeping its capacity. */
    void clear() {
        for (int i = 0; i < size; i++) {
            keys[used[i]] = EMPTY;
        }
        size = 0;
    }

    int size() {
        return size;
    }

    /** The value of {@code key}, or, if absent, stores {@code valueIfAbsent} and returns -1 - its slot value. */
    int putIfAbsent(long key, int valueIfAbsent) {
        int slot = slot(key);
        while (true) {
            long present = keys[slot];
            if (present == EMPTY) {
                keys[slot] = key;
                values[slot] = valueIfAbsent;
                used[size] = slot;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return valueIfAbsent;
            }
            if (present == key) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
    }

    private int slot(long key) {
        // Murmur3's finaliser: packed tuples differ in few bits, a plain multiply clusters them.
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) h & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        int[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        used = new int[keys.length / 2 + 1];
        Arrays.fill(keys, EMPTY);
        mask = keys.length - 1;
        for (int i = 0; i < size; i++) {
            long key = oldKeys[oldUsed[i]];
            int slot = slot(key);
            while (keys[slot] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = oldValues[oldUsed[i]];
            used[i] = slot;
        }
    }
}
