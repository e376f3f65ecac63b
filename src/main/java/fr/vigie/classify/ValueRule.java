package fr.vigie.classify;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A detector on values: a pattern, a validator or a dictionary (all those given must accept a value).
 *
 * @param rejectIfContains values holding one of its phrases do not count (may be null)
 * @param minRatio         share of sampled values that must match
 * @param maxDistinctRatio the rule only applies when distinct/sampled is at most this (1 = always)
 * @param alone            whether a match decides a column that has no name match
 * @param decisive         whether a match wins over a name match of another info type
 */
record ValueRule(String id, Category category, Pattern pattern, Predicate<String> validator,
        Dictionary dictionary, MatchMode match, Dictionary rejectIfContains, double minRatio,
        double maxDistinctRatio, boolean alone, boolean decisive) {

    enum MatchMode { EXACT, TOKEN, PHRASE }

    /** Whether one value matches: {@code value} stripped, {@code normalised} and its {@code words} from {@link Text}. */
    boolean matches(String value, String normalised, String[] words) {
        if (pattern != null && !pattern.matcher(value).matches()) {
            return false;
        }
        if (validator != null && !validator.test(value)) {
            return false;
        }
        if (rejectIfContains != null && rejectIfContains.countPhrases(words, true) > 0) {
            return false;
        }
        if (dictionary != null) {
            return switch (match) {
                case EXACT -> dictionary.matchesExact(normalised);
                case TOKEN -> dictionary.matchesToken(normalised);
                case PHRASE -> dictionary.countPhrases(words, true) > 0;
            };
        }
        return true;
    }
}
