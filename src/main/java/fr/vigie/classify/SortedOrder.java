package fr.vigie.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a column's values, in file order, are sorted: all numbers compared as numbers ({@code 1 250,50} and
 * {@code 1250.50} alike), otherwise compared by their normalised letters; empty cells are skipped. A list sorted by a
 * column numbers its lines in that column's order.
 */
final class SortedOrder {

    private SortedOrder() {
    }

    /**
     * Whether {@code values} rise or fall (ties allowed) over at least {@code minDistinct} different values.
     */
    static boolean of(List<String> values, int minDistinct) {
        List<String> present = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                present.add(v.strip());
            }
        }
        if (present.size() < minDistinct) {
            return false;
        }
        List<Double> numbers = numbers(present);
        return numbers != null ? monotonic(numbers, minDistinct) : monotonic(words(present), minDistinct);
    }

    /** The values as numbers, or null when one is not a number. */
    private static List<Double> numbers(List<String> values) {
        List<Double> out = new ArrayList<>(values.size());
        for (String v : values) {
            String plain = v.replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace("%", "");
            plain = plain.indexOf(',') >= 0 && plain.indexOf('.') < 0 ? plain.replace(',', '.') : plain.replace(",", "");
            try {
                out.add(Double.parseDouble(plain));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return out;
    }

    private static List<String> words(List<String> values) {
        List<String> out = new ArrayList<>(values.size());
        values.forEach(v -> out.add(Text.normalize(v)));
        return out;
    }

    /** Rising everywhere or falling everywhere, with at least {@code minDistinct} changes of value plus one. */
    private static <T extends Comparable<T>> boolean monotonic(List<T> values, int minDistinct) {
        boolean rising = true;
        boolean falling = true;
        int distinct = 1;
        for (int k = 1; k < values.size(); k++) {
            int cmp = values.get(k).compareTo(values.get(k - 1));
            rising &= cmp >= 0;
            falling &= cmp <= 0;
            distinct += cmp != 0 ? 1 : 0;
            if (!rising && !falling) {
                return false;
            }
        }
        return distinct >= minDistinct;
    }
}
