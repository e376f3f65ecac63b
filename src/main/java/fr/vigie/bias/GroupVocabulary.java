package fr.vigie.bias;

import java.util.Map;

/**
 * Folds raw values of a protected attribute into groups (Femme, F, female → F; italienne, IT →
 * EU). Values no alias covers become {@code otherwise} when enough of the column matched an alias
 * (it is then a nationality column, say), else keep their own label (a district column).
 *
 * @param aliases       normalised raw value → group
 * @param otherwise     group for unmatched values, or null
 * @param minMatchShare share of known rows that must match an alias for {@code otherwise} to apply
 */
record GroupVocabulary(Map<String, String> aliases, String otherwise, double minMatchShare) {
    GroupVocabulary {
        aliases = Map.copyOf(aliases);
    }

    /** The group of a raw value, or null when no alias covers it. */
    String groupOf(String raw) {
        return aliases.get(BiasRules.normalise(raw));
    }
}
