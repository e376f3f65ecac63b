package fr.vigie.classify;

import fr.vigie.config.ConfigNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads, from a sample of rows, whether a panel keyed by an area and a period is one of persons: a column holding, for
 * each area, the same whole number over every period (or one more, after a birthday or a birth; or one more a year, as
 * an age over years), and whose values over the areas are a person's trait (an age, a birth year, a household size),
 * is one person's per area. An area's
 * constants are of other shapes: a population in thousands, a surface to the hundredth, a code. The columns alone
 * cannot tell: a panel of persons and one of areas have the same names, distinct values and counts.
 *
 * <p>Fails towards persons only on clear evidence: enough areas seen on two rows or more, nearly all of them constant,
 * and nearly all the areas' values in the trait's range, varied as persons' are (several values, spread).
 */
final class PersonTraits {
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
    private final Rules rules;

    PersonTraits(Rules rules) {
        this.rules = rules;
    }

    /**
     * A person's trait, as the values of a column constant for each area show it.
     *
     * @param name        what the trait is, for the evidence ("age")
     * @param min         the smallest value a person may have
     * @param max         the largest
     * @param minRange    how far apart the smallest and the largest value over the areas must be (persons' ages spread
     *                    over decades; a code of 1 to 4 is no age)
     * @param minDistinct how many different values over the areas
     */
    record Trait(String name, long min, long max, long minRange, int minDistinct) {
    }

    /**
     * The personTraits section of areaTables.
     *
     * @param rowSample     how many rows the sampler keeps (uniformly, whatever the file's length), 0 for none
     * @param minKeys       how many areas must be seen on two rows or more for the rows to tell anything
     * @param minShare      the share of those areas constant (and of all areas in the trait's range) the reading needs
     * @param traits        the traits, the first that fits winning
     */
    record Rules(int rowSample, int minKeys, double minShare, List<Trait> traits) {
        static Rules none() {
            return new Rules(0, Integer.MAX_VALUE, 1, List.of());
        }

        static Rules read(ConfigNode node) {
            if (node.isMissing()) {
                return none();
            }
            node.allowOnly("rowSample", "minKeys", "minShare", "traits");
            List<Trait> traits = new ArrayList<>();
            for (ConfigNode t : node.require("traits").items()) {
                t.allowOnly("name", "min", "max", "minRange", "minDistinct");
                long min = (long) t.number("min", 0, 0, 1e9);
                long max = (long) t.number("max", 0, 0, 1e9);
                if (max < min) {
                    throw t.error("max below min");
                }
                traits.add(new Trait(t.string("name"), min, max, (long) t.number("minRange", 0, 0, 1e9),
                    (int) t.number("minDistinct", 2, 2, 1000)));
            }
            return new Rules((int) node.number("rowSample", 2000, 0, 100_000), (int) node.number("minKeys", 5, 2, 1000),
                node.number("minShare", 0.9, 0.5, 1), List.copyOf(traits));
        }
    }

    /**
     * The columns that hold a person's trait constant for each area, in plain words (column names and trait names,
     * never values); empty when the rows do not tell.
     *
     * @param rows       the sampled rows, cells in header order, null for blank or missing
     * @param key        the index of the area column
     * @param keyName    its name, for the evidence
     * @param period     the index of the period column
     * @param candidates index to name of the columns to read (figures not named as statistics)
     */
    List<String> find(List<List<String>> rows, int key, String keyName, int period, Map<Integer, String> candidates) {
        if (rows.isEmpty() || rules.traits().isEmpty()) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        for (Map.Entry<Integer, String> c : candidates.entrySet()) {
            Trait trait = trait(rows, key, period, c.getKey());
            if (trait != null) {
                found.add(c.getValue() + ": the same for each " + keyName + " over every period (or one more a year), as a person's "
                    + trait.name() + ": one person per area");
            }
        }
        return found;
    }

    /** What a column holds for one area over the sampled rows. */
    private static final class Seen {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        /** The value less the period's year: an age growing by one a year stays as constant as a birth year. */
        long minBorn = Long.MAX_VALUE;
        long maxBorn = Long.MIN_VALUE;
        boolean dated = true;
        int rows;
        boolean notWhole;

        void add(Long value, int year) {
            rows++;
            if (value == null) {
                notWhole = true;
                return;
            }
            min = Math.min(min, value);
            max = Math.max(max, value);
            dated &= year > 0;
            minBorn = Math.min(minBorn, value - year);
            maxBorn = Math.max(maxBorn, value - year);
        }

        /** One apart is still constant: an age grows by one at the birthday, a household by one at a birth. */
        boolean constant() {
            return !notWhole && (max - min <= 1 || dated && maxBorn - minBorn <= 1);
        }
    }

    /** The trait column {@code column} holds for each area of column {@code key}, or null. */
    private Trait trait(List<List<String>> rows, int key, int period, int column) {
        Map<String, Seen> byKey = new HashMap<>();
        for (List<String> row : rows) {
            String area = key < row.size() ? row.get(key) : null;
            String cell = column < row.size() ? row.get(column) : null;
            if (area == null || cell == null) {
                continue;
            }
            byKey.computeIfAbsent(area.strip(), a -> new Seen()).add(whole(cell), year(period < row.size() ? row.get(period) : null));
        }
        int repeated = 0;
        int constant = 0;
        for (Seen seen : byKey.values()) {
            if (seen.rows >= 2 || seen.notWhole) {
                repeated++;
                constant += seen.constant() ? 1 : 0;
            }
        }
        if (repeated < rules.minKeys() || constant < rules.minShare() * repeated) {
            return null;
        }
        for (Trait trait : rules.traits()) {
            if (fits(byKey.values(), trait)) {
                return trait;
            }
        }
        return null;
    }

    /** Whether the areas' values are a person's trait: nearly all in its range, varied and spread as persons' are. */
    private boolean fits(Iterable<Seen> values, Trait trait) {
        int areas = 0;
        int inRange = 0;
        long lowest = Long.MAX_VALUE;
        long highest = Long.MIN_VALUE;
        Set<Long> distinct = new HashSet<>();
        for (Seen seen : values) {
            areas++;
            if (!seen.notWhole && seen.min >= trait.min() && seen.max <= trait.max()) {
                inRange++;
                lowest = Math.min(lowest, seen.min);
                highest = Math.max(highest, seen.min);
                distinct.add(seen.min);
            }
        }
        return inRange >= rules.minShare() * areas && distinct.size() >= trait.minDistinct()
            && highest - lowest >= trait.minRange();
    }

    /** The year a period names ("2024-03", "T1 2024", "03/2024"), or 0. */
    static int year(String period) {
        if (period == null) {
            return 0;
        }
        Matcher m = YEAR.matcher(period);
        return m.find() ? Integer.parseInt(m.group()) : 0;
    }

    /**
     * The whole number a cell writes, or null: digits with no leading zero (a code's "07" is no age), a float's ".0"
     * of a clumsy export allowed ("69.0").
     */
    static Long whole(String cell) {
        String v = cell.strip();
        int end = v.length();
        int point = Math.max(v.indexOf('.'), v.indexOf(','));
        if (point >= 0) {
            for (int i = point + 1; i < v.length(); i++) {
                if (v.charAt(i) != '0') {
                    return null;
                }
            }
            end = point;
        }
        if (end == 0 || end > 9 || end > 1 && v.charAt(0) == '0') {
            return null;
        }
        for (int i = 0; i < end; i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return null;
            }
        }
        return Long.parseLong(v, 0, end, 10);
    }
}
