package fr.vigie.model;

import java.util.regex.Pattern;

/**
 * Neutralises spreadsheet formula injection in CSV cells (OWASP "CSV injection"): a cell a
 * spreadsheet would evaluate gets a leading apostrophe, which spreadsheets show as text. Every CSV
 * Vigie writes for people to open (export packages, quarantine files, {@code vigie anonymise --out})
 * passes its cells through here; the work files Vigie reads back itself do not.
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

    /** A new array of the cells as written to CSV, each passed through {@link #neutralise(String)}. */
    public static String[] neutraliseAll(String... cells) {
        String[] out = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            out[i] = neutralise(cells[i]);
        }
        return out;
    }
}
