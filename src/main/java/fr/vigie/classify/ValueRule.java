package fr.vigie.classify;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A detector on values: a pattern, a validator or a dictionary (all those given must accept a value).
 *
 * @param rejectIfContains values holding one of its phrases do not count (may be null)
 * @param minRatio         share of sampled values that must match
 * @param minDistinctRatio the rule only applies when distinct/sampled is at least this (0 = always)
 * @param maxDistinctRatio the rule only applies when distinct/sampled is at most this (1 = always)
 * @param alone            whether a match decides a column that has no name match
 * @param decisive         whether a match wins over a name match of another info type
 */
record ValueRule(String id, Category category, Pattern pattern, Predicate<String> validator,
        Dictionary dictionary, MatchMode match, Dictionary rejectIfContains, double minRatio,
        double minDistinctRatio, double maxDistinctRatio, boolean alone, boolean decisive) {

    enum MatchMode { EXACT, TOKEN, PHRASE }

    /** Whether a column whose distinct/sampled ratio is {@code distinctRatio} may be decided by this rule. */
    boolean fitsDistinctRatio(double distinctRatio) {
        return distinctRatio >= minDistinctRatio && distinctRatio <= maxDistinctRatio;
    }

    /** True for rules on the form of values (pattern or validator), as opposed to vocabularies. */
    boolean checksForm() {
        return pattern != null || validator != null;
    }

    /** Whether one value matches: {@code value} stripped, and its {@code words} from {@link Text#valueWords}. */
    boolean matches(String value, String[] words) {
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
                case EXACT -> dictionary.matchesExact(words);
                case TOKEN -> dictionary.matchesToken(words);
                case PHRASE -> dictionary.countPhrases(words, true) > 0;
            };
        }
        return true;
    }
}
