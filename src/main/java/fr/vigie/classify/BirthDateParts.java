package fr.vigie.classify;

import fr.vigie.config.ConfigNode;
import fr.vigie.model.AttributeType;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A date of birth split over three columns as a spreadsheet leaves it ({@code Jour}, {@code Mois}, {@code Année}): the
 * year (whole numbers of years only) is read as the birth date, and the day and the month beside it, named as a day and a month and holding whole
 * numbers of a day (1 to 31) and of a month (1 to 12), are its other parts, not harmless numbers of a calendar. Read
 * only when both a day and a month stand within {@link Rules#window} columns of the birth date: a "Jour" of a weekly
 * planning beside a full birth date is no part of it.
 *
 * <p>A file about persons that keeps the year and month of birth without the day (a pseudonymised extract) names them
 * {@code Année} and {@code Mois}, which no rule reads as a birth: years under a year's name spread over decades
 * ({@link Rules#minYearSpan} or more, none in the future) with a month named so within the window are then read as the
 * birth date and its month (and its day, if there is one). An event's years (a subsidy, a season) span a few years.
 */
final class BirthDateParts {
    /**
     * The {@code birthDateParts} section of the rules.
     *
     * @param dayWords   words of a column's name saying a day of the month (jour, day, Tag, día...)
     * @param monthWords words saying a month (mois, month, Monat, mes...)
     * @param birthDate  the info type of a birth date, whose columns the parts stand beside and which they become
     * @param window     how many columns on each side of the birth date a part may stand
     * @param confidence the confidence of a part so read
     * @param yearWords  words saying a year (année, year, Jahr...): bare years under them, spread over decades, beside a
     *                   month, are a birth year
     * @param minYearSpan the least span (5th to 95th percentile) of such years
     * @param quarterWords words saying a quarter of the year (trimestre, quarter, Quartal...): beside such years, as a
     *                   month is
     */
    record Rules(Set<String> dayWords, Set<String> monthWords, Category birthDate, int window, double confidence,
            Set<String> yearWords, int minYearSpan, Set<String> quarterWords) {
        static Rules none() {
            return new Rules(Set.of(), Set.of(), null, 0, 0, Set.of(), Integer.MAX_VALUE, Set.of());
        }

        static Rules read(ConfigNode node, Map<String, Category> infoTypes) {
            if (node.isMissing()) {
                return none();
            }
            node.allowOnly("dayWords", "monthWords", "infoType", "window", "confidence", "yearWords", "minYearSpan",
                "quarterWords");
            Category birthDate = infoTypes.get(node.require("infoType").asString());
            if (birthDate == null || birthDate.attributeType() != AttributeType.QUASI_IDENTIFYING) {
                throw node.get("infoType").error("a declared QUASI_IDENTIFYING info type is needed");
            }
            int window = node.integer("window", 2);
            if (window < 2) {
                throw node.get("window").error("window must be at least 2 (a day and a month beside the year)");
            }
            int span = node.integer("minYearSpan", 30);
            if (span < 20) {
                throw node.get("minYearSpan").error("minYearSpan must be at least 20 (an event's years span a few)");
            }
            return new Rules(Set.copyOf(node.strings("dayWords")), Set.copyOf(node.strings("monthWords")), birthDate,
                window, node.number("confidence", 0.8, 0.6, 1),
                node.has("yearWords") ? Set.copyOf(node.strings("yearWords")) : Set.of(), span,
                node.has("quarterWords") ? Set.copyOf(node.strings("quarterWords")) : Set.of());
        }
    }

    private static final ValueRule.IntRange DAYS = new ValueRule.IntRange(1, 31);
    private static final ValueRule.IntRange MONTHS = new ValueRule.IntRange(1, 12);
    private static final ValueRule.IntRange YEARS = new ValueRule.IntRange(1880, 2100);
    private static final Pattern QUARTERS = Pattern.compile("(?i)\\s*[tqk]?[1-4]\\s*");
    private final Rules rules;

    BirthDateParts(Rules rules) {
        this.rules = rules;
    }

    /**
     * The columns with the day and the month of a split birth date read as birth dates (same order).
     *
     * @param subject whose rows the file holds: bare years are read as a birth year only in a file about persons
     */
    List<ColumnClassification> apply(List<ColumnClassification> columns, List<DataSubjects.Column> decided,
            DataSubject subject) {
        if (rules.birthDate() == null) {
            return columns;
        }
        boolean persons = subject == DataSubject.PERSON || subject == DataSubject.MIXED;
        int now = Year.now().getValue();
        List<ColumnClassification> out = new ArrayList<>(columns);
        for (int i = 0; i < columns.size(); i++) {
            Map<String, Integer> years = decided.get(i).evidence().distinctCounts;
            boolean birth = rules.birthDate().infoType().equals(columns.get(i).infoType());
            // The name is asked first: only a birth date's column or one named as a year has its values read.
            if (!birth && !(persons && namedAsYear(columns.get(i))) || !all(years, YEARS)
                    || !birth && BirthDates.yearSpan(years, now) < rules.minYearSpan()) {
                continue;
            }
            int day = part(i, columns, decided, rules.dayWords(), DAYS);
            int month = part(i, columns, decided, rules.monthWords(), MONTHS);
            if (!birth && month < 0) {
                month = part(i, columns, decided, rules.quarterWords(), QUARTERS);   // a birth quarter: T1-T4, Q3, 2
            }
            if (birth && day >= 0 && month >= 0) {
                out.set(day, asBirthDate(columns.get(day), columns.get(i).name()));
                out.set(month, asBirthDate(columns.get(month), columns.get(i).name()));
            } else if (!birth && month >= 0) {
                // The month is what makes bare years a birth: an event's year is seldom kept with its month alone.
                out.set(i, asBirthDate(columns.get(i), columns.get(i).name(), "years spread over decades beside a month"
                    + " or a quarter in a file about persons: the year of a birth date kept without its day"));
                out.set(month, asBirthDate(columns.get(month), columns.get(i).name()));
                if (day >= 0) {
                    out.set(day, asBirthDate(columns.get(day), columns.get(i).name()));
                }
            }
        }
        return out;
    }

    /** Whether the column, left harmless, is named as a year (its years must then be spread over decades). */
    private boolean namedAsYear(ColumnClassification c) {
        return c.attributeType() == AttributeType.INSENSITIVE && !rules.yearWords().isEmpty()
            && Text.nameTokens(c.name()).stream().anyMatch(rules.yearWords()::contains);
    }

    /** The index of a column within the window of {@code at}, named by {@code words}, all of whose values fit; or -1. */
    private int part(int at, List<ColumnClassification> columns, List<DataSubjects.Column> decided, Set<String> words,
            ValueRule.IntRange range) {
        return part(at, columns, decided, words, v -> range.contains(v.strip()));
    }

    private int part(int at, List<ColumnClassification> columns, List<DataSubjects.Column> decided, Set<String> words,
            Pattern shape) {
        return part(at, columns, decided, words, v -> shape.matcher(v).matches());
    }

    private int part(int at, List<ColumnClassification> columns, List<DataSubjects.Column> decided, Set<String> words,
            Predicate<String> fits) {
        for (int j = Math.max(0, at - rules.window()); j <= Math.min(columns.size() - 1, at + rules.window()); j++) {
            ColumnClassification c = columns.get(j);
            if (j == at || c.attributeType() == AttributeType.IDENTIFYING || c.attributeType() == AttributeType.SENSITIVE
                    && !c.reviewNeeded()) {
                continue;
            }
            Map<String, Integer> values = decided.get(j).evidence().distinctCounts;
            if (!words.isEmpty() && Text.nameTokens(c.name()).stream().anyMatch(words::contains) && !values.isEmpty()
                    && values.keySet().stream().allMatch(fits)) {
                return j;
            }
        }
        return -1;
    }

    /** Whether there are values and every one is a whole number of {@code range}. */
    private static boolean all(Map<String, Integer> values, ValueRule.IntRange range) {
        return !values.isEmpty() && values.keySet().stream().allMatch(v -> range.contains(v.strip()));
    }

    private ColumnClassification asBirthDate(ColumnClassification c, String year) {
        return asBirthDate(c, year, "a day and a month beside the birth date " + year
            + ": the parts of a birth date split over columns");
    }

    private ColumnClassification asBirthDate(ColumnClassification c, String year, String note) {
        Category b = rules.birthDate();
        return new ColumnClassification(c.name(), b.attributeType(), b.infoType(), b.domain(), b.protectedAttribute(),
            rules.confidence(), c.evidence().withNote(note), c.pinnedBy(), false);
    }
}
