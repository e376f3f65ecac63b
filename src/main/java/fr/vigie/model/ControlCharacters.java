package fr.vigie.model;

/**
 * Makes text from a data file safe to show: a column name can hold terminal escape sequences (clear
 * the screen, rewrite a line, set a window title) or invisible direction overrides. Each C0 control
 * and DEL becomes its visible Unicode "control picture" ({@code ␛} for ESC), each C1 control and
 * bidirectional override becomes {@code U+FFFD}, so the text stays readable and harmless in a
 * terminal, a log line or a report.
 */
public final class ControlCharacters {
    private static final char REPLACEMENT = '\uFFFD';

    private ControlCharacters() {
    }

    /** The text with every control character replaced by a visible one; the same instance when there is none. */
    public static String neutralise(String text) {
        if (text == null || !present(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                out.append((char) (0x2400 + c));
            } else if (c == 0x7F) {
                out.append('\u2421');
            } else if (isControl(c)) {
                out.append(REPLACEMENT);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether the text holds a character {@link #neutralise} would replace. */
    public static boolean present(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                // embedding/override (LRE..RLO) and isolate (LRI..PDI) marks reorder what is displayed
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
