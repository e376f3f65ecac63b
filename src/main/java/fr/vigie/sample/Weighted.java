package fr.vigie.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Draws values with given relative weights (cumulative table and binary search: O(log n) a draw). */
final class Weighted<T> {
    private final List<T> values;
    private final double[] cumulative;

    private Weighted(List<T> values, double[] weights) {
        if (values.isEmpty() || values.size() != weights.length) {
            throw new IllegalArgumentException("need as many weights as values, at least one");
        }
        this.values = List.copyOf(values);
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 0) {
                throw new IllegalArgumentException("negative weight");
            }
            sum += weights[i];
            cumulative[i] = sum;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("weights sum to zero");
        }
    }

    static <T> Weighted<T> of(List<T> values, double... weights) {
        return new Weighted<>(values, weights);
    }

    /** Every value equally likely. */
    static <T> Weighted<T> uniform(List<T> values) {
        double[] weights = new double[values.size()];
        Arrays.fill(weights, 1);
        return new Weighted<>(values, weights);
    }

    /** Value i has weight 1/(i+s): a Zipf-like popularity, first values most common. */
    static <T> Weighted<T> zipf(List<T> values, double s) {
        double[] weights = new double[values.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1.0 / (i + s);
        }
        return new Weighted<>(values, weights);
    }

    /** Pairs given as value, weight, value, weight... */
    @SuppressWarnings("unchecked")
    static <T> Weighted<T> pairs(Object... valueWeight) {
        List<T> values = new ArrayList<>();
        double[] weights = new double[valueWeight.length / 2];
        for (int i = 0; i < valueWeight.length; i += 2) {
            values.add((T) valueWeight[i]);
            weights[i / 2] = ((Number) valueWeight[i + 1]).doubleValue();
        }
        return new Weighted<>(values, weights);
    }

    T draw(SplittableRandom random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        // The first index whose cumulative weight exceeds the target: a zero-weight value never wins.
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > target) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return values.get(lo);
    }

    List<T> values() {
        return values;
    }
}
