package fr.vigie.classify;

import com.ibm.icu.text.Transliterator;
import java.lang.Character.UnicodeScript;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The letters that {@link Text}'s own table does not write in Latin letters (Devanagari, Bengali, Gurmukhi, Gujarati,
 * Tamil, Telugu, Kannada, Malayalam, Oriya, Thai, Myanmar, Ethiopic, Thaana, Syriac...), written in Latin letters by
 * ICU4J's transliterators ("Any-Latin", then "Latin-ASCII"), which follow CLDR's transforms for each script. The
 * table keeps the scripts it covers (Latin, Greek, Cyrillic, Georgian, Arabic, Armenian, Hebrew), so that the words of
 * the lists written for it stay as they were; kana, Han and Hangul keep their own handling.
 *
 * <p>ICU is called only when a letter outside the table is present, on the runs of such letters alone: a run's
 * context (an Indic vowel sign after its consonant, a Thai vowel written before it) stays whole. A script ICU4J has no
 * transliterator for (Lao, Khmer, Sinhala, Tibetan, Tifinagh, Adlam...) comes back as written and is dropped as
 * before: its words stay unread.
 */
final class OtherScripts {
    /** The scripts the table writes in Latin letters, in part: only their letters the table lacks go through ICU. */
    private static final Set<UnicodeScript> TABLE_SCRIPTS = EnumSet.of(UnicodeScript.LATIN, UnicodeScript.GREEK,
        UnicodeScript.CYRILLIC, UnicodeScript.GEORGIAN, UnicodeScript.ARABIC, UnicodeScript.ARMENIAN,
        UnicodeScript.HEBREW);
    /** Read by their own handling (kana romanised, Han kept as written, Hangul by its jamo). */
    private static final Set<UnicodeScript> OWN_HANDLING = EnumSet.of(UnicodeScript.COMMON, UnicodeScript.INHERITED,
        UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA, UnicodeScript.HANGUL, UnicodeScript.UNKNOWN);

    /** Code units of the Basic Multilingual Plane that go through ICU; computed once, one bit look-up per letter. */
    private static final BitSet THROUGH_ICU = new BitSet(0x10000);
    /** Of those, the letters: read only through lists (see {@link Text}). */
    private static final BitSet LISTS_ONLY = new BitSet(0x10000);
    /** Of those, letters without case (Brahmic scripts, Thai, Ethiopic...): no capital tells a name there. */
    private static final BitSet CASELESS = new BitSet(0x10000);

    static {
        for (int c = 0x80; c < 0x10000; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            if (throughIcu(c)) {
                THROUGH_ICU.set(c);
                if (Character.isLetter(c)) {
                    LISTS_ONLY.set(c);
                    if (Character.toUpperCase(c) == c && Character.toLowerCase(c) == c) {
                        CASELESS.set(c);
                    }
                }
            }
        }
    }

    /**
     * A Transliterator is documented as stateless, but a compound "Any-Latin" builds and caches its per-script parts
     * as it meets them: one instance per thread keeps classification threads from sharing that cache.
     */
    private static final ThreadLocal<Transliterator> TO_LATIN =
        ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    /**
     * A run costs ICU some tens of microseconds; a column's values repeat (a sex, a village, a diagnosis, a name): the
     * last runs read are kept, per thread, as ICU's instances are.
     */
    private static final int CACHED_RUNS = 2048;
    private static final ThreadLocal<Map<String, String>> READ_RUNS = ThreadLocal.withInitial(
        () -> new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > CACHED_RUNS;
            }
        });

    private OtherScripts() {
    }

    private static boolean throughIcu(int c) {
        int type = Character.getType(c);
        boolean letter = Character.isLetter(c);
        boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
            || type == Character.ENCLOSING_MARK;
        if (!letter && !mark && type != Character.DECIMAL_DIGIT_NUMBER) {
            return false;
        }
        UnicodeScript script = UnicodeScript.of(c);
        if (OWN_HANDLING.contains(script)) {
            return false;
        }
        // The table's scripts keep the table's reading, their extensions included (Kazakh's ә, қ, Urdu's ہ, ے are in
        // the table): read through ICU, they changed what the rules read in a Kazakh file of persons (a note lost its
        // phone and diagnosis, surnames were released).
        return !TABLE_SCRIPTS.contains(script);
    }

    private static boolean throughIcuAt(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x80) {
            return false;
        }
        if (!Character.isSurrogate(c)) {
            return THROUGH_ICU.get(c);
        }
        int cp = text.codePointAt(Character.isLowSurrogate(c) && i > 0 ? i - 1 : i);
        return Character.isSupplementaryCodePoint(cp) && throughIcu(cp);
    }

    /** Whether the text holds a letter that only ICU writes in Latin letters (a quick scan, no allocation). */
    static boolean present(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80 && throughIcuAt(text, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text holds a letter of a script read through ICU other than Latin: only a list gives it a sense. */
    static boolean readOnlyThroughLists(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && (LISTS_ONLY.get(c) || Character.isSurrogate(c) && throughIcuAt(text, i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text holds a letter read through ICU that has no case (no capital to tell a name). */
    static boolean caseless(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && (CASELESS.get(c) || Character.isSurrogate(c) && throughIcuAt(text, i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text with each run of letters that only ICU reads written in Latin letters; the rest as it was. Call it
     * when {@link #present} is true: it allocates.
     */
    static String romanise(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        Map<String, String> readRuns = READ_RUNS.get();
        int i = 0;
        while (i < text.length()) {
            if (!throughIcuAt(text, i)) {
                out.append(text.charAt(i++));
                continue;
            }
            int start = i;
            while (i < text.length() && throughIcuAt(text, i)) {
                i++;
            }
            String latin = readRuns.computeIfAbsent(text.substring(start, i), OtherScripts::toLatin);
            out.append(latin);
        }
        return out.toString();
    }

    private static String toLatin(String run) {
        String latin = TO_LATIN.get().transliterate(run);
        StringBuilder out = new StringBuilder(latin.length());
        for (int k = 0; k < latin.length(); k++) {
            char c = latin.charAt(k);
            // Latin letters that Latin-ASCII keeps (schwa, open o) and ICU's signs of a letter's kind (ʿ, ˌ).
            switch (c) {
                case 'ə' -> out.append('a');
                case 'ǝ' -> out.append('e');
                case 'ɔ' -> out.append('o');
                case 'ɛ' -> out.append('e');
                case 'ʿ', 'ʾ', 'ˌ', 'ʼ', 'ʻ' -> { }
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
