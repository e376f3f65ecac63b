package fr.vigie.bias;

/** How much a finding matters, from mere information to a blocking problem (ordered). */
public enum Severity {
    INFO, LOW, MEDIUM, HIGH, BLOCKING;

    /** The more severe of the two. */
    public Severity max(Severity other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** The less severe of the two. */
    public Severity min(Severity other) {
        return compareTo(other) <= 0 ? this : other;
    }
}
