package fr.vigie.classify;

/**
 * A series of record keys written as a letter prefix and a number of one width ({@code S5001}, {@code P1042},
 * {@code U7003}): every value different, one prefix and one length for all. Such keys can look like ICD-10 codes
 * written without their dot ({@code S5000} reads as S50.00), but a column of diagnoses repeats its codes and mixes the
 * chapters' letters; a pupil's, a patient's or a user's number does neither.
 */
final class KeySeries {
    /** Fewer values than this say nothing about a series (a handful of diagnoses can all differ). */
    static final int MIN_VALUES = 20;
    /** Share of the sampled values that must be different (a key may repeat on a row exported twice). */
    static final double MIN_DISTINCT_RATIO = 0.95;
    /**
     * Digits after the letters: a letter and three digits is a whole WHO ICD-10 code without its dot (F20.0, C50.9),
     * and a psychiatric or oncology file's codes can all differ; four digits are more than ICD-10 writes (S50.00).
     */
    static final int MIN_DIGITS = 4;

    private KeySeries() {
    }

    /**
     * Whether the distinct {@code values} (stripped) of a column of {@code sampled} values are such a series: at least
     * {@link #MIN_VALUES}, different on nearly every row, all of one length, the same letters then digits only.
     */
    static boolean of(String[] values, int sampled) {
        if (values.length < MIN_VALUES || values.length < MIN_DISTINCT_RATIO * sampled) {
            return false;
        }
        String prefix = letters(values[0]);
        int length = values[0].length();
        if (prefix.isEmpty() || length - prefix.length() < MIN_DIGITS) {
            return false;
        }
        for (String v : values) {
            if (v.length() != length || !v.startsWith(prefix) || !digitsFrom(v, prefix.length())) {
                return false;
            }
        }
        return true;
    }

    private static String letters(String value) {
        int i = 0;
        while (i < value.length() && value.charAt(i) >= 'A' && value.charAt(i) <= 'Z'
                || i < value.length() && value.charAt(i) >= 'a' && value.charAt(i) <= 'z') {
            i++;
        }
        return value.substring(0, i);
    }

    private static boolean digitsFrom(String value, int start) {
        for (int i = start; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
