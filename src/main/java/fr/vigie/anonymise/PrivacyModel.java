package fr.vigie.anonymise;

/**
 * The privacy models a policy combines. All but {@link AverageRisk} are checked class by class: the
 * records of an equivalence class that fails one of them are suppressed.
 *
 * <p>Monotonicity decides how much of the lattice the search may skip. Merging classes that all pass keeps
 * every model satisfied (entropy is concave, the earth mover's distance convex...), so without suppression
 * generalising never breaks a model. With suppression, a passing class merged with a failing (suppressed) one
 * may fail as a whole and suppress more rows; only k-anonymity and distinct l-diversity are immune to that.
 */
public sealed interface PrivacyModel {

    /** Whether merging classes that all satisfy the model gives a class (and a table) that satisfies it. */
    default boolean monotone() {
        return true;
    }

    /** Whether, with suppression, generalising can never make more rows violate the model. */
    default boolean monotoneWithSuppression() {
        return false;
    }

    /** Every equivalence class holds at least {@code k} records. */
    record KAnonymity(int k) implements PrivacyModel {
        public KAnonymity {
            if (k < 1) {
                throw new IllegalArgumentException("k must be at least 1");
            }
        }

        @Override
        public boolean monotoneWithSuppression() {
            return true;
        }
    }

    /** Each class holds at least {@code l} distinct values of the sensitive column. */
    record DistinctLDiversity(String column, int l) implements PrivacyModel {
        @Override
        public boolean monotoneWithSuppression() {
            return true;
        }
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
    }
}
