package fr.vigie.classify;

import fr.vigie.config.ConfigNode;
import fr.vigie.model.ProtectedAttribute;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whole numbers all within 0 to {@code max}, more different values than a column of codes has, under an opaque name
 * (see {@link FailClosed.Rules#opaque}): a possible age, held as {@code category} (its protected attribute must be AGE); under
 * any name no rule reads, whole numbers of the range of {@code adults}' ages, in a file with no age, are too.
 */
record OpaqueAge(Category category, int max, AgeRange adults, AgeRange years, Dictionary yearWords,
        Dictionary otherUnits, MeasureUnits units) {
    /** A whole number, perhaps written as approximate ("~40", "≈ 40"). */
    private static final Pattern APPROXIMATE_WHOLE = Pattern.compile("\\s*[~≈]?\\s*(\\d{1,3})\\s*");

    static OpaqueAge read(ConfigNode node, Map<String, Category> infoTypes, Map<String, Dictionary> dictionaries) {
        node.allowOnly("infoType", "max", "adults", "years", "units");
        Category category = FailClosed.Rules.infoType(node, infoTypes);
        if (category.protectedAttribute() != ProtectedAttribute.AGE) {
            throw node.get("infoType").error("info type '" + category.infoType()
                + "' does not carry the AGE protected attribute");
        }
        AgeRange adults = null;
        if (node.has("adults")) {
            ConfigNode range = node.get("adults").allowOnly("minDistinct", "minLowest", "minSpread");
            adults = new AgeRange(range.integer("minDistinct", 15), range.integer("minLowest", 15),
                range.integer("minSpread", 15));
        }
        AgeRange years = null;
        Dictionary yearWords = null;
        Dictionary otherUnits = null;
        if (node.has("years")) {
            ConfigNode range = node.get("years").allowOnly("names", "notWith", "minDistinct", "minLowest", "minSpread");
            yearWords = ClassificationRules.dictionary(range.require("names"), dictionaries);
            otherUnits = range.has("notWith") ? ClassificationRules.dictionary(range.get("notWith"), dictionaries) : null;
            years = new AgeRange(range.integer("minDistinct", 8), range.integer("minLowest", 1),
                range.integer("minSpread", 6));
        }
        return new OpaqueAge(category, (int) node.number("max", 120, 1, 200), adults, years, yearWords, otherUnits,
            MeasureUnits.read(node.get("units"), dictionaries));
    }

    /**
     * Whether the name counts years ({@code years.names}: "Années", "Jahre"; no other unit, {@code years.notWith}:
     * "Jours par an" counts days) and the values are whole numbers of
     * persons' ages, a child's as much as an adult's: at least {@code years.minDistinct} different ones, the 5th
     * percentile at least {@code years.minLowest}, spread over at least {@code years.minSpread}. Years of a person
     * are their age or the time since an event of their life (attack25: children's ages 4-17 under "Années" were
     * let through as a duration).
     */
    boolean yearsOfAPerson(String columnName, Map<String, Integer> counts) {
        if (years == null) {
            return false;
        }
        List<String> tokens = Text.nameTokens(columnName);
        // Years as a rate's denominator ("Jours par an", "Visites/an") count days or visits, not years.
        return tokens.stream().anyMatch(yearWords::matchesExact) && (otherUnits == null
            || tokens.stream().noneMatch(t -> otherUnits.matchesExact(t) && !yearWords.matchesExact(t)))
            && inRange(counts, years);
    }

    /**
     * Whether the values are whole numbers (some written approximately: "~40") of the range of adults' ages: all
     * within 0 to max, at least {@code adults.minDistinct} different ones, the 5th percentile at least
     * {@code adults.minLowest} (counts per person start at nought and are mostly small), spread over at least
     * {@code adults.minSpread} (5th to 95th percentile). False when the rules set no such range.
     */
    boolean adultAges(Map<String, Integer> counts) {
        return adultAges(null, counts);
    }

    /**
     * Whether the values under this name are of the range of adults' ages (see {@link #adultAges(Map)}): never under a
     * name carrying a unit of measure ({@code units}: "duree_moyenne_min", "Poids (kg)"), which measures a thing or a
     * body, not a person's years.
     */
    boolean adultAges(String columnName, Map<String, Integer> counts) {
        if (units.measures(columnName)) {
            return false;
        }
        return adults != null && inRange(counts, adults);
    }

    private boolean inRange(Map<String, Integer> counts, AgeRange range) {
        if (counts.size() < range.minDistinct()) {
            return false;
        }
        TreeMap<Integer, Integer> ages = new TreeMap<>();
        long total = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            Matcher m = APPROXIMATE_WHOLE.matcher(e.getKey());
            if (!m.matches() || Integer.parseInt(m.group(1)) > max) {
                return false;
            }
            ages.merge(Integer.parseInt(m.group(1)), e.getValue(), Integer::sum);
            total += e.getValue();
        }
        int low = percentile(ages, total, 0.05);
        return ages.size() >= range.minDistinct() && low >= range.minLowest()
            && percentile(ages, total, 0.95) - low >= range.minSpread();
    }

    private static int percentile(TreeMap<Integer, Integer> sorted, long total, double p) {
        long rank = (long) Math.ceil(p * total);
        long seen = 0;
        for (Map.Entry<Integer, Integer> e : sorted.entrySet()) {
            seen += e.getValue();
            if (seen >= rank) {
                return e.getKey();
            }
        }
        return sorted.lastKey();
    }

    /** The range of adults' ages read from whole numbers under any name (see {@link #adultAges}). */
    record AgeRange(int minDistinct, int minLowest, int minSpread) {
    }

    /** Whether every value is a whole number within 0 to max (whole numbers already checked). */
    boolean withinAges(Map<String, Integer> counts) {
        for (String value : counts.keySet()) {
            String v = value.strip();
            if (v.length() > 3 || Integer.parseInt(v) > max) {
                return false;
            }
        }
        return true;
    }
}
