package fr.vigie.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads physical lines (terminated by LF, CRLF or CR) with their 1-based number, cutting a line at
 * a maximum length so that a file without line breaks cannot exhaust memory.
 */
final class LineReader implements AutoCloseable {

    /** One physical line: its text without terminator, the terminator ("" at end of file), whether it was cut. */
    record Line(long number, String text, String terminator, boolean cut) {
    }

    private final Reader in;
    private final int maxLineChars;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private long number;

    LineReader(Reader in, int maxLineChars) {
        this.in = in;
        this.maxLineChars = maxLineChars;
    }

    /** The next line, or null at end of input. */
    Line next() throws IOException {
        if (pos >= limit && !fill()) {
            return null;
        }
        StringBuilder longLine = null;
        int kept = 0;
        boolean cut = false;
        while (true) {
            int start = pos;
            int i = pos;
            while (i < limit) {
                char c = buf[i];
                if (c == '\n' || c == '\r') {
                    break;
                }
                i++;
            }
            // keep what fits under the cap, drop the rest of an over-long line
            int room = maxLineChars - kept;
            int take = Math.min(i - start, Math.max(room, 0));
            if (take < i - start) {
                cut = true;
            }
            if (i < limit) {
                String text;
                if (longLine == null) {
                    text = new String(buf, start, take);
                } else {
                    longLine.append(buf, start, take);
                    text = longLine.toString();
                }
                char c = buf[i];
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
                return new Line(++number, text, terminator, cut);
            }
            if (longLine == null) {
                longLine = new StringBuilder(Math.max(16, take * 2));
            }
            longLine.append(buf, start, take);
            kept += take;
            pos = limit;
            if (!fill()) {
                return new Line(++number, longLine.toString(), "", cut);
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
