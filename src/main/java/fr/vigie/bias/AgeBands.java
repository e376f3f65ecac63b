package fr.vigie.bias;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;

/**
 * Turns an age or a birth date ({@code yyyy-MM-dd} or {@code dd/MM/yyyy}) into an age band label
 * such as {@code <25}, {@code 25-39} or {@code 65+}, so that ages are compared as groups.
 */
final class AgeBands {
    private final int[] limits;
    private final LocalDate asOf;
    private final String[] labels;

    /** @param limits increasing lower limits of the bands after the first, e.g. [25, 40, 55, 65] */
    AgeBands(int[] limits, LocalDate asOf) {
        this.limits = limits.clone();
        this.asOf = asOf;
        this.labels = new String[limits.length + 1];
        labels[0] = "<" + limits[0];
        for (int i = 1; i < limits.length; i++) {
            labels[i] = limits[i - 1] + "-" + (limits[i] - 1);
        }
        labels[limits.length] = limits[limits.length - 1] + "+";
    }

    /** All band labels, youngest first. */
    String[] labels() {
        return labels.clone();
    }

    /** The date ages are computed at. */
    LocalDate asOf() {
        return asOf;
    }

    /** A band in a sentence: « les 25-39 ans », "people aged 25-39". */
    String phrase(String label, Lang lang) {
        String range = range(label, lang);
        if (label.startsWith("<")) {
            return lang.pick("les " + range, "people " + range);
        }
        return lang.pick("les " + range, "people aged " + range);
    }

    /** A band as a range of ages: « 25 à 39 ans », "under 25", "65 and over". */
    String range(String label, Lang lang) {
        if (label.startsWith("<")) {
            return lang.pick("moins de " + label.substring(1) + " ans", "under " + label.substring(1));
        }
        if (label.endsWith("+")) {
            String from = label.substring(0, label.length() - 1);
            return lang.pick(from + " ans et plus", from + " and over");
        }
        String[] bounds = label.split("-");
        return lang.pick(bounds[0] + " à " + bounds[1] + " ans", bounds[0] + " to " + bounds[1]);
    }

    /** The band of a raw cell, or null when it is neither a plausible age nor a date. */
    String band(String raw) {
        int age = age(raw.trim());
        if (age < 0 || age > 120) {
            return null;
        }
        int band = 0;
        while (band < limits.length && age >= limits[band]) {
            band++;
        }
        return labels[band];
    }

    /** Whether a raw cell looks like a date (the stratifier may be a birth date). */
    static boolean looksLikeDate(String text) {
        String t = text.trim();
        return t.length() == 10 && ((t.charAt(4) == '-' && t.charAt(7) == '-')
                || (t.charAt(2) == '/' && t.charAt(5) == '/'));
    }

    private int age(String text) {
        try {
            if (looksLikeDate(text)) {
                LocalDate birth = text.charAt(4) == '-'
                        ? LocalDate.of(num(text, 0, 4), num(text, 5, 7), num(text, 8, 10))
                        : LocalDate.of(num(text, 6, 10), num(text, 3, 5), num(text, 0, 2));
                return Period.between(birth, asOf).getYears();
            }
            double value = Double.parseDouble(text.replace(',', '.'));
            return Double.isNaN(value) ? -1 : (int) Math.floor(value);
        } catch (NumberFormatException | DateTimeException e) {
            return -1;
        }
    }

    private static int num(String text, int from, int to) {
        return Integer.parseInt(text.substring(from, to));
    }
}
