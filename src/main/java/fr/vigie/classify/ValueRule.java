package fr.vigie.classify;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A detector on values: a pattern, a validator, an integer range and/or a dictionary (all those given
 * must accept a value).
 *
 * @param domains          with {@code match: MAILBOX}, the domains a mailbox's domain is compared to whole ("gmx.de"),
 *                         lower case; the local part is read against {@code dictionary} (may be null)
 * @param rejectIfContains values holding one of its phrases do not count (may be null)
 * @param members          values of the same family that reveal nothing ("Standard" among diets,
 *                         "Aucune" among allergies): they count towards {@code minRatio} but are no
 *                         match; compared word for word (may be null)
 * @param remarks          with a validator: words written instead of the value ("refused on religious grounds", "odmowa",
 *                         "відмова"), read as phrases in a value holding no digit; they count towards {@code minRatio}
 *                         like members, so that a fifth of persons refusing their number leaves the numbers to decide
 *                         (may be null)
 * @param remarksTell      the id of a value rule whose matches among the remarks tell a special category of those who
 *                         wrote them (a refusal on religious grounds tells a belief): a column this rule decides then
 *                         carries that rule's domain and protected attribute (may be null)
 * @param integers         values must be whole numbers in this range (may be null)
 * @param minRatio         share of sampled values that must match (matches and members together when
 *                         the rule has members)
 * @param minMatchShare    with members: share of sampled values that must match the dictionary itself
 * @param minDistinctRatio the rule only applies when distinct/sampled is at least this (0 = always)
 * @param maxDistinctRatio the rule only applies when distinct/sampled is at most this (1 = always)
 * @param alone            whether a match decides a column that has no name match
 * @param decisive         whether a match wins over a name match of another info type
 * @param subject          what a column decided by this rule says the rows are (may be null)
 * @param review           whether a share of matches too small to decide flags an unnamed column for review
 * @param notKeySeries     the rule matches nothing in a column whose values are a series of keys ({@link KeySeries}:
 *                         {@code S5000}, {@code S5001}... are pupils' numbers, not ICD-10 codes)
 * @param vietnameseFamilyNames with {@code match: TOKEN}: a value written in Vietnamese ({@link Text#vietnamese}) counts
 *                         only when one of its words is in this list: Vietnamese given names are syllables of everyday
 *                         words ("Nam" south, "An" peace, "Tiền" money), and every Vietnamese person's name holds a family
 *                         name of a short list (may be null); "Lê", which values' words lose as the little word "le", is
 *                         read at the head of the value
 * @param surnameWords     with {@code match: TOKEN}: words of the dictionary that are also family names ("Fontaine",
 *                         "Borne", "Fontana"); a value writing one as a person's name does not count: one word alone or
 *                         joined to another by a hyphen ("FONTAINE", "FONTAINE-MOREL"), or two words one of which is a
 *                         first name of {@code firstNames} ("Fontana Giulia", "Anne FONTAINE"). A thing is named by the
 *                         word followed by what it is named after ("Fontaine du square", "Trinkbrunnen Rosa Luxemburg")
 *                         (may be null, together with {@code firstNames})
 * @param firstNames       the first names read beside {@code surnameWords} (may be null, together with it)
 */
record ValueRule(String id, Category category, Pattern pattern, Predicate<String> validator,
        Dictionary dictionary, MatchMode match, java.util.Set<String> domains, Dictionary rejectIfContains, Dictionary members,
        Dictionary remarks, String remarksTell, IntRange integers,
        double minRatio, double minMatchShare, double minDistinctRatio, double maxDistinctRatio, boolean alone,
        boolean decisive, DataSubject subject, boolean review, boolean notKeySeries, Dictionary vietnameseFamilyNames,
        Dictionary surnameWords, Dictionary firstNames) {
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /**
     * How a dictionary reads a value: the whole value, one of its words, a phrase among its words; or, for a mailbox,
     * its domain as a whole or one word of its local part, digits set apart ("valerie67@yahoo.fr": yahoo.fr, valerie).
     */
    enum MatchMode { EXACT, TOKEN, PHRASE, MAILBOX }

    /** What one value is to a rule. */
    enum Verdict { NONE, MATCH, MEMBER }

    /** Whole numbers from {@code min} to {@code max}, written plainly ("07", "12", "3.0" from a float column). */
    record IntRange(long min, long max) {
        boolean contains(String value) {
            int end = value.length();
            int dot = value.indexOf('.');
            if (dot >= 0) {
                for (int i = dot + 1; i < end; i++) {
                    if (value.charAt(i) != '0') {
                        return false;
                    }
                }
                end = dot;
            }
            int start = value.startsWith("-") || value.startsWith("+") ? 1 : 0;
            if (end - start < 1 || end - start > 18) {
                return false;
            }
            for (int i = start; i < end; i++) {
                char c = value.charAt(i);
                if (c < '0' || c > '9') {
                    return false;
                }
            }
            long n = Long.parseLong(value, start, end, 10);
            n = value.startsWith("-") ? -n : n;
            return n >= min && n <= max;
        }
    }

    /** Whether a column whose distinct/sampled ratio is {@code distinctRatio} may be decided by this rule. */
    boolean fitsDistinctRatio(double distinctRatio) {
        return distinctRatio >= minDistinctRatio && distinctRatio <= maxDistinctRatio;
    }

    /** True for rules on the form of values (pattern, validator or range), as opposed to vocabularies. */
    boolean checksForm() {
        return pattern != null || validator != null || integers != null;
    }

    /**
     * Whether one value matches: {@code value} stripped, its {@code words} from {@link Text#valueWords}
     * and those words {@code joined} by spaces.
     */
    boolean matches(String value, String[] words, String joined) {
        return test(value, words, joined) == Verdict.MATCH;
    }

    /** What one value is to this rule: a match, a harmless member of the family, or neither. */
    Verdict test(String value, String[] words, String joined) {
        return test(value, words, joined, null);
    }

    /**
     * As {@link #test(String, String[], String)}, with {@code matcher} (this rule's pattern's, from {@link #matcher()},
     * or null) reset on the value rather than a new one made: a column's values are tested one rule at a time.
     */
    Verdict test(String value, String[] words, String joined, Matcher matcher) {
        if (members != null && members.matchesExact(joined)) {
            return Verdict.MEMBER;
        }
        // A check digit fails on numbers, not on words: a remark written instead of the number is no failed number.
        if (remarks != null && !hasDigit(value) && remarks.countPhrases(words, true) > 0) {
            return Verdict.MEMBER;
        }
        if (integers != null && !integers.contains(value)) {
            return Verdict.NONE;
        }
        if (pattern != null && !(matcher != null ? matcher.reset(value) : pattern.matcher(value)).matches()) {
            return Verdict.NONE;
        }
        if (validator != null && !validator.test(value)) {
            return Verdict.NONE;
        }
        if (rejectIfContains != null && rejectIfContains.countPhrases(words, true) > 0) {
            return Verdict.NONE;
        }
        if (dictionary != null) {
            boolean found = switch (match) {
                case EXACT -> dictionary.matchesExact(joined);
                case TOKEN -> dictionary.matchesToken(words) && (vietnameseFamilyNames == null || !Text.vietnamese(value)
                    || vietnameseFamilyNames.matchesToken(words) || Text.normalize(value).startsWith("le "));
                case PHRASE -> dictionary.countPhrases(words, true) > 0;
                case MAILBOX -> mailbox(value);
            };
            return found && !(surnameWords != null && writtenAsPersonsName(value)) ? Verdict.MATCH : Verdict.NONE;
        }
        return Verdict.MATCH;
    }

    /**
     * Whether {@code value} writes a word of {@link #surnameWords} as a person's family name: a single word (or words
     * joined by hyphens) holding one, or two words of which one holds one and the other is a first name.
     */
    private boolean writtenAsPersonsName(String value) {
        String[] parts = value.strip().split("\\s+");
        if (parts.length == 1) {
            return surnameWords.matchesToken(Text.valueWords(Text.normalize(parts[0])));
        }
        if (parts.length != 2) {
            return false;
        }
        String[] first = Text.valueWords(Text.normalize(parts[0]));
        String[] second = Text.valueWords(Text.normalize(parts[1]));
        return surnameWords.matchesToken(first) && firstNames.matchesExact(String.join(" ", second))
            || surnameWords.matchesToken(second) && firstNames.matchesExact(String.join(" ", first));
    }

    /** A matcher of this rule's pattern to reuse over many values, or null when it has none. */
    Matcher matcher() {
        return pattern == null ? null : pattern.matcher("");
    }

    private static boolean hasDigit(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) >= '0' && value.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * The mailbox's domain is one of {@code domains}, compared whole (read word by word, "gmx.de" would be "gmx", "de"
     * being a stop word), or a word of its local part is a term (a name, a birth year apart).
     */
    private boolean mailbox(String value) {
        int at = value.lastIndexOf('@');
        if (at <= 0) {
            return false;
        }
        String domain = value.substring(at + 1).strip().toLowerCase(java.util.Locale.ROOT);
        return domains != null && domains.contains(domain)
            || dictionary.matchesToken(Text.valueWords(Text.normalize(DIGITS.matcher(value.substring(0, at)).replaceAll(" "))));
    }
}
