package fr.vigie.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The spread of the years of a date column: birth dates spread over decades, event dates do not. */
final class BirthDates {
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[89]\\d{2}|20\\d{2})(?!\\d)");

    private BirthDates() {
    }

    /**
     * Years between the 5th and the 95th percentile of the years found in the values (weighted by
     * their counts); -1 when a year is after {@code currentYear} (a birth date is never in the future)
     * or when no year is found.
     */
    static int yearSpan(Map<String, Integer> distinctCounts, int currentYear) {
        Spread spread = spread(distinctCounts, currentYear);
        return spread == null ? -1 : spread.span();
    }

    /**
     * The 5th and 95th percentile years of the values (weighted by their counts); null when a year is after
     * {@code currentYear} or when no year is found.
     */
    static Spread spread(Map<String, Integer> distinctCounts, int currentYear) {
        List<int[]> years = new ArrayList<>();
        long total = 0;
        for (Map.Entry<String, Integer> e : distinctCounts.entrySet()) {
            Matcher m = YEAR.matcher(e.getKey());
            // A Japanese era's year ("昭和30年") is read only when no Gregorian year is written.
            int era = m.find() ? -2 : e.getKey().indexOf('年') > 0 ? Validators.japaneseYear(e.getKey()) : -1;
            if (era != -1) {
                int year = era == -2 ? Integer.parseInt(m.group(1)) : era;
                if (year > currentYear) {
                    return null;
                }
                years.add(new int[] {year, e.getValue()});
                total += e.getValue();
            }
        }
        if (years.isEmpty()) {
            return null;
        }
        Collections.sort(years, (a, b) -> Integer.compare(a[0], b[0]));
        return new Spread(percentile(years, total, 0.05), percentile(years, total, 0.95));
    }

    /** The latest year found in the values, or -1. */
    static int latestYear(Map<String, Integer> distinctCounts) {
        int latest = -1;
        for (String value : distinctCounts.keySet()) {
            Matcher m = YEAR.matcher(value);
            if (m.find()) {
                latest = Math.max(latest, Integer.parseInt(m.group(1)));
            } else if (value.indexOf('年') > 0) {
                latest = Math.max(latest, Validators.japaneseYear(value));
            }
        }
        return latest;
    }

    /** The years most values of a date column lie between (5th and 95th percentile). */
    record Spread(int first, int last) {
        int span() {
            return last - first;
        }
    }

    private static int percentile(List<int[]> sortedYears, long total, double p) {
        long rank = (long) Math.ceil(p * total);
        long seen = 0;
        for (int[] year : sortedYears) {
            seen += year[1];
            if (seen >= rank) {
                return year[0];
            }
        }
        return sortedYears.get(sortedYears.size() - 1)[0];
    }
}
