package fr.vigie.anonymise;

/**
 * The privacy models a policy combines. All but {@link AverageRisk} are checked class by class: the
 * records of an equivalence class that fails one of them are suppressed.
 */
public sealed interface PrivacyModel {

    /** Whether generalising can never turn an acceptable transformation into an unacceptable one. */
    default boolean monotone() {
        return true;
    }

    /** Every equivalence class holds at least {@code k} records. */
    record KAnonymity(int k) implements PrivacyModel {
        public KAnonymity {
            if (k < 1) {
                throw new IllegalArgumentException("k must be at least 1");
            }
        }
    }

    /** Each class holds at least {@code l} distinct values of the sensitive column. */
    record DistinctLDiversity(String column, int l) implements PrivacyModel {
    }

    /** The entropy of the sensitive column within each class is at least log(l). */
    record EntropyLDiversity(String column, double l) implements PrivacyModel {
    }

    /** Recursive (c,l)-diversity: r1 &lt; c·(r_l + ... + r_m) for the sorted value counts of each class. */
    record RecursiveCLDiversity(String column, double c, int l) implements PrivacyModel {
    }

    /** The distance between each class's distribution of the sensitive column and the overall one is at most t. */
    record TCloseness(String column, double t, Distance distance) implements PrivacyModel {
    }

    /** Earth mover's distance ground metrics of t-closeness. */
    enum Distance {
        /** Every pair of values at distance 1 (half the L1 distance). */
        EQUAL,
        /** Values ordered (numerically when they all are numbers), adjacent values at distance 1/(m-1). */
        ORDERED,
        /** Distance given by the height of the lowest common ancestor in the column's hierarchy. */
        HIERARCHICAL
    }

    /** The average prosecutor re-identification risk of the released records (classes / records) is at most this. */
    record AverageRisk(double threshold) implements PrivacyModel {
        @Override
        public boolean monotone() {
            return false;
        }
    }
}
