package fr.vigie.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads physical lines (terminated by LF, CRLF or CR) with their 1-based number, cutting a line at
 * a maximum length so that a file without line breaks cannot exhaust memory. While it looks for the
 * line end it also notes what the CSV checks need (separators, quotes, NUL bytes, longest field), so
 * that a line without quotes (most lines) needs no second pass.
 */
final class LineReader implements AutoCloseable {

    /**
     * One physical line.
     *
     * @param text the line without terminator (cut at the maximum length when {@code cut})
     * @param terminator the line break that ended it, {@code ""} at end of file
     * @param separators separator characters on the line (quotes not considered)
     * @param quoted whether the quote character occurs on the line
     * @param nul whether a NUL character occurs on the line
     * @param longestField length of the longest separator-delimited piece
     * @param longestFieldColumn 1-based position of that piece
     */
    record Line(long number, String text, String terminator, boolean cut, int separators, boolean quoted,
                boolean nul, int longestField, int longestFieldColumn) {
    }

    private final Reader in;
    private final int maxLineChars;
    private final char separator;
    private final int quote;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private long number;

    LineReader(Reader in, int maxLineChars, char separator, Character quote) {
        this.in = in;
        this.maxLineChars = maxLineChars;
        this.separator = separator;
        this.quote = quote == null ? -1 : quote;
    }

    /** The next line, or null at end of input. */
    Line next() throws IOException {
        if (pos >= limit && !fill()) {
            return null;
        }
        StringBuilder longLine = null;
        int kept = 0;
        boolean cut = false;
        int separators = 0;
        boolean quoted = false;
        boolean nul = false;
        int longest = 0;
        int longestColumn = 1;
        int carried = 0; // length of the current piece in earlier buffer loads
        while (true) {
            int start = pos;
            int pieceStart = pos;
            int i = pos;
            char c = 0;
            while (i < limit) {
                c = buf[i];
                if (c == separator) {
                    separators++;
                    int length = i - pieceStart + carried;
                    if (length > longest) {
                        longest = length;
                        longestColumn = separators;
                    }
                    pieceStart = i + 1;
                    carried = 0;
                } else if (c <= '\r') {
                    if (c == '\n' || c == '\r') {
                        break;
                    }
                    if (c == 0) {
                        nul = true;
                    }
                } else if (c == quote) {
                    quoted = true;
                }
                i++;
            }
            carried += i - pieceStart;
            // keep what fits under the cap, drop the rest of an over-long line
            int room = maxLineChars - kept;
            int take = Math.min(i - start, Math.max(room, 0));
            if (take < i - start) {
                cut = true;
            }
            if (i < limit) {
                if (carried > longest) {
                    longest = carried;
                    longestColumn = separators + 1;
                }
                String text;
                if (longLine == null) {
                    text = new String(buf, start, take);
                } else {
                    longLine.append(buf, start, take);
                    text = longLine.toString();
                }
                pos = i + 1;
                String terminator;
                if (c == '\r') {
                    if (pos >= limit) {
                        fill();
                    }
                    if (pos < limit && buf[pos] == '\n') {
                        pos++;
                        terminator = "\r\n";
                    } else {
                        terminator = "\r";
                    }
                } else {
                    terminator = "\n";
                }
                return new Line(++number, text, terminator, cut, separators, quoted, nul, longest, longestColumn);
            }
            if (longLine == null) {
                longLine = new StringBuilder(Math.max(16, take * 2));
            }
            longLine.append(buf, start, take);
            kept += take;
            pos = limit;
            if (!fill()) {
                if (carried > longest) {
                    longest = carried;
                    longestColumn = separators + 1;
                }
                return new Line(++number, longLine.toString(), "", cut, separators, quoted, nul, longest,
                        longestColumn);
            }
        }
    }

    /** Lines returned so far. */
    long lineNumber() {
        return number;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            eof = true;
            pos = 0;
            limit = 0;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
