package fr.vigie.classify;

import java.util.List;
import java.util.Set;

/**
 * A detector on column names. A pattern is a sequence of normalised words; a word ending in '*' is
 * a prefix. A pattern matches when its words match consecutive tokens of the name, or when it equals
 * a run of tokens written together ({@code datenaissance}).
 *
 * @param patterns   each pattern as its words
 * @param allOf      word groups: the rule also matches a name holding a word of every group, in any
 *                   order ("identifiant_famille", "num_pv"); such a match counts as one word per group
 * @param unless     the rule does not apply when the name holds one of these tokens
 * @param confirmBy  value rules that must confirm (ratio ≥ minConfirm) or the name match is dropped;
 *                   empty: the name alone suffices
 * @param rejectBy   value rules whose match (at their minRatio) drops the name match: a "nom" column of
 *                   "Piscine Olympique" and "Maison pour tous" names places, not people
 * @param supportedBy value rules of another info type whose match supports the name (dates for a birth date)
 * @param confidence confidence of a decision on the name alone
 * @param priority   breaks ties between matches with as many words (higher wins)
 * @param subject    what a column decided by this rule says the rows are (may be null)
 * @param wholeName  the patterns match only a name made of them alone: the bare word for "name" is a person's name
 *                   as a whole header, while inside a longer one it may name a school, a product or a town
 */
record NameRule(String id, Category category, List<List<String>> patterns, List<Set<String>> allOf, Set<String> unless,
        List<String> confirmBy, double minConfirm, List<String> rejectBy, List<String> supportedBy, double confidence, int priority,
        DataSubject subject, boolean wholeName) {
}
