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
     * One physical line. Its text stays in the reader's buffer until asked for: most lines are only
     * copied once, into the CSV parser. {@link #text()} must be called, or the line handed on, before the
     * next call to {@link LineReader#next()}, which may overwrite the buffer; the reader keeps that rule
     * by materialising a line whenever it refills the buffer early.
     */
    static final class Line {
        private final long number;
        private final String terminator;
        private final boolean cut;
        private final int separators;
        private final boolean quoted;
        private final boolean nul;
        private final int longestField;
        private final int longestFieldColumn;
        private char[] source;
        private final int offset;
        private final int length;
        private String text;

        Line(long number, char[] source, int offset, int length, String text, String terminator, boolean cut,
             int separators, boolean quoted, boolean nul, int longestField, int longestFieldColumn) {
            this.number = number;
            this.source = source;
            this.offset = offset;
            this.length = text != null ? text.length() : length;
            this.text = text;
            this.terminator = terminator;
            this.cut = cut;
            this.separators = separators;
            this.quoted = quoted;
            this.nul = nul;
            this.longestField = longestField;
            this.longestFieldColumn = longestFieldColumn;
        }

        long number() {
            return number;
        }

        /** The line without terminator (cut at the maximum length when {@link #cut()}). */
        String text() {
            if (text == null) {
                text = new String(source, offset, length);
                source = null;
            }
            return text;
        }

        int length() {
            return length;
        }

        /** Copies characters {@code [from, to)} of the line into {@code dst}. */
        void getChars(int from, int to, char[] dst, int dstOffset) {
            if (text != null) {
                text.getChars(from, to, dst, dstOffset);
            } else {
                System.arraycopy(source, offset + from, dst, dstOffset, to - from);
            }
        }

        /** The line break that ended it, {@code ""} at end of file. */
        String terminator() {
            return terminator;
        }

        boolean cut() {
            return cut;
        }

        /** Separator characters on the line (quotes not considered). */
        int separators() {
            return separators;
        }

        /** Whether the quote character occurs on the line. */
        boolean quoted() {
            return quoted;
        }

        /** Whether a NUL character occurs on the line. */
        boolean nul() {
            return nul;
        }

        /** Length of the longest separator-delimited piece. */
        int longestField() {
            return longestField;
        }

        /** 1-based position of that piece. */
        int longestFieldColumn() {
            return longestFieldColumn;
        }
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

    /**
     * The next line, or null at end of input. One loop over the buffer with its state in locals, on purpose: it
     * runs on every character of every file, and its parts as methods would pass that state through fields
     * (MethodsStayShortTest lets it be long).
     */
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
        final char[] b = buf;
        final char sep = separator;
        final int q = quote;
        while (true) {
            int start = pos;
            int pieceStart = pos;
            int i = pos;
            final int end = limit;
            char c = 0;
            while (i < end) {
                c = b[i];
                if (c > sep && c > '\r' && c != q) {
                    // the commonest case: an ordinary character
                    i++;
                    continue;
                }
                if (c == sep) {
                    separators++;
                    int length = i - pieceStart + carried;
                    if (length > longest) {
                        longest = length;
                        longestColumn = separators;
                    }
                    pieceStart = i + 1;
                    carried = 0;
                } else if (c == '\n' || c == '\r') {
                    break;
                } else if (c == 0) {
                    nul = true;
                } else if (c == q) {
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
                String text = null;
                if (longLine != null) {
                    longLine.append(buf, start, take);
                    text = longLine.toString();
                }
                pos = i + 1;
                String terminator;
                if (c == '\r') {
                    if (pos >= limit) {
                        // the refill below overwrites the buffer: take the text out first
                        if (text == null) {
                            text = new String(buf, start, take);
                        }
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
                return new Line(++number, buf, start, take, text, terminator, cut, separators, quoted, nul,
                        longest, longestColumn);
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
                return new Line(++number, null, 0, 0, longLine.toString(), "", cut, separators, quoted, nul,
                        longest, longestColumn);
            }
        }
    }

    /** Numbers the lines that follow from {@code lineNumber + 1} on: a reader starting mid-file. */
    void startAfterLine(long lineNumber) {
        this.number = lineNumber;
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
