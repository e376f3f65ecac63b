package fr.vigie.classify;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Normalisation of column names and values for matching: lower case, no accents, tokens. */
final class Text {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern INCLUSIVE_ENDING = Pattern.compile(
        "\\((?:e|s|es|ne|le|ve|euse|rice|trice|x)\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern INCLUSIVE = Pattern.compile("\\((?:e|s|es|ne|le)\\)|[·.](?:e|es)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    /** Little words dropped from names and name patterns: "date de naissance" is "date naissance". */
    private static final Set<String> STOP_WORDS = Set.of("de", "du", "des", "d", "l", "la", "le", "les", "of", "the",
        "a", "au", "aux", "en", "et", "dans", "par", "pour", "sur", "in", "on", "for", "and");
    /** Spellings of "number" all read as "num": "N° sécu", "no_secu", "numero_secu", "num_secu". */
    private static final Map<String, String> SYNONYMS = Map.of("n", "num", "no", "num", "nr", "num", "nro", "num",
        "numero", "num", "number", "num", "nbr", "nb", "nombre", "nb");

    private Text() {
    }

    /** Lower case, accents removed, 'œ'/'æ' spelled out, every run of non-alphanumerics one space, trimmed. */
    static String normalize(String text) {
        // "Marié(e)", "Veuf(ve)", "Né(e)": inclusive endings would otherwise become words of their own.
        String lower = INCLUSIVE_ENDING.matcher(text).replaceAll("").toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
        String plain = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return NON_ALNUM.matcher(plain).replaceAll(" ").trim();
    }

    /**
     * The tokens of a column name: split on camelCase humps, on letter/digit changes and on every
     * non-alphanumeric character, then normalised ({@code DateOfBirth} → date, of, birth;
     * {@code NOM_USAGE} → nom, usage; {@code tel2} → tel, 2).
     */
    static List<String> nameTokens(String name) {
        // Inclusive-writing marks ("Né(e) le", "inscrit·e") would otherwise split words apart.
        name = INCLUSIVE.matcher(name).replaceAll("");
        StringBuilder split = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i > 0) {
                char p = name.charAt(i - 1);
                boolean hump = Character.isLowerCase(p) && Character.isUpperCase(c)
                    || Character.isUpperCase(p) && Character.isUpperCase(c) && i + 1 < name.length()
                        && Character.isLowerCase(name.charAt(i + 1));
                boolean digitChange = Character.isDigit(p) != Character.isDigit(c)
                    && Character.isLetterOrDigit(p) && Character.isLetterOrDigit(c);
                if (hump || digitChange) {
                    split.append(' ');
                }
            }
            split.append(c);
        }
        return canonicalWords(normalize(split.toString()));
    }

    /** Words of a normalised value without stop words: "Aide à l'énergie" and "aide énergie" compare equal. */
    static String[] valueWords(String normalised) {
        String[] split = normalised.split(" ");
        int kept = 0;
        for (String word : split) {
            if (!word.isEmpty() && !STOP_WORDS.contains(word)) {
                kept++;
            }
        }
        if (kept == split.length) {
            return split;
        }
        String[] words = new String[kept];
        int i = 0;
        for (String word : split) {
            if (!word.isEmpty() && !STOP_WORDS.contains(word)) {
                words[i++] = word;
            }
        }
        return words;
    }

    /** Words of normalised text, without stop words, with synonyms replaced ("numero" → "num"). */
    static List<String> canonicalWords(String normalised) {
        List<String> words = new ArrayList<>();
        for (String word : normalised.split(" ")) {
            if (!word.isEmpty() && !STOP_WORDS.contains(word)) {
                words.add(SYNONYMS.getOrDefault(word, word));
            }
        }
        return words;
    }
}
