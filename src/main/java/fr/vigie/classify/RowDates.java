package fr.vigie.classify;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a date column lies against the other dates of the same rows: a person's birth comes before every event of their
 * row (the request, the entry, the hearing), by years; the date of a first contact comes before the request by days or
 * weeks. Read from the whole rows the sampler keeps, so that toddlers' birth dates, which lie within the years of the
 * file's events, are told apart from the events.
 */
final class RowDates {
    private static final Pattern YEAR_FIRST = Pattern.compile("\\s*(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})\\.?(?:[ T].*)?");
    private static final Pattern DAY_FIRST = Pattern.compile("\\s*(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})(?:[ T].*)?");

    private RowDates() {
    }

    /**
     * How one column's dates lie against the same rows' other dates.
     *
     * @param rows          rows holding a date in the column and in at least one of the others
     * @param beforeLatest  share of those rows where the column's date is not after the row's latest other date
     * @param medianGapDays the median, over those rows, of the days from the column's date to the row's earliest other
     *                      date (negative when after it)
     */
    record Lie(int rows, double beforeLatest, long medianGapDays) {
    }

    /** How column {@code column}'s dates lie against those of {@code others} in the sampled {@code rows}. */
    static Lie of(List<List<String>> rows, int column, List<Integer> others) {
        List<Long> gaps = new ArrayList<>();
        int before = 0;
        for (List<String> row : rows) {
            Long day = column < row.size() ? epochDay(row.get(column)) : null;
            if (day == null) {
                continue;
            }
            long earliest = Long.MAX_VALUE;
            long latest = Long.MIN_VALUE;
            for (int j : others) {
                Long other = j < row.size() ? epochDay(row.get(j)) : null;
                if (other != null) {
                    earliest = Math.min(earliest, other);
                    latest = Math.max(latest, other);
                }
            }
            if (earliest == Long.MAX_VALUE) {
                continue;
            }
            gaps.add(earliest - day);
            if (day <= latest) {
                before++;
            }
        }
        if (gaps.isEmpty()) {
            return new Lie(0, 0, 0);
        }
        Collections.sort(gaps);
        return new Lie(gaps.size(), (double) before / gaps.size(), gaps.get(gaps.size() / 2));
    }

    /**
     * How a date column's years add up with an age column's numbers on the same rows.
     *
     * @param rows  rows holding both a date in the column and a whole number of years (0 to 130) in the age column
     * @param share the largest share of those rows whose year plus age falls on one year or the next: the year the ages
     *              were counted, less one for the persons whose birthday had not yet come round
     * @param year  the later of those two years
     */
    record WithAge(int rows, double share, int year) {
    }

    /** How column {@code column}'s years add up with column {@code age}'s ages in the sampled {@code rows}. */
    static WithAge withAge(List<List<String>> rows, int column, int age) {
        Map<Integer, Integer> sums = new HashMap<>();
        int n = 0;
        for (List<String> row : rows) {
            Long day = column < row.size() ? epochDay(row.get(column)) : null;
            int years = age < row.size() ? years(row.get(age)) : -1;
            if (day == null || years < 0) {
                continue;
            }
            n++;
            sums.merge(LocalDate.ofEpochDay(day).getYear() + years, 1, Integer::sum);
        }
        int best = 0;
        int bestYear = -1;
        for (Map.Entry<Integer, Integer> e : sums.entrySet()) {
            int both = e.getValue() + sums.getOrDefault(e.getKey() + 1, 0);
            if (both > best) {
                best = both;
                bestYear = e.getKey() + 1;
            }
        }
        return new WithAge(n, n == 0 ? 0 : (double) best / n, bestYear);
    }

    /** A whole number of years, 0 to 130, written alone; -1 otherwise. */
    private static int years(String value) {
        if (value == null) {
            return -1;
        }
        String v = value.strip();
        if (v.isEmpty() || v.length() > 3) {
            return -1;
        }
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return -1;
            }
        }
        int years = Integer.parseInt(v);
        return years <= 130 ? years : -1;
    }

    /**
     * The day of a date written year first (2025-03-12, 2025.03.12.) or day first (12/03/2025, 3.6.2025; month first
     * when the first number cannot be a month's and the second can, 07/26/1996), a time after it ignored; null when the
     * value is no such date.
     */
    static Long epochDay(String value) {
        if (value == null) {
            return null;
        }
        int year;
        int month;
        int day;
        Matcher m = YEAR_FIRST.matcher(value);
        if (m.matches()) {
            year = Integer.parseInt(m.group(1));
            month = Integer.parseInt(m.group(2));
            day = Integer.parseInt(m.group(3));
        } else {
            m = DAY_FIRST.matcher(value);
            if (!m.matches()) {
                return null;
            }
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            year = Integer.parseInt(m.group(3));
            boolean monthFirst = a <= 12 && b > 12;
            day = monthFirst ? b : a;
            month = monthFirst ? a : b;
        }
        try {
            return LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
