package fr.vigie.bias;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The natural order of a column that already holds bands: « moins de 30 ans » before « 30-44 ans »
 * before « 60 et plus », QF1 before QF2 before QF10, « tranche A » before « tranche B ». Each label is
 * placed by its first number (moved just below it after « moins de », just above after « plus de »),
 * or, for labels sharing a prefix and ending in one letter, by that letter.
 */
final class BandOrder {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");
    private static final Pattern BELOW = Pattern.compile("^\\s*(?:<|≤|<=|moins de|inf[ée]rieur|jusqu|avant|under"
            + "|less than|up to|below)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ABOVE = Pattern.compile("^\\s*(?:>|≥|>=|plus de|sup[ée]rieur|au-del[àa]|apr[èe]s"
            + "|over|more than|above)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LETTER = Pattern.compile("^(.*\\S)\\s*([A-Za-z])$");

    private final Map<String, Double> keys;

    private BandOrder(Map<String, Double> keys) {
        this.keys = keys;
    }

    /** The order of these labels when they all read as bands (at least two of them), else empty. */
    static Optional<BandOrder> of(Collection<String> labels) {
        if (labels.size() < 2) {
            return Optional.empty();
        }
        Optional<BandOrder> numbered = numbered(labels);
        return numbered.isPresent() ? numbered : lettered(labels);
    }

    private static Optional<BandOrder> numbered(Collection<String> labels) {
        Map<String, Double> keys = new HashMap<>();
        for (String label : labels) {
            Matcher number = NUMBER.matcher(label);
            if (!number.find()) {
                return Optional.empty();
            }
            double value = Double.parseDouble(number.group().replace(',', '.'));
            double shift = BELOW.matcher(label).find() ? -0.5 : ABOVE.matcher(label).find() ? 0.5 : 0;
            keys.put(label, value + shift);
        }
        return Optional.of(new BandOrder(keys));
    }

    private static Optional<BandOrder> lettered(Collection<String> labels) {
        Map<String, Double> keys = new HashMap<>();
        String prefix = null;
        for (String label : labels) {
            Matcher m = LETTER.matcher(label.trim());
            if (!m.matches() || (prefix != null && !prefix.equalsIgnoreCase(m.group(1)))) {
                return Optional.empty();
            }
            prefix = m.group(1);
            keys.put(label, (double) Character.toUpperCase(m.group(2).charAt(0)));
        }
        return Optional.of(new BandOrder(keys));
    }

    /** The labels in band order (labels it does not know go last, in the order given). */
    List<String> sort(Collection<String> labels) {
        List<String> sorted = new ArrayList<>(labels);
        sorted.sort(Comparator.comparingDouble(l -> keys.getOrDefault(l, Double.MAX_VALUE)));
        return sorted;
    }
}
