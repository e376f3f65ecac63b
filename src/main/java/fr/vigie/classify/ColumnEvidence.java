package fr.vigie.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What was measured on one column before deciding: the best name match and, for every value rule,
 * how many sampled values it accepted. Package-private: results expose only {@link Evidence}.
 */
final class ColumnEvidence {
    final String name;
    final List<NameHit> nameHits;
    final int sampled;
    final int distinct;
    final Map<String, Integer> distinctCounts;
    /** Per value rule: sampled values that match it, harmless members of its family, distinct values matching. */
    final int[] valueMatches;
    final int[] memberMatches;
    final int[] distinctMatches;
    final double averageLength;
    final double multiWordShare;
    /** Share of sampled values holding a letter (categories and names, not numbers or codes). */
    final double letterShare;
    private final List<ValueRule> valueRules;

    private ColumnEvidence(String name, List<NameHit> nameHits, int sampled, Map<String, Integer> distinctCounts,
            List<ValueRule> valueRules, Counts counts) {
        this.name = name;
        this.nameHits = nameHits;
        this.sampled = sampled;
        this.distinct = distinctCounts.size();
        this.distinctCounts = distinctCounts;
        this.valueRules = valueRules;
        this.valueMatches = counts.matches;
        this.memberMatches = counts.members;
        this.distinctMatches = counts.distinct;
        this.averageLength = sampled == 0 ? 0 : (double) counts.totalLength / sampled;
        this.multiWordShare = sampled == 0 ? 0 : (double) counts.multiWord / sampled;
        this.letterShare = sampled == 0 ? 0 : (double) counts.lettered / sampled;
    }

    /** What one pass over the distinct values counts. */
    private static final class Counts {
        final int[] matches;
        final int[] members;
        final int[] distinct;
        long totalLength;
        long multiWord;
        long lettered;

        Counts(int rules) {
            matches = new int[rules];
            members = new int[rules];
            distinct = new int[rules];
        }
    }

    /** The name pattern that matched best, with its rule. */
    record NameHit(NameRule rule, String pattern, int words, int length, int prefixes) {
        int priority() {
            return rule.priority();
        }
    }

    static ColumnEvidence of(String name, List<String> sample, ClassificationRules rules) {
        List<NameHit> hits = matchNames(Text.nameTokens(name), rules.nameRules());
        Map<String, Integer> values = Classifier.distinctCounts(sample);
        List<ValueRule> valueRules = rules.valueRules();
        Counts counts = new Counts(valueRules.size());
        for (Map.Entry<String, Integer> e : values.entrySet()) {
            String raw = e.getKey();
            int n = e.getValue();
            String value = raw.strip();
            String[] words = Text.valueWords(Text.normalize(value));
            String joined = words.length == 1 ? words[0] : String.join(" ", words);
            counts.totalLength += (long) raw.length() * n;
            if (words.length >= 4) {
                counts.multiWord += n;
            }
            if (hasLetter(value)) {
                counts.lettered += n;
            }
            for (int r = 0; r < counts.matches.length; r++) {
                switch (valueRules.get(r).test(value, words, joined)) {
                    case MATCH -> {
                        counts.matches[r] += n;
                        counts.distinct[r]++;
                    }
                    case MEMBER -> counts.members[r] += n;
                    case NONE -> {
                    }
                }
            }
        }
        return new ColumnEvidence(name, hits, sample.size(), values, valueRules, counts);
    }

