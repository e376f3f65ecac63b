package fr.vigie.bias;

/** A confidence interval [low, high] at the scan's confidence level. */
public record Interval(double low, double high) {
    /** Whether {@code value} lies inside (bounds included). */
    public boolean contains(double value) {
        return value >= low && value <= high;
    }
}
