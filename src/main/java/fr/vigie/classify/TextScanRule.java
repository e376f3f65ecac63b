package fr.vigie.classify;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds an info type inside free text: candidates found by {@code pattern} and confirmed by
 * {@code validator}, or phrases of {@code dictionary}.
 *
 * @param except     words running text uses in an everyday sense ("maman prévenue": told, not prosecuted): left out of
 *                   the text before the dictionary's phrases are counted; null for none
 * @param keepBefore words that, right after a word of {@code except}, keep that word in its rare sense ("le prévenu
 *                   est arrivé": the defendant, not someone told); null for none
 */
record TextScanRule(String infoType, Pattern pattern, Predicate<String> validator, Dictionary dictionary, Dictionary except,
        Dictionary keepBefore) {

    /** The words without those of {@link #except} (the same array when there is none to leave out). */
    String[] withoutExcepted(String[] words) {
        if (except == null) {
            return words;
        }
        int kept = 0;
        for (int i = 0; i < words.length; i++) {
            if (!leftOut(words, i)) {
                kept++;
            }
        }
        if (kept == words.length) {
            return words;
        }
        String[] out = new String[kept];
        int j = 0;
        for (int i = 0; i < words.length; i++) {
            if (!leftOut(words, i)) {
                out[j++] = words[i];
            }
        }
        return out;
    }

    /** A word of the everyday senses, unless the next word keeps its rare sense. */
    private boolean leftOut(String[] words, int i) {
        return except.matchesExact(words[i])
            && !(keepBefore != null && i + 1 < words.length && keepBefore.matchesExact(words[i + 1]));
    }
}
