package fr.vigie.classify;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cell as a spreadsheet or a copy from a web page leaves it, read as its value: what a person typed is the same
 * number with or without the characters the tool added. Invisible format characters (zero-width space and joiners,
 * soft hyphen, direction marks, a byte-order mark) are dropped; the other spaces (no-break, narrow no-break, thin,
 * figure spaces) become ordinary spaces; full-width forms of ASCII and digits of other scripts (an Asian
 * keyboard's ０６, Arabic-Indic ٠٦) become ASCII; Excel's ways of keeping a number as text are undone: a leading apostrophe
 * before a number ({@code '0612345678}) and a formula giving a string ({@code ="0612345678"}). A cell with none of
 * them is returned as it is, so files without them are read exactly as before.
 */
final class SpreadsheetCells {
    /** Excel's formula returning a literal string: {@code ="…"}, quotes inside doubled. */
    private static final Pattern STRING_FORMULA = Pattern.compile("^\\s*=\\s*\"((?:[^\"]|\"\")*)\"\\s*$");
    /**
     * Excel's text prefix before a number only: a leading apostrophe before letters is a name's ('s-Hertogenbosch,
     * 't Hart) and stays.
     */
    private static final Pattern TEXT_PREFIX_NUMBER = Pattern.compile("^\\s*'([+(]?\\d[\\d .\\-/()]*)$");

    /** Full-width forms of the printable ASCII characters, U+FF01 to U+FF5E, each U+FEE0 above its ASCII one. */
    private static final char FULLWIDTH_FIRST = '\uff01';
    private static final char FULLWIDTH_LAST = '\uff5e';
    private static final int FULLWIDTH_OFFSET = 0xfee0;

    private SpreadsheetCells() {
    }

    /** The value a cell holds, without the characters a spreadsheet added; {@code null} stays {@code null}. */
    static String value(String cell) {
        if (cell == null || !needsCleaning(cell)) {
            return cell;
        }
        StringBuilder out = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            int type = Character.getType(c);
            if (type == Character.FORMAT) {
                continue;
            }
            if (c >= FULLWIDTH_FIRST && c <= FULLWIDTH_LAST) {
                // An Asian input method's full-width forms of ASCII (０６１２, ＠): the same characters.
                out.append((char) (c - FULLWIDTH_OFFSET));
            } else if (c > 0x7f && Character.isDigit(c)) {
                // Digits of another script (Arabic-Indic ٠٦١٢, Devanagari): the same number.
                out.append((char) ('0' + Character.digit(c, 10)));
            } else {
                out.append(type == Character.SPACE_SEPARATOR ? ' ' : c);
            }
        }
        String value = out.toString().strip();
        Matcher formula = STRING_FORMULA.matcher(value);
        if (formula.matches()) {
            value = formula.group(1).replace("\"\"", "\"").strip();
        }
        Matcher prefix = TEXT_PREFIX_NUMBER.matcher(value);
        if (prefix.matches()) {
            value = prefix.group(1).strip();
        }
        return value;
    }

    private static boolean needsCleaning(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\'' || c == '=') {
                // Cheap check first; the patterns decide whether it is Excel's prefix or formula.
                if (STRING_FORMULA.matcher(cell).matches() || TEXT_PREFIX_NUMBER.matcher(cell).matches()) {
                    return true;
                }
                continue;
            }
            if (c > 0x7f) {
                int type = Character.getType(c);
                if (type == Character.FORMAT || type == Character.SPACE_SEPARATOR || Character.isDigit(c)
                        || c >= FULLWIDTH_FIRST && c <= FULLWIDTH_LAST) {
                    return true;
                }
            }
        }
        return false;
    }
}
