package fr.vigie.bias;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Thresholds turning a metric's value into a severity, read from {@code rules/bias.yml}. With
 * {@code below}, a value under a severity's threshold reaches that severity (ratios: lower is
 * worse); with {@code above}, a value at or over it does (association strengths, shares).
 *
 * @param below      the direction of the scale
 * @param thresholds severity → threshold, for the severities above INFO that the scale uses
 */
public record SeverityScale(boolean below, Map<Severity, Double> thresholds) {

    public SeverityScale {
        thresholds = Collections.unmodifiableMap(new EnumMap<>(thresholds));
    }

    /** The most severe level whose threshold {@code value} crosses; INFO when none. */
    public Severity rate(double value) {
        Severity result = Severity.INFO;
        for (Map.Entry<Severity, Double> entry : thresholds.entrySet()) {
            boolean crossed = below ? value < entry.getValue() : value >= entry.getValue();
            if (crossed) {
                result = result.max(entry.getKey());
            }
        }
        return result;
    }

    /**
     * The threshold behind {@code severity}; for INFO, the threshold of the least severe level (the
     * line the value did not cross).
     */
    public double threshold(Severity severity) {
        Double value = thresholds.get(severity);
        if (value != null) {
            return value;
        }
        for (Severity level : Severity.values()) {
            if (thresholds.containsKey(level)) {
                return thresholds.get(level);
            }
        }
        return Double.NaN;
    }
}
