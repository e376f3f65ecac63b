package fr.vigie.anonymise;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The hierarchy of a quasi-identifier the policy says nothing about, chosen from what its values look like:
 * digit codes of one length (postal, INSEE codes) are masked, numbers get intervals, dates the date
 * hierarchy, anything else {@code value → *}.
 */
final class DefaultHierarchies {
    private DefaultHierarchies() {
    }

    static Hierarchy guess(String name, List<String> values) {
        List<String> present = values.stream().filter(v -> !v.isEmpty()).toList();
        if (present.isEmpty()) {
            return Hierarchies.suppress(name, values);
        }
        if (present.stream().allMatch(Hierarchies::isDigits)
                && present.stream().mapToInt(String::length).distinct().count() == 1
                && (present.get(0).length() >= 4 || present.stream().anyMatch(v -> v.startsWith("0")))) {
            return Hierarchies.mask(name, values);
        }
        if (present.stream().allMatch(v -> Hierarchies.parseNumber(v).isPresent())) {
            return Hierarchies.interval(name, values, widths(present));
        }
        if (present.stream().allMatch(v -> Hierarchies.parseDate(v).isPresent())) {
            return Hierarchies.date(name, values);
        }
        return Hierarchies.suppress(name, values);
    }

    /** About 16 intervals at the first level, then doubling widths while they do not cover the range. */
    private static List<BigDecimal> widths(List<String> numbers) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (String v : numbers) {
            double x = Hierarchies.parseNumber(v).orElseThrow().doubleValue();
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        double range = Math.max(max - min, 1e-9);
        BigDecimal width = niceAtLeast(range / 16);
        List<BigDecimal> widths = new ArrayList<>();
        widths.add(width);
        while (widths.size() < 4 && width.doubleValue() * 2 < range) {
            width = width.multiply(BigDecimal.valueOf(2));
            widths.add(width);
        }
        return widths;
    }

    /** The smallest of 1, 2, 5 × 10^n that is at least {@code x}. */
    private static BigDecimal niceAtLeast(double x) {
        BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen((int) Math.floor(Math.log10(x)));
        for (int factor : new int[] {1, 2, 5, 10}) {
            BigDecimal candidate = power.multiply(BigDecimal.valueOf(factor));
            if (candidate.doubleValue() >= x) {
                return candidate.stripTrailingZeros();
            }
        }
        return power.multiply(BigDecimal.TEN);
    }
}
