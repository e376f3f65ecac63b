package fr.vigie.bias;

/**
 * A mergeable quantile sketch with bounded relative error (the DDSketch idea): values fall into
 * logarithmic buckets of ratio gamma = (1 + alpha) / (1 - alpha), so any quantile is returned within
 * a relative error alpha, and memory grows with the logarithm of the range, not with the count.
 * Not thread-safe; one per partition, then {@link #merge}.
 */
final class QuantileSketch {
    private final double alpha;
    private final double logGamma;
    private final Buckets positive = new Buckets();
    private final Buckets negative = new Buckets();
    private long zeros;
    private long count;

    /** @param alpha relative accuracy, e.g. 0.005 for 0.5 % */
    QuantileSketch(double alpha) {
        this.alpha = alpha;
        this.logGamma = Math.log((1 + alpha) / (1 - alpha));
    }

    void add(double value) {
        count++;
        double magnitude = Math.abs(value);
        if (magnitude < 1e-9 || Double.isNaN(value)) {
            zeros++;
            return;
        }
        int key = (int) Math.ceil(Math.log(magnitude) / logGamma);
        (value > 0 ? positive : negative).add(key, 1);
    }

    void merge(QuantileSketch other) {
        positive.merge(other.positive);
        negative.merge(other.negative);
        zeros += other.zeros;
        count += other.count;
    }

    long count() {
        return count;
    }

    /** The q-quantile (0 ≤ q ≤ 1, lower quantile), within relative error alpha; NaN when empty. */
    double quantile(double q) {
        if (count == 0) {
            return Double.NaN;
        }
        long rank = (long) Math.floor(q * (count - 1));
        long seen = 0;
        for (int i = negative.counts.length - 1; i >= 0; i--) {
            seen += negative.counts[i];
            if (seen > rank) {
                return -value(negative.minKey + i);
            }
        }
        seen += zeros;
        if (seen > rank) {
            return 0;
        }
        for (int i = 0; i < positive.counts.length; i++) {
            seen += positive.counts[i];
            if (seen > rank) {
                return value(positive.minKey + i);
            }
        }
        return Double.NaN;
    }

    private double value(int key) {
        // The bucket (gamma^(k-1), gamma^k] is represented by the point with equal relative error to both ends.
        double gamma = (1 + alpha) / (1 - alpha);
        return 2 * Math.exp(key * logGamma) / (1 + gamma);
    }

    /** Counts for a contiguous range of keys, grown on demand. */
    private static final class Buckets {
        int minKey;
        long[] counts = new long[0];

        void add(int key, long times) {
            if (counts.length == 0) {
                minKey = key;
                counts = new long[16];
            } else if (key < minKey) {
                int shift = minKey - key;
                long[] grown = new long[counts.length + shift + 16];
                System.arraycopy(counts, 0, grown, shift + 16, counts.length);
                counts = grown;
                minKey = key - 16;
            } else if (key - minKey >= counts.length) {
                counts = java.util.Arrays.copyOf(counts, Math.max(key - minKey + 16, counts.length * 2));
            }
            counts[key - minKey] += times;
        }

        void merge(Buckets other) {
            for (int i = 0; i < other.counts.length; i++) {
                if (other.counts[i] != 0) {
                    add(other.minKey + i, other.counts[i]);
                }
            }
        }
    }
}