    private static boolean hasLetter(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isLetter(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * How well the values fit a value rule: the share of sampled values it matches; for a rule with
     * members, the share of the family (matches and members) once enough values match.
     */
    double ratio(int valueRuleIndex) {
        double share = matchShare(valueRuleIndex);
        ValueRule rule = valueRules.get(valueRuleIndex);
        if (rule.members() == null || share < rule.minMatchShare() || share == 0) {
            return share;
        }
        return (double) (valueMatches[valueRuleIndex] + memberMatches[valueRuleIndex]) / sampled;
    }

    /** The share of sampled values the rule matches (members of its family left aside). */
    double matchShare(int valueRuleIndex) {
        return sampled == 0 ? 0 : (double) valueMatches[valueRuleIndex] / sampled;
    }

    double distinctRatio() {
        return sampled == 0 ? 1 : (double) distinct / sampled;
    }

    /**
     * The best hit of each rule matching the tokens, most specific first (see {@link #moreSpecific});
     * among equals, file order.
     */
    static List<NameHit> matchNames(List<String> tokens, List<NameRule> rules) {
        List<NameHit> hits = new ArrayList<>();
        for (NameRule rule : rules) {
            if (tokens.stream().anyMatch(rule.unless()::contains)) {
                continue;
            }
            NameHit best = null;
            for (List<String> pattern : rule.patterns()) {
                int spanned = matchedTokens(pattern, tokens);
                if (spanned > 0) {
                    // Specificity counts the name's tokens covered: "email" matched as "e mail" is one word.
                    NameHit candidate = new NameHit(rule, String.join(" ", pattern), spanned,
                        pattern.stream().mapToInt(w -> w.endsWith("*") ? w.length() - 1 : w.length()).sum(),
                        (int) pattern.stream().filter(w -> w.endsWith("*")).count());
                    if (best == null || moreSpecific(candidate, best)) {
                        best = candidate;
                    }
                }
            }
            NameHit combined = matchAllOf(rule, tokens);
            if (combined != null && (best == null || moreSpecific(combined, best))) {
                best = combined;
            }
            if (best != null) {
                hits.add(best);
            }
        }
        // Stable sort: equally specific hits keep the order of the rules file.
        hits.sort((a, b) -> moreSpecific(a, b) ? -1 : moreSpecific(b, a) ? 1 : 0);
        return List.copyOf(hits);
    }

    /** A hit when every word group of the rule has a word among the tokens; shown as the words found. */
    private static NameHit matchAllOf(NameRule rule, List<String> tokens) {
        if (rule.allOf().isEmpty()) {
            return null;
        }
        List<String> found = new ArrayList<>();
        for (Set<String> group : rule.allOf()) {
            String word = tokens.stream().filter(group::contains).findFirst().orElse(null);
            if (word == null) {
                return null;
            }
            found.add(word);
        }
        return new NameHit(rule, String.join(" + ", found), found.size(), found.stream().mapToInt(String::length).sum(), 0);
    }

    /** More words, then higher rule priority, then fewer prefix words, then more letters. */
    private static boolean moreSpecific(NameHit a, NameHit b) {
        if (a.words() != b.words()) {
            return a.words() > b.words();
        }
        if (a.priority() != b.priority()) {
            return a.priority() > b.priority();
        }
        if (a.prefixes() != b.prefixes()) {
            return a.prefixes() < b.prefixes();
        }
        return a.length() > b.length();
    }

    /** Number of name tokens the pattern covers where it matches (0 when it does not). */
    static int matchedTokens(List<String> pattern, List<String> tokens) {
        for (int start = 0; start + pattern.size() <= tokens.size(); start++) {
            boolean all = true;
            for (int k = 0; k < pattern.size() && all; k++) {
                all = wordMatches(pattern.get(k), tokens.get(start + k));
            }
            if (all) {
                return pattern.size();
            }
        }
        return pattern.size() > 1 ? matchedGlued(pattern, tokens) : 0;
    }

    /** "datenaissance", "numsecu": the pattern's words written together as one or more tokens. */
    private static int matchedGlued(List<String> pattern, List<String> tokens) {
        StringBuilder glued = new StringBuilder();
        for (int k = 0; k < pattern.size(); k++) {
            String word = pattern.get(k);
            boolean prefix = word.endsWith("*");
            if (prefix && k < pattern.size() - 1) {
                return 0;
            }
            glued.append(prefix ? word.substring(0, word.length() - 1) : word);
        }
        boolean prefix = pattern.get(pattern.size() - 1).endsWith("*");
        String target = glued.toString();
        for (int start = 0; start < tokens.size(); start++) {
            StringBuilder run = new StringBuilder();
            for (int end = start; end < tokens.size(); end++) {
                run.append(tokens.get(end));
                if (run.length() >= target.length()) {
                    // The run must end exactly with the pattern, or inside its last (prefix) word.
                    if (prefix ? run.indexOf(target) == 0 : run.toString().equals(target)) {
                        return end - start + 1;
                    }
                    break;
                }
                if (!target.startsWith(run.toString())) {
                    break;
                }
            }
        }
        return 0;
    }

    private static boolean wordMatches(String word, String token) {
        return word.endsWith("*") ? token.startsWith(word.substring(0, word.length() - 1)) : token.equals(word);
    }
}
