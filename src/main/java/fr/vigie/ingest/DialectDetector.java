package fr.vigie.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chooses a CSV file's separator, quote and header line from a sample of its records. Every candidate
 * dialect cuts the whole sample into records and fields, and is scored on all of them:
 * <ul>
 * <li>consistency: the share of records having the most frequent field count;
 * <li>clean cells: the share of cells holding no other candidate separator (unless they are numbers or
 *     dates, such as {@code 1 234,50}) — a wrong separator leaves whole records inside single cells — and no
 *     quote in the middle of an unquoted cell, which is what a wrong separator leaves of a quoted one; a quoted
 *     cell may hold any separator, that is what quoting is for;
 * <li>width: a dialect that cuts records into more fields is preferred a little ({@code (n-1)/n}).
 * </ul>
 * The header is the first record that is not a title line (a line above the table with one or two
 * filled fields); it is taken for a data row, meaning the file has no header, when one of its cells is
 * a number, a date or an e-mail, or when it resembles the rows below more than it differs from them.
 * A header line whose field count differs from the rows' is never passed over as a title: its rows are
 * then malformed and counted as such. Pure functions over text, no I/O.
 */
final class DialectDetector {
    static final char[] SEPARATORS = {';', ',', '\t', '|'};
    private static final char[] QUOTES = {'"', '\''};
    /** Records of the sample scored (the rest of a large sample adds little). */
    static final int MAX_RECORDS = 1_000;
    /** Title lines looked past, above the header. */
    private static final int MAX_TITLE_LINES = 20;
    /** Rows below the header it is compared with. */
    private static final int COMPARED_ROWS = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}");

    private DialectDetector() {
    }

    /** What detection chose: {@code headerLine} is the 1-based line of the header, 0 when there is none. */
    record Choice(char separator, Character quote, int headerLine) {
    }

    /**
     * A record of the sample cut into fields, and the line it starts on; {@code wellQuoted} and {@code strayQuote}
     * say, field by field, whether it was a quoted field and whether a quote stood in the middle of it unquoted.
     */
    record Parsed(int line, List<String> fields, List<Boolean> wellQuoted, List<Boolean> strayQuote) {

        boolean blank() {
            return fields.size() == 1 && fields.get(0).isBlank();
        }

        int filled() {
            int filled = 0;
            for (String field : fields) {
                filled += field.isBlank() ? 0 : 1;
            }
            return filled;
        }
    }

    /**
     * The dialect of {@code sample}; a non-null argument is taken as is.
     *
     * @param complete whether the sample is the whole file (else its last record may be cut and is left out)
     */
    static Choice detect(String sample, boolean complete, Character separator, Character quote, Integer headerLine) {
        char bestSeparator = separator != null ? separator : ';';
        Character bestQuote = quote != null ? quote : Character.valueOf('"');
        double bestScore = -1;
        List<Parsed> bestRecords = null;
        for (char sep : separator != null ? new char[] {separator} : presentSeparators(sample)) {
            for (char q : quote != null ? new char[] {quote} : quotesFor(sample, sep)) {
                List<Parsed> records = parse(sample, complete, sep, q);
                double score = score(records, sep);
                // strictly better only: ties go to the earlier candidate (the French ';', then '"')
                if (score > bestScore + 1e-9) {
                    bestScore = score;
                    bestSeparator = sep;
                    bestQuote = q;
                    bestRecords = records;
                }
            }
        }
        if (bestRecords == null) {
            bestRecords = parse(sample, complete, bestSeparator, bestQuote);
        }
        int header = headerLine != null ? headerLine : headerLine(bestRecords);
        return new Choice(bestSeparator, bestQuote, header);
    }

    /** The candidate separators found in the sample (all four when none is: the default ';' wins the tie). */
    private static char[] presentSeparators(String sample) {
        StringBuilder present = new StringBuilder();
        for (char sep : SEPARATORS) {
            if (sample.indexOf(sep) >= 0) {
                present.append(sep);
            }
        }
        return present.isEmpty() ? new char[] {';'} : present.toString().toCharArray();
    }

    /** {@code "}, and {@code '} as well when some field starts with it. */
    private static char[] quotesFor(String sample, char sep) {
        boolean single = sample.startsWith("'") || sample.contains(sep + "'") || sample.contains("\n'");
        return single ? QUOTES : new char[] {'"'};
    }

    /**
     * Cuts the sample into records as a CSV parser would: a quote opens a quoted field only at the start
     * of a field, a doubled quote inside stands for one, line breaks inside quotes belong to the field.
     */
    static List<Parsed> parse(String text, boolean complete, char sep, char quote) {
        List<Parsed> records = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int line = 1;
        while (i < n && records.size() < MAX_RECORDS) {
            int startLine = line;
            List<String> fields = new ArrayList<>();
            List<Boolean> wellQuoted = new ArrayList<>();
            List<Boolean> strayQuote = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean fieldStart = true;
            boolean inQuotes = false;
            boolean quoted = false;
            boolean stray = false;
            boolean ended = false;
            while (i < n) {
                char c = text.charAt(i++);
                if (inQuotes) {
                    if (c == quote) {
                        if (i < n && text.charAt(i) == quote) {
                            field.append(quote);
                            i++;
                        } else {
                            inQuotes = false;
                        }
                    } else {
                        if (c == '\n' || (c == '\r' && (i >= n || text.charAt(i) != '\n'))) {
                            line++;
                        }
                        field.append(c);
                    }
                } else if (c == quote && fieldStart) {
                    inQuotes = true;
                    quoted = true;
                    fieldStart = false;
                } else if (c == sep) {
                    fields.add(field.toString());
                    wellQuoted.add(quoted && !stray);
                    strayQuote.add(stray);
                    field.setLength(0);
                    fieldStart = true;
                    quoted = false;
                    stray = false;
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i < n && text.charAt(i) == '\n') {
                        i++;
                    }
                    line++;
                    ended = true;
                    break;
                } else {
                    stray |= c == quote;
                    field.append(c);
                    fieldStart = false;
                }
            }
            if (!ended && !complete) {
                break; // the sample cut this record
            }
            fields.add(field.toString());
            wellQuoted.add(quoted && !stray);
            strayQuote.add(stray);
            records.add(new Parsed(startLine, fields, wellQuoted, strayQuote));
        }
        return records;
    }

    /** Consistency of field counts × clean cells × width; 0 for a sample without records. */
    static double score(List<Parsed> records, char sep) {
        List<Parsed> rows = records.stream().filter(r -> !r.blank()).toList();
        if (rows.isEmpty()) {
            return 0;
        }
        int width = modalWidth(rows);
        long consistent = rows.stream().filter(r -> r.fields().size() == width).count();
        long cells = 0;
        long clean = 0;
        for (Parsed row : rows) {
            if (row.fields().size() == width) {
                for (int i = 0; i < width; i++) {
                    cells++;
                    clean += row.wellQuoted().get(i) || !row.strayQuote().get(i) && isClean(row.fields().get(i), sep) ? 1 : 0;
                }
            }
        }
        double consistency = (double) consistent / rows.size();
        double cleanShare = cells == 0 ? 0 : (double) clean / cells;
        double widthFactor = width == 1 ? 0.1 : (width - 1) / (double) width;
        return consistency * (0.1 + 0.9 * cleanShare) * widthFactor;
    }

    /** The most frequent field count; ties go to the larger one. */
    static int modalWidth(List<Parsed> rows) {
        Map<Integer, Integer> frequency = new HashMap<>();
        for (Parsed row : rows) {
            frequency.merge(row.fields().size(), 1, Integer::sum);
        }
        int best = 1;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> e : frequency.entrySet()) {
            if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey() > best)) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /** A cell holding another candidate separator is part of a record cut wrong, unless it is a number or a date. */
    private static boolean isClean(String cell, char sep) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c != sep && (c == ';' || c == ',' || c == '\t' || c == '|')) {
                String value = cell.strip();
                return Values.canonicalNumber(value) != null || Values.epochDay(value) != Values.NOT_A_DATE;
            }
        }
        return true;
    }

    /** The 1-based line of the header among the records; 0 when the first row is data. */
    static int headerLine(List<Parsed> records) {
        List<Parsed> rows = records.stream().filter(r -> !r.blank()).toList();
        if (rows.isEmpty()) {
            return 1;
        }
        int width = modalWidth(rows);
        int candidate = 0;
        while (candidate < rows.size() - 1 && candidate < MAX_TITLE_LINES && isTitle(rows.get(candidate), width)) {
            candidate++;
        }
        Parsed header = rows.get(candidate);
        if (header.fields().size() == width && candidate + 1 < rows.size()
                && looksLikeData(header, rows.subList(candidate + 1, Math.min(rows.size(), candidate + 1 + COMPARED_ROWS)))) {
            return 0;
        }
        return header.line();
    }

    /**
     * A line above the table: one filled field in a record of the table's width (a title padded with
     * separators), or few filled fields in a record of another width; never one holding a number or a date.
     */
    private static boolean isTitle(Parsed record, int width) {
        int filled = record.filled();
        boolean few = record.fields().size() == width ? filled <= 1 : filled <= Math.max(1, width / 3);
        if (width < 2 || !few) {
            return false;
        }
        for (String field : record.fields()) {
            if (isValue(field.strip())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the candidate header is a data row: a cell is a number, a date or an e-mail address; or
     * more of its cells repeat a value of their column below than stand as text over a column of numbers
     * or dates.
     */
    private static boolean looksLikeData(Parsed candidate, List<Parsed> below) {
        List<String> header = stripped(candidate);
        // Files concatenated with their headers: a repeated header is no data row.
        List<Parsed> data = below.stream().filter(row -> !stripped(row).equals(header)).toList();
        int unlike = 0;
        int like = 0;
        for (int column = 0; column < candidate.fields().size(); column++) {
            String cell = candidate.fields().get(column).strip();
            if (cell.isEmpty()) {
                continue;
            }
            if (isValue(cell) || EMAIL.matcher(cell).matches()) {
                return true;
            }
            int typed = 0;
            int values = 0;
            Set<String> seen = new HashSet<>();
            for (Parsed row : data) {
                if (column < row.fields().size() && !row.fields().get(column).isBlank()) {
                    String value = row.fields().get(column).strip();
                    values++;
                    typed += isValue(value) ? 1 : 0;
                    seen.add(value);
                }
            }
            if (values > 0 && typed >= 0.8 * values) {
                unlike++;
            } else if (seen.contains(cell)) {
                like++;
            }
        }
        return like > unlike;
    }

    private static List<String> stripped(Parsed row) {
        return row.fields().stream().map(String::strip).toList();
    }

    private static boolean isValue(String text) {
        return !text.isEmpty() && (Values.canonicalNumber(text) != null || Values.epochDay(text) != Values.NOT_A_DATE);
    }
}
