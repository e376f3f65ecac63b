package fr.vigie.anonymise;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Numbers distinct tuples of codes 0, 1, 2... in order of first appearance. Tuples are packed into a long
 * (mixed radix) when the product of the cardinalities allows it, else hashed as arrays.
 */
final class TupleGrouper {
    private final int[] radix;
    private final LongIntMap packed;
    private final Map<Key, Integer> unpacked;

    TupleGrouper(int[] cardinalities, int expected) {
        this.radix = cardinalities.clone();
        double product = 1;
        for (int cardinality : cardinalities) {
            product *= Math.max(1, cardinality);
        }
        if (product < 0x1p62) {
            packed = new LongIntMap(expected);
            unpacked = null;
        } else {
            packed = null;
            unpacked = new HashMap<>(expected * 2);
        }
    }

    /** The group number of {@code tuple} (which the caller may reuse afterwards). */
    int group(int[] tuple) {
        if (packed != null) {
            long key = 0;
            for (int i = 0; i < tuple.length; i++) {
                key = key * radix[i] + tuple[i];
            }
            return packed.putIfAbsent(key, packed.size());
        }
        Key key = new Key(tuple.clone());
        Integer present = unpacked.putIfAbsent(key, unpacked.size());
        return present == null ? unpacked.size() - 1 : present;
    }

    int size() {
        return packed != null ? packed.size() : unpacked.size();
    }

    private record Key(int[] codes) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Arrays.equals(codes, key.codes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(codes);
        }
    }
}
