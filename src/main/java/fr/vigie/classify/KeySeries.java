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

    /** Fewer different values than this say nothing of how codes of a letter and three digits spread. */
    static final int MIN_SPREAD_VALUES = 50;
    /** Share of the sampled values that must be different: diagnoses of persons repeat more. */
    static final double MIN_SPREAD_DISTINCT = 0.6;
    /** Letters a series of keys or a building's wings use at most; varied diagnoses mix more chapters. */
    static final int MAX_LETTERS = 3;
    /** Share of the rows the most frequent value may hold: a frequent diagnosis holds more. */
    static final double MAX_TOP_SHARE = 0.05;

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

    /**
     * Whether the distinct {@code values} (stripped, each seen {@code counts} times) of a column of {@code sampled} values
     * are keys or locators written as a letter and three digits ({@code B270}, {@code A202}: a member's number, a room in
     * wing A), not ICD-10 codes without their dot: at least {@link #MIN_SPREAD_VALUES} different values and
     * {@link #MIN_SPREAD_DISTINCT} of the sampled ones, at most {@link #MAX_LETTERS} letters, and no value on more than
     * {@link #MAX_TOP_SHARE} of the rows. Diagnoses of persons concentrate on a few frequent codes (a psychiatric file's
     * F20.0 and F32.1, an oncology file's C50.9) and mix more chapters when they are varied; keys and rooms do neither.
     */
    static boolean ofLetterAndThreeDigits(String[] values, int[] counts, int sampled) {
        if (values.length < MIN_SPREAD_VALUES || values.length < MIN_SPREAD_DISTINCT * sampled) {
            return false;
        }
        int letters = 0;
        int top = 0;
        for (int i = 0; i < values.length; i++) {
            String v = values[i];
            if (v.length() != 4 || letters(v).length() != 1 || !digitsFrom(v, 1)) {
                return false;
            }
            int bit = 1 << (Character.toUpperCase(v.charAt(0)) - 'A');
            letters |= bit;
            top = Math.max(top, counts[i]);
        }
        return Integer.bitCount(letters) <= MAX_LETTERS && top <= MAX_TOP_SHARE * sampled;
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
