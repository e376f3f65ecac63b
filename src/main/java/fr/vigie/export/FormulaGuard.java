package fr.vigie.export;

import java.util.regex.Pattern;

/**
 * Neutralises spreadsheet formula injection in CSV cells (OWASP "CSV injection"): a cell a
 * spreadsheet would evaluate gets a leading apostrophe, which spreadsheets show as text.
 */
public final class FormulaGuard {
    /** The prefix added to a dangerous cell. */
    public static final String PREFIX = "'";

    /** Signed plain numbers ("-12", "+3.5", "-1e3") are harmless and must stay usable as numbers. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private FormulaGuard() {
    }

    /** The cell as written to CSV: unchanged unless it starts with {@code = + - @}, a tab or a carriage return. */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean dangerous = switch (first) {
            case '=', '@', '\t', '\r' -> true;
            case '+', '-' -> !PLAIN_NUMBER.matcher(cell).matches();
            default -> false;
        };
        return dangerous ? PREFIX + cell : cell;
    }
}
