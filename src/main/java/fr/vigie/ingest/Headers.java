package fr.vigie.ingest;

import fr.vigie.model.ControlCharacters;
import fr.vigie.model.ExitCode;
import fr.vigie.model.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Validates the column names a table is read with: the file's header or the job's override. */
final class Headers {
    private static final Pattern TOKEN_SEPARATORS = Pattern.compile("[\\s,;|]+");
    /** Three pieces or more between these: a record cut with the wrong separator. */
    private static final Pattern JOINED = Pattern.compile("\\s*[;|\\t]\\s*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}");
    /** A French social-security number, spaced or not (Corsica's 2A/2B included), with or without its key. */
    private static final Pattern NIR = Pattern.compile(
            "[12]\\s?\\d{2}\\s?\\d{2}\\s?(\\d{2}|2[AB])\\s?\\d{3}\\s?\\d{3}(\\s?\\d{2})?", Pattern.CASE_INSENSITIVE);
    /** Five digits or more: a postcode, a phone number, an identifier. */
    private static final Pattern LONG_NUMBER = Pattern.compile("\\+?\\d{5,}");

    private Headers() {
    }

    /**
     * The names to use: the override when given (exit 2 if it is unusable), else the file's header
     * (exit 1 if a name is empty or repeated, or looks like data: see {@link #dataShape}). Control
     * characters in names are made visible
     * ({@link ControlCharacters}). Messages name the line and column, not the names.
     *
     * @param fileHeader the header row's cells, or null when the file has none
     * @param fieldCount the number of fields of the table's records
     */
    static List<String> resolve(Path file, List<String> fileHeader, long headerLine, int fieldCount,
                                ReadOptions options) {
        if (fieldCount > options.effectiveMaxColumns()) {
            // refused before any per-column state is built: memory grows with the column count
            throw new InputException(ExitCode.FAILED, file, headerLine, 0, fieldCount + " columns, above the limit of "
                    + options.effectiveMaxColumns() + " (set source.maxColumns in the job to read a wider table)");
        }
        if (options.columnNames() != null) {
            return overrideNames(file, options.columnNames(), headerLine, fieldCount);
        }
        if (fileHeader == null) {
            List<String> generated = new ArrayList<>();
            for (int i = 1; i <= fieldCount; i++) {
                generated.add("column_" + i);
            }
            return generated;
        }
        return headerNames(file, fileHeader, headerLine, options);
    }

    /** The job's {@code columnNames}: none empty, none repeated, one per column. */
    private static List<String> overrideNames(Path file, List<String> override, long headerLine, int fieldCount) {
        for (int i = 0; i < override.size(); i++) {
            String name = override.get(i);
            if (name == null || name.isBlank()) {
                throw new InputException(ExitCode.BAD_CONFIGURATION, file, 0, 0, "columnNames[" + i + "] is empty");
            }
        }
        int duplicate = firstDuplicate(override);
        if (duplicate >= 0) {
            throw new InputException(ExitCode.BAD_CONFIGURATION, file, 0, 0,
                    "columnNames[" + duplicate + "] repeats an earlier name");
        }
        if (override.size() != fieldCount) {
            throw new InputException(ExitCode.BAD_CONFIGURATION, file, headerLine, 0,
                    "columnNames gives " + override.size() + " names but the table has " + fieldCount
                            + " columns");
        }
        return override.stream().map(ControlCharacters::neutralise).toList();
    }

    /** The file's header: every name present, not shaped like data, and unique. */
    private static List<String> headerNames(Path file, List<String> fileHeader, long headerLine, ReadOptions options) {
        List<String> names = new ArrayList<>(fileHeader.size());
        for (int i = 0; i < fileHeader.size(); i++) {
            names.add(headerName(file, fileHeader.get(i), headerLine, i + 1, options));
        }
        int duplicate = firstDuplicate(names);
        if (duplicate >= 0) {
            throw new InputException(ExitCode.FAILED, file, headerLine, duplicate + 1,
                    "duplicate column name in header (set columnNames in the job to override)");
        }
        return List.copyOf(names);
    }

    private static String headerName(Path file, String cell, long headerLine, int column, ReadOptions options) {
        // a name goes to terminals, logs and reports: no escape sequence of the file may travel with it
        String name = cell == null ? "" : ControlCharacters.neutralise(cell.strip());
        if (name.isEmpty()) {
            throw new InputException(ExitCode.FAILED, file, headerLine, column,
                    "empty column name in header (set columnNames in the job to override)");
        }
        String shape = dataShape(cell.strip(), options.effectiveMaxColumnNameChars());
        if (shape != null) {
            throw new InputException(ExitCode.FAILED, file, headerLine, column, "column name looks like data ("
                    + shape + "), not a name: the header row was misread; set headerLine, separator or"
                    + " columnNames in the job");
        }
        return name;
    }

    /**
     * What makes a name of a file's header look like a value of the data — a number, a date, an e-mail
     * address, a NIR, fields joined by a separator, more than {@code maxChars} characters — or null when
     * it looks like a name. A header row read from a data row would send a person's values out as names.
     */
    static String dataShape(String name, int maxChars) {
        if (name.length() > maxChars) {
            return "longer than " + maxChars + " characters";
        }
        if (JOINED.split(name).length >= 3) {
            return "fields joined by a separator";
        }
        if (NIR.matcher(name).matches()) {
            return "a NIR";
        }
        if (Values.canonicalNumber(name) != null) {
            return "a number";
        }
        return tokenShape(name);
    }

    /** What a word of the name looks like when it is a value: a date, an e-mail address, a long number. */
    private static String tokenShape(String name) {
        for (String token : TOKEN_SEPARATORS.split(name)) {
            if (Values.epochDay(token) != Values.NOT_A_DATE) {
                return "a date";
            }
            if (EMAIL.matcher(token).matches()) {
                return "an e-mail address";
            }
            if (LONG_NUMBER.matcher(token).matches()) {
                return "a number";
            }
        }
        return null;
    }

    private static int firstDuplicate(List<String> names) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (seen.putIfAbsent(names.get(i).strip(), i) != null) {
                return i;
            }
        }
        return -1;
    }
}
