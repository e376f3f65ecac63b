package fr.vigie.classify;

import fr.vigie.model.AttributeType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads free text and lists in a file about persons. Free text (long, varied values of several words: comments, case
 * notes, observations) in which no rule found anything sensitive is held as {@code freeText} (SENSITIVE): notes about a
 * person tell their health, their conduct or their beliefs in words no vocabulary holds (another language, a
 * paraphrase). Free text of a file about places or organisations (a facility's description) stays as it was. Notes
 * filled on a few rows only, and text a rule protects by its name without saying why, are held the same way.
 * Values written as lists of a few common-noun items ("lääkehoito, haavanhoito") are judged by their items, not by their
 * many combinations: care needs are categories; lists of proper nouns (areas, clubs) are not.
 */
final class FreeTextAndLists {
    /** Between the categories of a value that holds several: ';' or '|'. */
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("[;|]");
    /** Between the words of a value: spaces and punctuation. */
    private static final Pattern WORD_SEPARATOR = Pattern.compile("[\\s,;|/\\-]+");
    /** Between the items of a list: ';', '|', or a comma and a space (a decimal comma has no space after it). */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[;|]\\s*|,\\s+");

    private final FailClosed.Rules rules;
    private final double freeTextMinAverageLength;
    private final double freeTextMinShare;

    /**
     * Reads free text and lists with {@code rules}; free text is what {@link ColumnEvidence#isFreeText} says with these
     * settings.
     */
    FreeTextAndLists(FailClosed.Rules rules, double freeTextMinAverageLength, double freeTextMinShare) {
        this.rules = rules;
        this.freeTextMinAverageLength = freeTextMinAverageLength;
        this.freeTextMinShare = freeTextMinShare;
    }

    /** Free text (by its values, not only its name) that the rules left harmless: nothing sensitive found in it. */
    boolean isUnreadFreeText(ColumnClassification c, ColumnEvidence ev) {
        // Notes in a script without capitals (Georgian, Hangul) or in one no rule reads: the vocabularies hardly hold a
        // diagnosis in them, however short or repeated the notes are, so the length and spread that make Latin-script
        // text free text are not asked of them.
        return Classifier.FREE_TEXT.equals(c.infoType()) && c.attributeType() == AttributeType.INSENSITIVE
            && c.domain() == null && !c.reviewNeeded() && ev.sampled >= rules.minSample()
            && (ev.isFreeText(freeTextMinAverageLength, freeTextMinShare) || mostlyUnread(ev.distinctCounts)
                || mostlyCaseless(ev.distinctCounts))
            && !multiValuedCategories(ev.distinctCounts);
    }

    /**
     * Free text left harmless under a name of documents whose parts the list of harmless documents refuses: combinations
     * of a few items ("Passeport; Certificat médical") are not cleared as categories when one item says why.
     */
    boolean isRefusedList(ColumnClassification c, ColumnEvidence ev) {
        return Classifier.FREE_TEXT.equals(c.infoType()) && c.attributeType() == AttributeType.INSENSITIVE
            && c.domain() == null && !c.reviewNeeded() && ev.sampled > 0
            && rules.harmless().namedListRefused(c.name(), rules.opaque(c.name()), ev.distinctCounts);
    }

    /**
     * Free text a rule protects by its name alone (notes named in languages whose words the text scan barely reads) and
     * in which the scan found nothing: protected, but nobody knows why; a reader must decide, so it is held for review.
     */
    static boolean isProtectedTextWithoutReason(ColumnClassification c) {
        return Classifier.FREE_TEXT.equals(c.infoType()) && c.attributeType() == AttributeType.SENSITIVE
            && c.domain() == null && !c.reviewNeeded() && c.evidence().embeddedIdentifiers().isEmpty();
    }

    /**
     * Whether the values are notes filled on a few rows: at most half as many as the file's fullest column, more than
     * half of them of two words or more of three letters at least (a plate or a code has one), and more than half of them different (a status set on some rows
     * repeats a few words).
     */
    static boolean sparseNotes(ColumnEvidence ev, List<DataSubjects.Column> decided) {
        if (ev.letterShare <= 0.9 || 2 * ev.distinct <= ev.sampled) {
            return false;
        }
        int fullest = decided.stream().mapToInt(d -> d.evidence().sampled).max().orElse(0);
        if (2 * ev.sampled > fullest) {
            return false;
        }
        int text = 0;
        for (Map.Entry<String, Integer> e : ev.distinctCounts.entrySet()) {
            text += words(e.getKey()) >= 2 ? e.getValue() : 0;
        }
        return 2 * text > ev.sampled;
    }

    /**
     * The items of values written as lists ("haavanhoito, saattohoito", "Bruit; Travail de nuit"), by their counts; null
     * when no value is a list or an item is no word (three letters or more): a list of a few items repeated is a column
     * of categories, however many combinations of them the persons have.
     */
    static Map<String, Integer> listItems(Map<String, Integer> counts) {
        Map<String, Integer> items = new HashMap<>();
        boolean list = false;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String[] parts = LIST_SEPARATOR.split(e.getKey().strip());
            list |= parts.length > 1;
            for (String part : parts) {
                String item = part.strip().toLowerCase(Locale.ROOT);
                if (item.codePoints().filter(Character::isLetter).count() < 3) {
                    return null;
                }
                items.merge(item, e.getValue(), Integer::sum);
            }
        }
        return list ? items : null;
    }

    /**
     * Whether every word of every value begins with a capital ("Ballymun; Finglas", "Le Blosne"): lists of proper nouns,
     * the areas, clubs or sites a person chose, not of the needs or reasons common nouns tell ("haavanhoito, saattohoito").
     */
    static boolean properNouns(Map<String, Integer> counts) {
        for (String value : counts.keySet()) {
            for (String word : WORD_SEPARATOR.split(value.strip())) {
                if (!word.isEmpty() && Character.isLetter(word.codePointAt(0)) && !Character.isUpperCase(word.codePointAt(0))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether every value holds three letters at least: words, not codes or numbers. */
    static boolean allWords(Map<String, Integer> counts) {
        return counts.keySet().stream().allMatch(v -> v.codePoints().filter(Character::isLetter).count() >= 3);
    }

    /** Whether half the different values at least are words of a script without capitals (Georgian, Hangul, Hebrew). */
    private static boolean mostlyCaseless(Map<String, Integer> counts) {
        long caseless = counts.keySet().stream().filter(Text::caseless).count();
        return caseless > 0 && caseless * 2 >= counts.size();
    }

    /**
     * Whether half the different values at least are words of a script no rule reads, or Hangul, Hebrew or Armenian no
     * list explained.
     */
    static boolean mostlyUnread(Map<String, Integer> counts) {
        long unread = counts.keySet().stream().filter(v -> Text.unread(v) || Text.readOnlyThroughLists(v)).count();
        return unread > 0 && unread * 2 >= counts.size();
    }

    /**
     * Whether the values are combinations of a few categories ("Bruit; Travail de nuit", "Atelier CV ; Permis B"):
     * split on ';' or '|', at most maxDistinct different items, fewer than the different values. Sentences are not.
     */
    private boolean multiValuedCategories(Map<String, Integer> counts) {
        Set<String> items = new HashSet<>();
        for (String value : counts.keySet()) {
            for (String item : ITEM_SEPARATOR.split(value)) {
                String t = item.strip().toLowerCase(Locale.ROOT);
                if (!t.isEmpty() && items.add(t) && items.size() > rules.maxDistinct()) {
                    return false;
                }
            }
        }
        return items.size() < counts.size();
    }

    /** The words of three letters or more, letters only, in the value: a code or a plate ("RF63 VXD") has one at most. */
    private static int words(String value) {
        int words = 0;
        for (String token : WORD_SEPARATOR.split(value.strip())) {
            if (token.length() >= 3 && token.chars().allMatch(Character::isLetter)) {
                words++;
            }
        }
        return words;
    }
}
