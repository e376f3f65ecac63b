package fr.vigie.classify;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds an info type inside free text: candidates found by {@code pattern} and confirmed by
 * {@code validator}, or phrases of {@code dictionary}.
 *
 * @param except words running text uses in an everyday sense ("maman prévenue": told, not prosecuted): left out of the
 *               text before the dictionary's phrases are counted; null for none
 */
record TextScanRule(String infoType, Pattern pattern, Predicate<String> validator, Dictionary dictionary, Dictionary except) {

    /** The words without those of {@link #except} (the same array when there is none to leave out). */
    String[] withoutExcepted(String[] words) {
        if (except == null) {
            return words;
        }
        int kept = 0;
        for (String word : words) {
            if (!except.matchesExact(word)) {
                kept++;
            }
        }
        if (kept == words.length) {
            return words;
        }
        String[] out = new String[kept];
        int i = 0;
        for (String word : words) {
            if (!except.matchesExact(word)) {
                out[i++] = word;
            }
        }
        return out;
    }
}
