package fr.vigie.classify;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A cell written as {@code key=value} pairs ({@code nom=Durand;naiss=1957;handicap=moteur}: a form's or a portal's
 * fields flattened into one column, or a query string without its URL): its keys are column names inside the column,
 * read as a JSON object's are ({@link JsonKeys}).
 */
final class KeyValuePairs {
    /** Cells longer than this are not read (a bound on the work per value; a form's fields fit well within it). */
    private static final int MAX_LENGTH = 4000;
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[;&|]\\s*");
    // A key is a word as forms name fields: a letter first, then letters, digits, '_', '.', '-' or spaces.
    private static final Pattern PAIR = Pattern.compile("\\s*\\p{L}[\\p{L}\\d_.\\- ]{0,40}?\\s*=[^=]*");

    private KeyValuePairs() {
    }

    /** Whether {@code value} is two pairs or more, every part between separators a pair. */
    static boolean looksLikePairs(String value) {
        if (value.length() > MAX_LENGTH || value.indexOf('=') < 0) {
            return false;
        }
        String[] parts = SEPARATOR.split(value.strip());
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (!PAIR.matcher(part).matches()) {
                return false;
            }
        }
        return true;
    }

    /** The keys of {@code value} whose value is given (not blank); empty when the value is no such pairs. */
    static Set<String> keys(String value) {
        Set<String> keys = new LinkedHashSet<>();
        if (!looksLikePairs(value)) {
            return keys;
        }
        for (String part : SEPARATOR.split(value.strip())) {
            int eq = part.indexOf('=');
            if (!part.substring(eq + 1).isBlank()) {
                keys.add(part.substring(0, eq).strip());
            }
        }
        return keys;
    }
}
