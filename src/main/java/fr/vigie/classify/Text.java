package fr.vigie.classify;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalisation of column names and values for matching: lower case, no accents, tokens. */
final class Text {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private Text() {
    }

    /** Lower case, accents removed, 'œ'/'æ' spelled out, every run of non-alphanumerics one space, trimmed. */
    static String normalize(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
        String plain = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return NON_ALNUM.matcher(plain).replaceAll(" ").trim();
    }

    /**
     * The tokens of a column name: split on camelCase humps, on letter/digit changes and on every
     * non-alphanumeric character, then normalised ({@code DateOfBirth} → date, of, birth;
     * {@code NOM_USAGE} → nom, usage; {@code tel2} → tel, 2).
     */
    static List<String> nameTokens(String name) {
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
        String normal = normalize(split.toString());
        List<String> tokens = new ArrayList<>();
        for (String token : normal.split(" ")) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }
}
