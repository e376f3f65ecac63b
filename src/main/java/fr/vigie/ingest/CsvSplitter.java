package fr.vigie.ingest;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Groups physical lines into CSV records and checks each one before Commons CSV parses it: quote
 * balance, field count, NUL bytes, field size. A record that fails becomes a malformed chunk; one
 * whose quote is not closed within the line/size caps is cut back to its first line, and reading
 * resumes at the following line, so an unbalanced quote never swallows the rest of the file.
 */
final class CsvSplitter {

    /** A record's text (lines joined with their own terminators), or a malformed one with its reason. */
    record Chunk(long line, String text, int fields, String problem) {
        boolean malformed() {
            return problem != null;
        }
    }

    private final LineReader lines;
    private final char separator;
    private final int quote;
    private final int maxFieldChars;
    private final int maxRecordLines;
    private final Deque<LineReader.Line> pushedBack = new ArrayDeque<>();
    private int expectedFields = -1;

    // scan state of the record being read
    private boolean inQuotes;
    private boolean afterQuote;
    private boolean fieldStart;
    private int fieldLen;
    private int fields;
    private boolean nul;
    private int badQuoteColumn;
    private int longFieldColumn;

    CsvSplitter(LineReader lines, char separator, Character quote, int maxFieldChars, int maxRecordLines) {
        this.lines = lines;
        this.separator = separator;
        this.quote = quote == null ? -1 : quote;
        this.maxFieldChars = maxFieldChars;
        this.maxRecordLines = Math.max(1, maxRecordLines);
    }

    /** From now on, records must have this many fields (the header's). */
    void expectFields(int count) {
        this.expectedFields = count;
    }

    /** Passes over physical lines (a title block before the header). */
    void skipLines(long count) throws IOException {
        for (long i = 0; i < count; i++) {
            if (nextLine() == null) {
                return;
            }
        }
    }

    /** The next record, or null at end of input. Blank lines are not records and are passed over. */
    Chunk next() throws IOException {
        LineReader.Line first;
        do {
            first = nextLine();
            if (first == null) {
                return null;
            }
        } while (first.text().isEmpty() && !first.cut());
        if (first.cut()) {
            return new Chunk(first.number(), first.text(), 0, "line over " + first.text().length()
                    + " characters (raw cut)");
        }
        if (!first.quoted()) {
            return checked(first);
        }
        startRecord();
        scan(first.text());
        if (!inQuotes) {
            return finish(first.number(), first.text());
        }
        List<LineReader.Line> span = new ArrayList<>();
        span.add(first);
        StringBuilder text = new StringBuilder(first.text());
        int quotedChars = fieldLen;
        LineReader.Line previous = first;
        while (inQuotes) {
            if (span.size() >= maxRecordLines || quotedChars > maxFieldChars) {
                return unbalanced(span);
            }
            LineReader.Line more = nextLine();
            if (more == null || more.cut()) {
                if (more != null) {
                    span.add(more);
                }
                return unbalanced(span);
            }
            span.add(more);
            // the line break belongs to the quoted value
            fieldLen += previous.terminator().length();
            text.append(previous.terminator()).append(more.text());
            scan(more.text());
            quotedChars = fieldLen;
            previous = more;
        }
        return finish(first.number(), text.toString());
    }

    /** A line without quote characters: the line reader's counts are all the checks need. */
    private Chunk checked(LineReader.Line line) {
        int count = line.separators() + 1;
        String problem = null;
        if (line.nul()) {
            problem = "NUL byte in record";
        } else if (line.longestField() > maxFieldChars) {
            problem = "field over " + maxFieldChars + " characters (column " + line.longestFieldColumn() + ")";
        } else {
            problem = fieldCountProblem(count);
        }
        return new Chunk(line.number(), line.text(), count, problem);
    }

    private String fieldCountProblem(int count) {
        if (expectedFields >= 0 && count > expectedFields) {
            return "too many fields (expected " + expectedFields + ", found " + count + ")";
        }
        if (expectedFields >= 0 && count < expectedFields) {
            return "too few fields (expected " + expectedFields + ", found " + count + ")";
        }
        return null;
    }

    private Chunk unbalanced(List<LineReader.Line> span) {
        // resynchronise: the lines after the first one are read again as records of their own
        for (int i = span.size() - 1; i >= 1; i--) {
            pushedBack.push(span.get(i));
        }
        LineReader.Line first = span.get(0);
        return new Chunk(first.number(), first.text(), 0, "unbalanced quote (not closed within "
                + maxRecordLines + " lines or " + maxFieldChars + " characters)");
    }

    private LineReader.Line nextLine() throws IOException {
        return pushedBack.isEmpty() ? lines.next() : pushedBack.pop();
    }

    private void startRecord() {
        inQuotes = false;
        afterQuote = false;
        fieldStart = true;
        fieldLen = 0;
        fields = 0;
        nul = false;
        badQuoteColumn = 0;
        longFieldColumn = 0;
    }

    private void scan(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == 0) {
                nul = true;
            }
            if (inQuotes) {
                if (c == quote) {
                    if (i + 1 < n && s.charAt(i + 1) == quote) {
                        i++;
                        fieldLen++;
                    } else {
                        inQuotes = false;
                        afterQuote = true;
                    }
                } else {
                    fieldLen++;
                }
            } else if (c == separator) {
                endField();
            } else if (afterQuote) {
                // Commons CSV rejects anything between a closing quote and the separator
                if (badQuoteColumn == 0) {
                    badQuoteColumn = fields + 1;
                }
                afterQuote = false;
                fieldLen++;
            } else if (c == quote && fieldStart) {
                inQuotes = true;
                fieldStart = false;
            } else {
                fieldStart = false;
                fieldLen++;
            }
        }
    }

    private void endField() {
        fields++;
        if (fieldLen > maxFieldChars && longFieldColumn == 0) {
            longFieldColumn = fields;
        }
        fieldLen = 0;
        fieldStart = true;
        afterQuote = false;
    }

    private Chunk finish(long line, String text) {
        endField();
        String problem = null;
        if (nul) {
            problem = "NUL byte in record";
        } else if (badQuoteColumn > 0) {
            problem = "character after closing quote (column " + badQuoteColumn + ")";
        } else if (longFieldColumn > 0) {
            problem = "field over " + maxFieldChars + " characters (column " + longFieldColumn + ")";
        } else {
            problem = fieldCountProblem(fields);
        }
        return new Chunk(line, text, fields, problem);
    }
}
