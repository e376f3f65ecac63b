package fr.vigie.classify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * What was measured on one column before deciding: the best name match and, for each value rule,
 * how many sampled values it accepted. A rule is run over the values the first time the decision
 * asks about it (a code-list profile only when a short census name needs it), so adding rules that
 * rarely apply costs little; asked only whether a rule reaches a share ({@link #reaches}), the run stops as soon as the
 * values that failed rule it out. Package-private: results expose only {@link Evidence}.
 */
final class ColumnEvidence {
    /** Different values a column of free text has at least (unless every value is different). */
    static final int FREE_TEXT_MIN_DISTINCT = 20;
    /** From this share of capitalised words, long values are names or titles rather than sentences (German capitalises nouns). */
    static final double MAX_CAPITALISED_SHARE = 0.6;
    final String name;
    final List<NameHit> nameHits;
    final int sampled;
    final int distinct;
    final Map<String, Integer> distinctCounts;
    final double averageLength;
    final double multiWordShare;
    /** Share of sampled values holding a letter (categories and names, not numbers or codes). */
    final double letterShare;
    /**
     * Share of sampled values that are URLs, paths ("/recherche?tel=...") or JSON objects ({"email": ...}): query
     * strings and event properties leak identifiers.
     */
    final double urlShare;
    /** Share of the words of the sampled values that start with a capital: high in lists of names, low in sentences. */
    final double capitalisedShare;
    /** Whether the values are a series of keys ({@link KeySeries}): rules with {@code notKeySeries} match none of them. */
    final boolean keySeries;
    /**
     * Whether the values are keys or locators of a letter and three digits spread as no diagnoses are
     * ({@link KeySeries#ofLetterAndThreeDigits}): rules with {@code notKeySeries} match none of them either.
     */
    final boolean letteredKeys;
    private final List<ValueRule> valueRules;
    /** Per value rule, once run: sampled values that match it, harmless members of its family, distinct values matching. */
    private final boolean[] run;
    private final int[] valueMatches;
    private final int[] memberMatches;
    private final int[] distinctMatches;
    /** Per value rule, whether a run was given up (see {@link #reaches}): it is run whole if asked after the release. */
    private final boolean[] givenUp;
    /** The distinct values as the rules read them (stripped, their words, the words joined), until released. */
    private String[] values;
    private String[][] words;
    private String[] joined;
    private int[] counts;
    /** The info types read from the name that the values denied (see {@link NameShapes}). */
    private final Set<String> denied = new LinkedHashSet<>();

    private ColumnEvidence(String name, List<NameHit> nameHits, int sampled, Map<String, Integer> distinctCounts,
            List<ValueRule> valueRules) {
        this.name = name;
        this.nameHits = nameHits;
        this.sampled = sampled;
        this.distinct = distinctCounts.size();
        this.distinctCounts = distinctCounts;
        this.valueRules = valueRules;
        int rules = valueRules.size();
        this.run = new boolean[rules];
        this.valueMatches = new int[rules];
        this.memberMatches = new int[rules];
        this.distinctMatches = new int[rules];
        this.givenUp = new boolean[rules];
        this.values = new String[distinct];
        this.words = new String[distinct][];
        this.joined = new String[distinct];
        this.counts = new int[distinct];
        long totalLength = 0;
        long multiWord = 0;
        long lettered = 0;
        long urls = 0;
        long wordCount = 0;
        long capitalised = 0;
        int i = 0;
        for (Map.Entry<String, Integer> e : distinctCounts.entrySet()) {
            String raw = e.getKey();
            int n = e.getValue();
            read(i, raw, n);
            String value = values[i];
            String[] w = words[i];
            totalLength += (long) raw.length() * n;
            multiWord += w.length >= 4 ? n : 0;
            lettered += hasLetter(value) ? n : 0;
            urls += isUrl(value) ? n : 0;
            long[] caps = capitalisedWords(value);
            wordCount += caps[0] * n;
            capitalised += caps[1] * n;
            i++;
        }
        this.averageLength = sampled == 0 ? 0 : (double) totalLength / sampled;
        this.multiWordShare = sampled == 0 ? 0 : (double) multiWord / sampled;
        this.letterShare = sampled == 0 ? 0 : (double) lettered / sampled;
        this.urlShare = sampled == 0 ? 0 : (double) urls / sampled;
        this.capitalisedShare = wordCount == 0 ? 0 : (double) capitalised / wordCount;
        this.keySeries = KeySeries.of(values, sampled);
        this.letteredKeys = !keySeries && KeySeries.ofLetterAndThreeDigits(values, counts, sampled);
    }

    /** Value {@code i} as the rules read it: {@code raw} stripped, its words, the words joined; {@code n} times sampled. */
    private void read(int i, String raw, int n) {
        String value = raw.strip();
        String[] w = Text.valueWords(Text.normalize(value));
        values[i] = value;
        words[i] = w;
        joined[i] = w.length == 1 ? w[0] : String.join(" ", w);
        counts[i] = n;
    }

    /** The distinct values as the rules read them, read again from {@link #distinctCounts}. */
    private void readValues() {
        values = new String[distinct];
        words = new String[distinct][];
        joined = new String[distinct];
        counts = new int[distinct];
        int i = 0;
        for (Map.Entry<String, Integer> e : distinctCounts.entrySet()) {
            read(i++, e.getKey(), e.getValue());
        }
    }

    /** Words of the value (runs of letters) and those of them starting with a capital. */
    private static long[] capitalisedWords(String value) {
        long words = 0;
        long capitals = 0;
        boolean inWord = false;
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            boolean letter = Character.isLetter(c);
            if (letter && !inWord) {
                words++;
                capitals += Character.isUpperCase(c) ? 1 : 0;
            }
            inWord = letter;
        }
        return new long[] {words, capitals};
    }

    /** Runs value rule {@code r} over the distinct values, once. */
    private void ensure(int r) {
        scan(r, 0);
    }

    /**
     * Runs value rule {@code r} over the distinct values unless it was run; gives up, leaving it not run, as soon as so
     * many values failed it that its ratio cannot reach {@code minRatio} (0: never gives up). Whether it was run whole.
     */
    private boolean scan(int r, double minRatio) {
        if (run[r]) {
            return true;
        }
        if (values == null) {
            if (!givenUp[r]) {
                throw new IllegalStateException("value rule " + valueRules.get(r).id() + " asked after the values were released");
            }
            // Given up before the release, where the whole run would have been done: read the values again for it.
            readValues();
            scan(r, 0);
            values = null;
            words = null;
            joined = null;
            counts = null;
            return true;
        }
        ValueRule rule = valueRules.get(r);
        if (rule.notKeySeries() && (keySeries || letteredKeys)) {
            run[r] = true;
            return true;
        }
        Matcher matcher = rule.matcher();
        int matching = 0;
        int members = 0;
        int distinctMatching = 0;
        int failed = 0;
        for (int i = 0; i < values.length; i++) {
            switch (rule.test(values[i], words[i], joined[i], matcher)) {
                case MATCH -> {
                    matching += counts[i];
                    distinctMatching++;
                }
                case MEMBER -> members += counts[i];
                case NONE -> {
                    failed += counts[i];
                    // Matches and members together are at most the values that did not fail: ratio's upper bound.
                    if ((double) (sampled - failed) / sampled < minRatio) {
                        givenUp[r] = true;
                        return false;
                    }
                }
            }
        }
        valueMatches[r] = matching;
        memberMatches[r] = members;
        distinctMatches[r] = distinctMatching;
        run[r] = true;
        return true;
    }

    /**
     * Whether {@link #ratio}{@code (r) >= minRatio}, reading no more values than it takes: most rules asked about a
     * column match none of its values, and this stops at the first few that fail.
     */
    boolean reaches(int r, double minRatio) {
        if (sampled > 0 && !scan(r, minRatio)) {
            return false;
        }
        return ratio(r) >= minRatio;
    }

    /** Runs the given rules now, then lets the values go: only these (and those already run) can be asked about. */
    void release(List<Integer> keep) {
        keep.forEach(this::ensure);
        values = null;
        words = null;
        joined = null;
        counts = null;
    }

    /** Records that the values deny {@code infoType}, which the name or a value rule gave. */
    void deny(String infoType) {
        denied.add(infoType);
    }

    /**
     * Whether the name's types were all denied by the values: the name said something the values contradict, so
     * the column is as unexplained as one whose name no rule knows.
     */
    boolean nameDenied() {
        return !denied.isEmpty() && nameHits.stream().allMatch(hit -> denied.contains(hit.rule().category().infoType()));
    }

    /**
     * Whether every name rule that matched read only part of the name: "Niveau de risque" read as a class level by
     * "niveau" leaves "risque" unread, so when the values do not bear the reading out, the name has said nothing of what
     * the column holds. A name read whole ("genre", "gestionnaire") still says what it holds.
     */
    boolean namePartlyRead() {
        int words = Text.nameTokens(name).size();
        return !nameHits.isEmpty() && nameHits.stream().allMatch(hit -> hit.words() < words);
    }

    /** Whether the values denied {@code infoType}. */
    boolean denied(String infoType) {
        return denied.contains(infoType);
    }

    /** Whether the values denied a type (from the name or from a value rule). */
    boolean anyDenied() {
        return !denied.isEmpty();
    }

    /** Sampled values that value rule {@code r} matches. */
    int matches(int r) {
        ensure(r);
        return valueMatches[r];
    }

    /** Distinct sampled values that value rule {@code r} matches. */
    int distinctMatches(int r) {
        ensure(r);
        return distinctMatches[r];
    }

    /** The name pattern that matched best, with its rule. */
    record NameHit(NameRule rule, String pattern, int words, int length, int prefixes) {
        int priority() {
            return rule.priority();
        }
    }

    static ColumnEvidence of(String name, List<String> sample, ClassificationRules rules) {
        List<String> tokens = Text.nameTokens(name);
        List<NameHit> hits = matchNames(tokens, rules.nameRules());
        if (hits.isEmpty() && tokens.size() == 1) {
            hits = withoutSuffix(tokens.get(0), rules);
        }
        return new ColumnEvidence(name, hits, sample.size(), Classifier.distinctCounts(sample), rules.valueRules());
    }

    /** "sexem" read as "sexe", for the rules whose values must confirm the name (a code list, a profile). */
    private static List<NameHit> withoutSuffix(String token, ClassificationRules rules) {
        for (String suffix : rules.codedNameSuffixes()) {
            if (token.length() >= suffix.length() + 3 && token.endsWith(suffix)) {
                String stripped = token.substring(0, token.length() - suffix.length());
                return matchNames(List.of(stripped), rules.nameRules()).stream()
                    .filter(hit -> !hit.rule().confirmBy().isEmpty()).toList();
            }
        }
        return List.of();
    }

    private static boolean isUrl(String value) {
        // A JSON object, an array of them or one cut by the export, or key=value pairs: keys and values are read as text's.
        if (value.length() > 1 && value.charAt(0) == '{' && value.charAt(value.length() - 1) == '}'
                || JsonKeys.looksLikeObject(value)
                || KeyValuePairs.looksLikePairs(value)) {
            return true;
        }
        return value.length() > 1 && value.indexOf(' ') < 0
            && (value.charAt(0) == '/' || value.startsWith("http://") || value.startsWith("https://") || value.startsWith("www."));
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
        if (rule.members() == null && rule.remarks() == null || share < rule.minMatchShare() || share == 0) {
            return share;
        }
        return (double) (valueMatches[valueRuleIndex] + memberMatches[valueRuleIndex]) / sampled;
    }

    /** The share of sampled values the rule matches (members of its family left aside). */
    double matchShare(int valueRuleIndex) {
        return sampled == 0 ? 0 : (double) matches(valueRuleIndex) / sampled;
    }

    /**
     * Whether the values read as free text: long on average, many of several words, and varied (at least
     * {@link #FREE_TEXT_MIN_DISTINCT} different values, or every value different): "Centre de prévention Montpellier
     * Nord" repeated over a few values is a category, not text.
     */
    boolean isFreeText(double minAverageLength, double minMultiWordShare) {
        return averageLength >= minAverageLength && multiWordShare >= minMultiWordShare
            && (distinct >= FREE_TEXT_MIN_DISTINCT || distinct == sampled);
    }

    /**
     * Whether the free text is written in sentences, most words in lower case: "Jean MARTIN, Marie MARTIN née
     * DUPONT" is a list of names, not sentences.
     */
    boolean isSentences(double minAverageLength, double minMultiWordShare) {
        return isFreeText(minAverageLength, minMultiWordShare) && capitalisedShare < MAX_CAPITALISED_SHARE;
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
                if (rule.wholeName() && pattern.size() != tokens.size()) {
                    continue;
                }
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
