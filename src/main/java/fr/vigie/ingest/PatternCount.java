package fr.vigie.ingest;

/**
 * A value shape and how many values have it. The shape replaces digits by {@code 9}, upper-case letters
 * by {@code A} and other letters by {@code a}, keeping punctuation and spaces: {@code 06 12 34 56 78}
 * gives {@code 99 99 99 99 99}. It never holds a value.
 */
public record PatternCount(String pattern, long count) {
}
