package fr.vigie.anonymise;

/**
 * The utility measure the search minimises; all four are reported whichever is chosen. Each is ARX's model of the
 * same name with its defaults (gs-factor 0.5, attribute weights 1), computed as ARX computes it.
 */
public enum QualityModel {
    /** ARX's default "Loss" (MetricMDNMLoss, geometric mean), in [0, 1]. */
    LOSS,
    /** ARX's default "Non-uniform entropy" (MetricMDNUNMEntropy, non-monotonic): bits lost, summed over QIs. */
    ENTROPY,
    /** ARX's default "Discernibility" (MetricSDNMDiscernability): squared class sizes, N per suppressed record. */
    DISCERNIBILITY,
    /** ARX's "Average equivalence class size" (MetricSDAECS): records per class, the suppressed forming one. */
    AVERAGE_CLASS_SIZE
}
