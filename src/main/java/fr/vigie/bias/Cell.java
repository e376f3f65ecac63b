package fr.vigie.bias;

/**
 * Additive counts for one group (or one group in one stratum, or one intersection): size, outcome
 * counts or running moments, missing cells per column. Cells merge, so partitions can be summed.
 */
final class Cell {
    long n;
    long outcomeRows;
    long positives;
    double mean;
    double m2;
    QuantileSketch sketch;
    long[] missing;

    Cell(int columns, boolean withSketch) {
        missing = columns > 0 ? new long[columns] : null;
        sketch = withSketch ? new QuantileSketch(0.005) : null;
    }

    void addBinary(boolean positive) {
        outcomeRows++;
        if (positive) {
            positives++;
        }
    }

    void addNumeric(double value) {
        // Welford's update: stable for large sums, and mergeable with Chan's formula below.
        outcomeRows++;
        double delta = value - mean;
        mean += delta / outcomeRows;
        m2 += delta * (value - mean);
        if (sketch != null) {
            sketch.add(value);
        }
    }

    double variance() {
        return outcomeRows < 2 ? 0 : m2 / (outcomeRows - 1);
    }

    long negatives() {
        return outcomeRows - positives;
    }

    void merge(Cell other) {
        long total = outcomeRows + other.outcomeRows;
        if (total > 0) {
            double delta = other.mean - mean;
            m2 += other.m2 + delta * delta * outcomeRows * other.outcomeRows / total;
            mean += delta * other.outcomeRows / total;
        }
        n += other.n;
        outcomeRows = total;
        positives += other.positives;
        if (sketch != null && other.sketch != null) {
            sketch.merge(other.sketch);
        }
        if (missing != null && other.missing != null) {
            for (int i = 0; i < missing.length; i++) {
                missing[i] += other.missing[i];
            }
        }
    }
}
